// Thuiswijzer service worker: after the first visit the app works without network.
// scripts/postbuild.mjs writes dist/sw.js from this file with the build's VERSION and ASSETS,
// so every new build is a new service worker. It waits until the page offers the update and
// the user takes it (message "skipWaiting"), so an open case is never reloaded unasked.
//
// Caches belong to the whole origin, which other apps may share (Thuiswijzer can be hosted
// under a sub-path). This worker only reads, fills and deletes caches whose name starts with
// its own prefix: "thuiswijzer:" + its scope + ":". "Alles wissen" in the page deletes the same
// caches and then asks for a refill (message "refill"), so offline use comes back at once.
const VERSION = "__VERSION__";
const ASSETS = __ASSETS__;
const PREFIX = `thuiswijzer:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
const SHELL = new URL("./", self.registration.scope).href;
const OWN = new Set([SHELL, ...ASSETS.map((a) => new URL(a, self.registration.scope).href)]);

const fill = () => caches.open(CACHE).then((cache) => cache.addAll([...OWN]));

/** Caches of earlier builds of this worker (same scope), including the unscoped names that
 * builds before the prefix used ("thuiswijzer-<version>", recognised by their content). */
async function stale() {
  const out = [];
  for (const key of await caches.keys()) {
    if (key === CACHE) continue;
    if (key.startsWith(PREFIX)) {
      out.push(key);
    } else if (/^thuiswijzer-[0-9a-f]+$/.test(key)) {
      const cache = await caches.open(key);
      const urls = (await cache.keys()).map((r) => r.url);
      if (urls.length > 0 && urls.every((u) => u.startsWith(self.registration.scope))) out.push(key);
    }
  }
  return out;
}

self.addEventListener("install", (event) => {
  event.waitUntil(fill());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    stale()
      .then((keys) => Promise.all(keys.map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") self.skipWaiting();
  if (event.data === "refill") event.waitUntil(fill());
});

/** From this worker's own cache only; a miss of one of the app's files is fetched and put
 * back (so the cache fills again after a wipe). */
async function fromOwnCache(req) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(req, { ignoreSearch: req.mode === "navigate" });
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && OWN.has(req.url)) await cache.put(req, res.clone());
  return res;
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(self.registration.scope)) return;
  if (req.mode === "navigate") {
    // Pages: the network first (a new version), the cached app shell when offline.
    event.respondWith(
      fetch(req).catch(() => caches.open(CACHE).then((cache) => cache.match(SHELL))),
    );
    return;
  }
  // Hashed assets never change: the cache first.
  event.respondWith(fromOwnCache(req));
});
