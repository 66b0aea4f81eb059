// Thuiswijzer service worker: after the first visit the app works without network.
// scripts/postbuild.mjs writes dist/sw.js from this file with the build's VERSION and ASSETS,
// so every new build is a new service worker that the browser picks up on a later visit.
const VERSION = "__VERSION__";
const ASSETS = __ASSETS__;
const CACHE = `thuiswijzer-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(["./", ...ASSETS])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("thuiswijzer-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // Pages: the network first (a new version), the cached app shell when offline.
    event.respondWith(fetch(req).catch(() => caches.match("./", { ignoreSearch: true })));
    return;
  }
  // Hashed assets never change: the cache first.
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
