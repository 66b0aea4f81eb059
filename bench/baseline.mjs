// The benchmark's baseline: a static HTML page with the same first screen as Thuiswijzer and
// no wasm or JS. Built at run time from the repository's index.html (its CSP, description,
// title and the static markup inside <div id="app">) and the stylesheets and icon it links, so
// the baseline follows every change to the app's first screen.
import { readFileSync, writeFileSync, copyFileSync, mkdtempSync } from "node:fs";
import { join, basename } from "node:path";
import { tmpdir } from "node:os";

const HERE = new URL(".", import.meta.url).pathname;

function pick(html, re, what) {
  const m = html.match(re);
  if (!m) throw new Error(`baseline: no ${what} in index.html`);
  return m[1];
}

/** Writes the baseline into a new temporary folder and returns its path. */
export function makeBaseline(repo) {
  const html = readFileSync(join(repo, "index.html"), "utf8");
  const csp = pick(html, /http-equiv="Content-Security-Policy" content="([^"]+)"/, "CSP meta tag")
    .replace(/\s*CSP_BOOT_HASHES/, "");
  const description = pick(html, /<meta name="description" content="([^"]*)"/, "description");
  const title = pick(html, /<title>([^<]*)<\/title>/, "title");
  // The static start screen: everything from <div id="app"> to the end of <body>.
  // Without its inline script (the app's route screens), which the baseline's CSP would block.
  const body = pick(html, /<body>\s*([\s\S]*?)\s*<\/body>/, "body").replace(/<script>[\s\S]*?<\/script>\s*/g, "");
  if (!body.includes('id="app"')) throw new Error('baseline: no <div id="app"> in index.html');

  const dir = mkdtempSync(join(tmpdir(), "thuiswijzer-baseline-"));
  const links = [];
  // Every stylesheet and the icon that index.html hands to Trunk, copied under its own name.
  for (const m of html.matchAll(/<link\b[^>]*\bdata-trunk\b[^>]*>/g)) {
    const tag = m[0];
    const rel = (tag.match(/\brel="([^"]+)"/) || [])[1];
    const href = (tag.match(/\bhref="([^"]+)"/) || [])[1];
    if (!href || !["css", "icon"].includes(rel)) continue;
    const name = basename(href);
    copyFileSync(join(repo, href), join(dir, name));
    if (rel === "css") {
      const media = (tag.match(/\bmedia="([^"]+)"/) || [])[1];
      links.push(`  <link rel="stylesheet" href="${name}"${media ? ` media="${media}"` : ""}>`);
    } else {
      const type = (tag.match(/\btype="([^"]+)"/) || [])[1];
      links.push(`  <link rel="icon"${type ? ` type="${type}"` : ""} href="${name}">`);
    }
  }
  const page = readFileSync(join(HERE, "baseline", "index.html"), "utf8")
    .replace("{{CSP}}", csp)
    .replace("{{DESCRIPTION}}", description)
    .replace("{{TITLE}}", title)
    .replace("{{LINKS}}", links.join("\n"))
    .replace("{{START_MARKUP}}", body);
  writeFileSync(join(dir, "index.html"), page);
  return dir;
}
