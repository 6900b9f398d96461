// The service worker. scripts/post-build.mjs writes it into each release build
// as sw.js, replacing __VERSION__ with a hash of the built files and
// __PRECACHE__ with their list and the digest of each, so that each release
// caches exactly its own files. Paths are relative to the worker's scope, so
// the app works under any sub-path of a static host.

const VERSION = __VERSION__;
// Each file of the release, with the first 16 hexadecimal digits of the
// SHA-256 of its bytes.
const DIGESTS = __PRECACHE__;
const PRECACHE = Object.keys(DIGESTS);
const CACHE = `tsvmtd-${VERSION}`;
const SCOPE = self.registration.scope;
const INDEX = new URL('index.html', SCOPE).href;
// The criteria sets a host publishes beside the app (the index and the set
// files a province's staff put there): not part of the release, never in its
// cache, never redirected to the app. Requests for them go to the host as
// they are, so that the sets page reads what is published now; offline they
// fail, and the page says so (the sets already added live in its storage).
const PUBLISHED = new URL('sets/', SCOPE).href;

// Files whose names carry a content hash never change: the copy the page has
// just downloaded (in the HTTP cache) is the right one. The others
// (index.html, the manifest, the icons) are revalidated with the host.
const HASHED = /(^|\/)([0-9a-f]{8,16}-|[^/]*-[0-9a-f]{8,16}(_bg)?\.)/;

/** The first 16 hexadecimal digits of the SHA-256 of `bytes`. */
async function digest(bytes) {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Fetches one file of the release and keeps it, only when its bytes are the
 * release's. A host that writes a release in place can be read half-written
 * (a file still empty or cut, an old page beside the new worker): the install
 * then fails, the release in use stays, and the browser tries again on a
 * later visit. A file named by its content may come from the HTTP cache; a
 * wrong copy there is fetched once more from the host.
 */
async function precache(cache, path) {
  const url = new URL(path, SCOPE);
  const modes = HASHED.test(path) ? ['default', 'reload'] : ['no-cache'];
  for (const mode of modes) {
    const request = new Request(url, { cache: mode });
    const response = await fetch(request);
    if (response.ok && (await digest(await response.clone().arrayBuffer())) === DIGESTS[path]) {
      return cache.put(request, response);
    }
  }
  throw new Error(`${path} is not this release's file (yet)`);
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(PRECACHE.map((path) => precache(cache, path)))));
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
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE) || request.url.startsWith(PUBLISHED)) {
    return;
  }
  if (request.mode === 'navigate') {
    const url = new URL(request.url);
    const path = url.pathname.slice(new URL(SCOPE).pathname.length);
    if (path === '' || path === 'index.html') {
      // The app's page; the query and the fragment carry the rest.
      event.respondWith(caches.match(INDEX, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
      return;
    }
    if (!PRECACHE.includes(path)) {
      // Any other address under the app (…/abc/def, …/index.html/extra, words
      // pasted into a link's path) would get a page whose relative files are
      // not there. Send it to the app's page instead, keeping the query; the
      // browser keeps the fragment (a result link's data) across a redirect
      // whose Location has none.
      const page = new URL(SCOPE);
      page.search = url.search;
      event.respondWith(Response.redirect(page.href, 302));
      return;
    }
    // One of the app's own files, opened as a page: the file, as the host
    // would. The commune's page, theo-doi.html, the record's, ho-so.html, the
    // result page, ket-qua.html, and the sets page, bo-tieu-chi.html, are
    // such files (their fragment kept), so that they open offline too.
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit ?? fetch(request)),
  );
});
