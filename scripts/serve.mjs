// A small static server for dist/ on 127.0.0.1: the production headers, SPA fallback for the
// app's routes, no logging of anything. Used by `make serve`, the end-to-end tests and the
// benchmark. Usage: node scripts/serve.mjs [dir] [port]
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, normalize, extname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

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
  ".png": "image/png",
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

// Types worth compressing (opt-in with `opts.compress`, as a production host would do).
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".svg", ".json", ".txt", ".webmanifest"]);

/// The body in the best encoding the request accepts: brotli (quality 11) before gzip (level 9).
/// Compressed bodies are cached per file and modification time.
function encode(file, bytes, accept, cache) {
  if (!COMPRESSIBLE.has(extname(file))) return { body: bytes };
  const q = new Map();
  for (const part of accept.toLowerCase().split(",")) {
    const [name, ...params] = part.split(";").map((x) => x.trim());
    const qv = params.find((x) => x.startsWith("q="));
    if (name) q.set(name, qv ? Number(qv.slice(2)) : 1);
  }
  const ok = (name) => (q.has(name) ? q.get(name) : q.get("*") || 0) > 0;
  const encoding = ok("br") ? "br" : ok("gzip") ? "gzip" : null;
  if (!encoding) return { body: bytes };
  const key = `${encoding} ${file} ${statSync(file).mtimeMs}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      encoding === "br"
        ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
        : gzipSync(bytes, { level: 9 }),
    );
  }
  return { body: cache.get(key), encoding };
}

/// Serves `dir`. Options: `prefix` (a sub-path), `offline(url)` (drop a request while it
/// returns true for its URL), `hold(url)` (answer a request once the promise it returns for its
/// URL resolves, if any), `compress` (answer with brotli or gzip and Content-Encoding when the request
/// accepts it; off by default, so the bytes are those on disk).
export function startServer(dir = "dist", port = 0, host = "127.0.0.1", opts = {}) {
  const root = normalize(dir);
  const headers = securityHeaders(root);
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    if (opts.hold) await opts.hold(req.url);
    if (opts.offline && opts.offline(req.url)) {
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
    const bytes = readFileSync(file);
    if (opts.compress) {
      const { body, encoding } = encode(file, bytes, String(req.headers["accept-encoding"] || ""), compressed);
      const extra = encoding ? { "Content-Encoding": encoding } : {};
      res.writeHead(200, { ...headers, "Content-Type": type, "Cache-Control": cache, Vary: "Accept-Encoding", ...extra });
      res.end(body);
      return;
    }
    res.writeHead(200, { ...headers, "Content-Type": type, "Cache-Control": cache });
    res.end(bytes);
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
