// Hashes the output of scripts/build-wasm.sh in the staging folder and writes the boot script
// (called by scripts/postbuild.mjs). Every file gets a content hash in its name and is loaded
// with Subresource Integrity (sha384):
// - the main module's JS glue and the chunk loader (__wasm_split.js) by <link rel="modulepreload"
//   integrity> (the browser keeps the checked module for the import that follows);
// - the main wasm by the boot script, fetch(…, { integrity });
// - every chunk by the chunk loader, fetch(…, { integrity }) (rewritten here; the build fails
//   when a chunk is not fetched in the expected form).
// The glue imports the loader and the loader imports the glue, so their names cannot hash each
// other: both carry one hash over the content of both and of every wasm file.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, renameSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";

const NAME = "thuiswijzer";
const GLUE = `${NAME}.js`;
const MAIN = `${NAME}_bg.wasm`;
const LOADER = "__wasm_split.js";

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const short = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 16);
};
const hashedName = (file, hash) => file.replace(/(\.js|_bg\.wasm|\.wasm)$/, `-${hash}$1`);

function replaceAll(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`wasm-assets: expected ${what} in the output`);
  return text.replaceAll(from, () => to);
}

function replaceOnce(text, from, to, what) {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`wasm-assets: expected ${what} once in the output, found it ${n} times`);
  return text.replace(from, () => to);
}

/** Renames the wasm files and both JS modules in `dir` and returns `html` with the boot
 * script and the modulepreload links before </head>. `publicUrl` ends with "/". */
export function placeWasm(dir, publicUrl, html) {
  for (const f of [GLUE, MAIN, LOADER]) {
    if (!existsSync(join(dir, f))) throw new Error(`wasm-assets: ${f} is missing in ${dir}; did scripts/build-wasm.sh run?`);
  }
  let glue = readFileSync(join(dir, GLUE), "utf8");
  let loader = readFileSync(join(dir, LOADER), "utf8");
  const chunks = readdirSync(dir).filter((f) => f.endsWith(".wasm") && f !== MAIN);

  // Every wasm file: its content hash in its name.
  const wasm = {};
  for (const f of [MAIN, ...chunks]) {
    const bytes = readFileSync(join(dir, f));
    wasm[f] = { name: hashedName(f, short(bytes)), integrity: sri(bytes) };
  }
  // The chunk loader fetches each chunk with its integrity.
  for (const f of chunks) {
    const { name, integrity } = wasm[f];
    loader = replaceOnce(
      loader,
      `fetch(new URL("./${f}", import.meta.url))`,
      `fetch(new URL("./${name}", import.meta.url), { integrity: "${integrity}" })`,
      `the fetch of chunk ${f}`,
    );
  }
  if (/fetch\(new URL\("[^"]+", import\.meta\.url\)\)/.test(loader)) {
    throw new Error("wasm-assets: the chunk loader fetches a file without integrity");
  }
  // A chunk whose fetch fails (mostly: the page is left while the chunk loads, which Firefox
  // reports to the page being left) is handled by the app: its split point (`ui::app_chunk`)
  // is `fallible` and answers a failure; a split point that is not fallible would panic, an
  // uncaught error. So the loader warns.
  loader = replaceOnce(loader, "console.error(e);", "console.warn(e);", "the loader's report of a failed load");
  // One hash for the two modules that import each other.
  const both = short(glue, loader, ...Object.values(wasm).map((w) => w.name));
  const glueName = hashedName(GLUE, both);
  const loaderName = LOADER.replace(/\.js$/, `-${both}.js`);
  // (wasm-bindgen writes one import line per split point, all of the same module; the keys of
  // the wasm's import object keep the module name that the wasm itself asks for.)
  glue = replaceAll(glue, `from "./${LOADER}"`, `from "./${loaderName}"`, "the glue's import of the chunk loader");
  if (/from ["'][^"']*__wasm_split\.js["']/.test(glue)) {
    throw new Error("wasm-assets: the glue imports the chunk loader in an unexpected form");
  }
  glue = glue.replaceAll(`'${MAIN}'`, `'${wasm[MAIN].name}'`);
  loader = replaceOnce(loader, `from "./${GLUE}"`, `from "./${glueName}"`, "the loader's import of the glue");

  for (const f of [MAIN, ...chunks]) renameSync(join(dir, f), join(dir, wasm[f].name));
  writeFileSync(join(dir, glueName), glue);
  writeFileSync(join(dir, loaderName), loader);
  rmSync(join(dir, GLUE));
  rmSync(join(dir, LOADER));

  const url = (f) => `${publicUrl}${f}`;
  const preload = (f, text) =>
    `<link rel="modulepreload" href="${url(f)}" crossorigin="anonymous" integrity="${sri(Buffer.from(text))}">`;
  const boot = [
    preload(glueName, glue),
    preload(loaderName, loader),
    `<script type="module">`,
    `import init, * as bindings from '${url(glueName)}';`,
    `const wasm = await init({ module_or_path: fetch('${url(wasm[MAIN].name)}', { integrity: '${wasm[MAIN].integrity}' }) });`,
    `window.wasmBindings = bindings;`,
    `dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));`,
    `</script>`,
  ].join("\n");
  return replaceOnce(html, "</head>", `${boot}\n</head>`, "</head>");
}
