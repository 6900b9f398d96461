// The service worker. scripts/post-build.mjs writes it into each release build
// as sw.js, replacing __VERSION__ with a hash of the built files and
// __PRECACHE__ with their list, so that each release caches exactly its own
// files. Paths are relative to the worker's scope, so the app works under any
// sub-path of a static host.

const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
const CACHE = `tsvmtd-${VERSION}`;
const SCOPE = self.registration.scope;
const INDEX = new URL('index.html', SCOPE).href;

// Files whose names carry a content hash never change: the copy the page has
// just downloaded (in the HTTP cache) is the right one. The others
// (index.html, the manifest, the icons) are revalidated with the host.
const HASHED = /(^|\/)([0-9a-f]{16}-|[^/]*-[0-9a-f]{16}(_bg)?\.)/;

self.addEventListener('install', (event) => {
  const requests = PRECACHE.map(
    (path) => new Request(new URL(path, SCOPE), { cache: HASHED.test(path) ? 'default' : 'no-cache' }),
  );
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
  // No skipWaiting: a new release waits until the user reloads through the
  // update banner (message below) or closes every tab, so that no page ever
  // runs a mix of old and new files.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('tsvmtd-') && key !== CACHE) {
          await caches.delete(key);
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) {
    return;
  }
  if (request.mode === 'navigate') {
    // Every page of the app is index.html; the fragment carries the rest.
    event.respondWith(caches.match(INDEX, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit ?? fetch(request)),
  );
});
