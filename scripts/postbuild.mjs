// Runs after every Trunk build (Trunk.toml [[hooks]] post_build), on Trunk's staging folder.
// 0. Names the wasm files and their JS by content and writes the boot script (wasm-assets.mjs),
//    which a small loader starts after the first paint; puts the first screen of every route
//    (public/routes.html, written from the content files by tests/static_routes.rs) into
//    index.html, so a deep link paints before the wasm.
// 1. Hashes each inline <script> into the Content-Security-Policy (no 'unsafe-inline').
// 2. Writes 404.html (a copy of index.html) so static hosts serve the app on deep links.
// 3. Writes dist/sw.js (public/sw.js with this build's version and hashed assets) and the
//    sample host headers dist/_headers.
// Usage outside Trunk: node scripts/postbuild.mjs [dir] [public-url]
//   (default: $TRUNK_STAGING_DIR or dist, and $TRUNK_PUBLIC_URL or "/")
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { placeWasm } from "./wasm-assets.mjs";

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || "dist";
const publicUrl = process.argv[3] || process.env.TRUNK_PUBLIC_URL || "/";
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

// The Rust part: scripts/build-wasm.sh (Trunk's `build` hook) left the main module, its chunks
// and their JS unhashed; name them by content and write the boot script with their integrity
// (scripts/wasm-assets.mjs). The boot script fetches the wasm itself: no early preload of the
// wasm competes with the stylesheets.
if (html.includes("<link rel=\"preload\"") && html.includes(".wasm")) {
  throw new Error("postbuild: Trunk built the Rust part itself; index.html must skip it (data-trunk-skip)");
}
html = placeWasm(dir, publicUrl, html);

// The app's download starts after the first paint, so the static first screen paints (and is the
// largest paint) before any of the app's files arrive, also on a fast connection. The boot
// (an inline module script) and its module preloads (the glue and the chunk loader) leave the page; a small inline script
// inserts them again once the first paint is done (the first 'paint' entry, else the first
// frame; at once in a hidden tab, which paints nothing; after one second in any case): the
// preloads first, with their integrity hashes, and the boot only once every preload has loaded
// and passed its check (so no module is ever fetched without its hash). The boot keeps its own
// CSP hash: an inserted inline script is checked against the policy like a parsed one.
const boots = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (boots.length !== 1) throw new Error(`postbuild: expected one boot module script, found ${boots.length}`);
const bootCode = boots[0][1];
const preloads = [];
for (const m of html.matchAll(/<link rel="modulepreload"[^>]*>/g)) {
  const attr = (name) => (m[0].match(new RegExp(`\\b${name}="([^"]*)"`)) || [])[1];
  if (!attr("href") || !attr("integrity")) throw new Error(`postbuild: a module preload without href or integrity: ${m[0]}`);
  preloads.push({ href: attr("href"), integrity: attr("integrity") });
  html = html.replace(m[0], "");
}
const json = (v) => JSON.stringify(v).replace(/</g, "\\u003c");
const loader =
  `{let go=()=>{go=()=>{};Promise.all(${json(preloads)}.map(p=>new Promise((ok,no)=>{const l=document.createElement("link");` +
  `l.rel="modulepreload";l.href=p.href;l.integrity=p.integrity;l.crossOrigin="anonymous";l.onload=ok;l.onerror=no;document.head.append(l)})))` +
  `.then(()=>{const s=document.createElement("script");s.type="module";s.textContent=${json(bootCode)};document.head.append(s)})};` +
  `if(document.visibilityState==="hidden")go();else{if(PerformanceObserver.supportedEntryTypes.includes("paint"))` +
  `new PerformanceObserver(()=>setTimeout(()=>go())).observe({type:"paint",buffered:true});` +
  `else requestAnimationFrame(()=>setTimeout(()=>go()));setTimeout(()=>go(),1000)}}`;
html = html.replace(boots[0][0], () => `<script>${loader}</script>`);

// One <template> per route; the script beside the marker shows the one of the page's route.
const marker = /<!-- ROUTE_SCREENS:[\s\S]*?-->/;
if (!marker.test(html)) throw new Error("postbuild: index.html has no ROUTE_SCREENS marker");
const routes = readFileSync(new URL("../public/routes.html", import.meta.url), "utf8")
  .replace(/<!--[\s\S]*?-->\s*/g, "")
  .trim();
if (!/^(<template id="route-[a-z-]*">[\s\S]*?<\/template>\s*)+$/.test(routes)) {
  throw new Error("postbuild: public/routes.html is not a list of route templates");
}
html = html.replace(marker, () => routes.replace(/\n/g, "\n        "));

const hashes = [];
const cspHash = (code) => `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;
hashes.push(cspHash(bootCode));
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(cspHash(m[1]));
}
if (!html.includes("CSP_BOOT_HASHES")) {
  throw new Error("postbuild: index.html has no CSP_BOOT_HASHES placeholder");
}
html = html.replaceAll("CSP_BOOT_HASHES", hashes.join(" "));
if (/unsafe-inline/.test(html)) throw new Error("postbuild: the CSP must not allow unsafe-inline");
writeFileSync(indexPath, html);
writeFileSync(join(dir, "404.html"), html);

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const assets = walk(dir)
  .map((p) => relative(dir, p).split("\\").join("/"))
  .filter((p) => !["sw.js", "404.html", "_headers"].includes(p) && !p.startsWith("static/"))
  .sort();
const version = createHash("sha256").update(assets.join("\n") + html).digest("hex").slice(0, 16);
const swTemplate = readFileSync(new URL("../public/sw.js", import.meta.url), "utf8");
writeFileSync(
  join(dir, "sw.js"),
  swTemplate.replace('"__VERSION__"', JSON.stringify(version)).replace("__ASSETS__", JSON.stringify(assets.filter((a) => a !== "index.html"))),
);
// Headers for static hosts that read a _headers file (Netlify, Cloudflare Pages); the same
// policy as the page, plus what only a header can say.
const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
writeFileSync(
  join(dir, "_headers"),
  [
    "/*",
    `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "  Cross-Origin-Opener-Policy: same-origin",
    "  X-Frame-Options: DENY",
    "",
    "/sw.js",
    "  Cache-Control: no-cache",
    "/index.html",
    "  Cache-Control: no-cache",
    "",
  ].join("\n"),
);
console.log(`postbuild: ${hashes.length} inline script hash(es), ${assets.length} assets, version ${version}`);
