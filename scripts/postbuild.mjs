// Runs after every Trunk build (Trunk.toml [[hooks]] post_build), on Trunk's staging folder.
// 1. Hashes each inline <script> into the Content-Security-Policy (no 'unsafe-inline').
// 2. Writes 404.html (a copy of index.html) so static hosts serve the app on deep links.
// 3. Writes the service worker's list of hashed assets (sw-assets.json is read by sw.js).
// Usage outside Trunk: node scripts/postbuild.mjs [dir]   (default: $TRUNK_STAGING_DIR or dist)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || "dist";
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");

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
  .filter((p) => !["sw.js", "sw-assets.json", "404.html", "_headers"].includes(p) && !p.startsWith("static/"))
  .sort();
const version = createHash("sha256").update(assets.join("\n") + html).digest("hex").slice(0, 16);
writeFileSync(join(dir, "sw-assets.json"), JSON.stringify({ version, assets }, null, 1));
console.log(`postbuild: ${hashes.length} inline script hash(es), ${assets.length} assets, version ${version}`);
