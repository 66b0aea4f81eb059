// Runs after every Trunk build (Trunk.toml [[hooks]] post_build), on Trunk's staging folder.
// 0. Names the wasm files and their JS by content and writes the boot script (wasm-assets.mjs).
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
// (scripts/wasm-assets.mjs). The static first screen must paint before the wasm arrives: the
// boot script fetches the wasm itself, once the page is parsed; no early preload of the wasm
// competes with the stylesheets.
if (html.includes("<link rel=\"preload\"") && html.includes(".wasm")) {
  throw new Error("postbuild: Trunk built the Rust part itself; index.html must skip it (data-trunk-skip)");
}
html = placeWasm(dir, publicUrl, html);

const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  const digest = createHash("sha256").update(m[1], "utf8").digest("base64");
  hashes.push(`'sha256-${digest}'`);
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
