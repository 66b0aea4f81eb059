// A small static server for dist/ on 127.0.0.1: the production headers, SPA fallback for the
// app's routes, no logging of anything. Used by `make serve`, the end-to-end tests and the
// benchmark. Usage: node scripts/serve.mjs [dir] [port]
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, normalize, extname, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/// The CSP of index.html's meta tag, plus what only a header can carry.
export function headerPolicy(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const m = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  if (!m) throw new Error("serve: no CSP meta tag in index.html");
  return `${m[1]}; frame-ancestors 'none'`;
}

export function securityHeaders(dir) {
  return {
    "Content-Security-Policy": headerPolicy(dir),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
  };
}

export function startServer(dir = "dist", port = 0, host = "127.0.0.1", opts = {}) {
  const root = normalize(dir);
  const headers = securityHeaders(root);
  const server = createServer((req, res) => {
    if (opts.offline && opts.offline()) {
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url, "http://127.0.0.1");
    let rel = decodeURIComponent(url.pathname);
    const prefix = opts.prefix || "/";
    if (!rel.startsWith(prefix)) {
      res.writeHead(404, headers);
      res.end("Niet gevonden");
      return;
    }
    rel = rel.slice(prefix.length);
    let file = normalize(join(root, rel));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403, headers);
      res.end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // The app's own routes (no file extension) get index.html; missing files get a 404.
      file = extname(rel) === "" ? join(root, "index.html") : null;
    }
    if (!file) {
      res.writeHead(404, headers);
      res.end("Niet gevonden");
      return;
    }
    const type = TYPES[extname(file)] || "application/octet-stream";
    const cache = file.endsWith("index.html") || file.endsWith("sw.js") ? "no-cache" : "public, max-age=31536000, immutable";
    res.writeHead(200, { ...headers, "Content-Type": type, "Cache-Control": cache });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || "dist";
  const port = Number(process.argv[3] || 8080);
  const server = await startServer(dir, port);
  const { port: p } = server.address();
  console.log(`Thuiswijzer draait op http://127.0.0.1:${p}/ (stoppen: Ctrl+C)`);
}
