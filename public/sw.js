/*
 * Passerelle's service worker: keeps the last good copy of "my schedule" and the agenda, with
 * the files they need, so a delegate on the venue's weak Wi-Fi still has the day's meetings.
 * Pages: network first, the saved copy when the network fails. Built files (/_next/static/,
 * named by their content): from the cache once there. Nothing else is touched.
 */
const PAGES = "passerelle-pages-v1";
const ASSETS = "passerelle-assets-v1";
const KEEP = [PAGES, ASSETS];
const MAX_ASSETS = 300;
const OFFLINE_PAGE = /^\/(fr|ar|ru|en)\/(schedule|agenda)\/?$/;
const PRIVATE_PAGE = /^\/(fr|ar|ru|en)\/schedule\/?$/;
const SAVED_AT = "x-passerelle-saved-at";

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (!KEEP.includes(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

const pageKey = (url) => url.pathname + url.search;

/** A copy of a response with the time it was saved, for the page to tell. */
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function savePage(url, response) {
  if (!response.ok || response.redirected || !(response.headers.get("content-type") || "").includes("text/html")) return;
  const cache = await caches.open(PAGES);
  await cache.put(pageKey(url), await stamped(response));
}

/** Signed out (the schedule answers with a redirect to sign-in): the private copies go. */
async function forgetPrivatePages() {
  const cache = await caches.open(PAGES);
  for (const request of await cache.keys()) {
    if (PRIVATE_PAGE.test(new URL(request.url).pathname)) await cache.delete(request);
  }
}

/** The saved copy, marked in its <head> so the page can say it is not live. */
async function savedCopy(url) {
  const cache = await caches.open(PAGES);
  const saved = (await cache.match(pageKey(url))) || (await cache.match(url.pathname));
  if (!saved) return null;
  const html = await saved.text();
  const marker = `<meta name="passerelle-saved-copy" content="${saved.headers.get(SAVED_AT) || ""}">`;
  const marked = html.replace(/<head(\s[^>]*)?>/i, (head) => head + marker);
  return new Response(marked, { status: 200, headers: saved.headers });
}

async function networkFirst(request, url) {
  try {
    const response = await fetch(request);
    if (response.type === "opaqueredirect" || response.redirected) {
      if (PRIVATE_PAGE.test(url.pathname)) await forgetPrivatePages();
    } else {
      await savePage(url, response.clone());
    }
    return response;
  } catch (error) {
    const copy = await savedCopy(url);
    if (copy) return copy;
    throw error;
  }
}

async function trimAssets(cache) {
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(request);
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    await trimAssets(cache);
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && OFFLINE_PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(request, url));
  } else if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(cacheFirst(request));
  }
});

/**
 * From the page, after a successful load: save the files it used, and the page itself when
 * this worker did not serve it (the first visit, before the worker took control).
 */
async function saveFromPage(data) {
  const assets = await caches.open(ASSETS);
  for (const href of data.assets || []) {
    const url = new URL(href, self.location.origin);
    if (url.origin !== self.location.origin || !url.pathname.startsWith("/_next/static/")) continue;
    if (await assets.match(url.href)) continue;
    const response = await fetch(url.href);
    if (response.ok) await assets.put(url.href, response);
  }
  await trimAssets(assets);
  if (data.page) {
    const url = new URL(data.page, self.location.origin);
    if (url.origin === self.location.origin && OFFLINE_PAGE.test(url.pathname)) {
      await savePage(url, await fetch(url.href, { credentials: "same-origin", cache: "no-store" }));
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const reply = (message) => event.ports[0] && event.ports[0].postMessage(message);
  let work = Promise.resolve();
  if (data.type === "save") work = saveFromPage(data);
  else if (data.type === "forget") work = forgetPrivatePages();
  event.waitUntil(work.then(() => reply({ ok: true }), () => reply({ ok: false })));
});
