/*
 * The service worker (plain JavaScript, served as /sw.js). The build
 * (src/integrations/offline.ts) puts `const CONFIG = { version, precache }`
 * in front of this file; `version` is a hash of the built site, so every
 * deploy that changes anything is a new worker with a new cache.
 *
 * - Install: save the shell (styles, scripts, search bundles, offline
 *   pages, icons), plus the pages of every language the visitor saved with
 *   an earlier version; then take over at once (skipWaiting + claim).
 * - Activate: delete every older version's cache.
 * - Pages: network first, so a visitor online always gets the deployed page;
 *   offline (or after 8 s without an answer) the saved copy; else the
 *   offline page, which explains what is missing.
 * - Styles, scripts, search files, icons: saved copy first (their names or
 *   the cache's version change with their content).
 * - Downloads: network first, and saved when fetched, so the files the
 *   visitor opened stay available offline.
 * - A page asks (message "save-language") for all pages of its language,
 *   answered with "saved" once they are in the cache.
 */
/* global CONFIG */

const PREFIX = 'invest-lvliang-';
const CACHE = `${PREFIX}${CONFIG.version}`;
/** Survives updates: the languages the visitor saved, re-saved by each new version. */
const SETTINGS = `${PREFIX}settings`;
const LANGUAGES_KEY = '/__saved-languages';
const NETWORK_TIMEOUT_MS = 8000;
const PARALLEL_FETCHES = 6;

let planned;
function plan() {
  planned ??= fetch(CONFIG.precache, { cache: 'no-cache' }).then((response) => {
    if (!response.ok) throw new Error(`${CONFIG.precache}: HTTP ${response.status}`);
    return response.json();
  });
  planned.catch(() => (planned = undefined));
  return planned;
}

async function savedLanguages() {
  const response = await (await caches.open(SETTINGS)).match(LANGUAGES_KEY);
  return response ? response.json() : [];
}

async function rememberLanguage(lang) {
  const languages = new Set(await savedLanguages());
  languages.add(lang);
  await (await caches.open(SETTINGS)).put(LANGUAGES_KEY, new Response(JSON.stringify([...languages])));
}

/** A response fit to answer a navigation: a redirected one is rebuilt without its redirect flag. */
function storable(response) {
  if (!response.redirected) return response;
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Saves every URL not saved yet; fails (to be tried again) if any cannot be fetched. */
async function saveAll(urls) {
  const cache = await caches.open(CACHE);
  const saved = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const missing = urls.filter((url) => !saved.has(url));
  for (let start = 0; start < missing.length; start += PARALLEL_FETCHES) {
    await Promise.all(
      missing.slice(start, start + PARALLEL_FETCHES).map(async (url) => {
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        await cache.put(url, storable(response));
      }),
    );
  }
}

async function saveLanguage(lang) {
  const { languages } = await plan();
  if (!languages[lang]) throw new Error(`no pages for language "${lang}"`);
  await saveAll(languages[lang]);
  await rememberLanguage(lang);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const { shell, languages } = await plan();
      await saveAll(shell);
      for (const lang of await savedLanguages()) if (languages[lang]) await saveAll(languages[lang]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE && name !== SETTINGS) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const { data } = event;
  const port = event.ports[0];
  if (!data || data.type !== 'save-language') return;
  event.waitUntil(
    saveLanguage(data.lang).then(
      () => port?.postMessage({ type: 'saved', lang: data.lang, version: CONFIG.version }),
      (error) => port?.postMessage({ type: 'failed', lang: data.lang, message: String(error) }),
    ),
  );
});

function languageOf(pathname) {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'zh';
}

/** Files under /downloads/ (the downloads pages themselves are /downloads/ and /en/downloads/). */
function isDownload(pathname) {
  return pathname.startsWith('/downloads/') && pathname !== '/downloads/';
}

async function offlinePage(pathname) {
  const cache = await caches.open(CACHE);
  const page =
    (await cache.match(languageOf(pathname) === 'en' ? '/en/offline/' : '/offline/')) ?? (await cache.match('/offline/'));
  return page ?? new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function navigate(event, url) {
  const cache = await caches.open(CACHE);
  const key = url.origin + url.pathname;
  const saved = await cache.match(key);
  const network = fetch(event.request).then(async (response) => {
    if (response.status === 200 && response.type === 'basic') await cache.put(key, storable(response.clone()));
    return response;
  });
  event.waitUntil(network.catch(() => {}));
  if (!saved) return network.catch(() => offlinePage(url.pathname));
  const fresh = network.then((response) => (response.status >= 500 ? saved : response)).catch(() => saved);
  // On a very slow network a saved page beats waiting; a fast one always wins.
  const slow = new Promise((resolve) => setTimeout(() => resolve(saved), NETWORK_TIMEOUT_MS));
  return Promise.race([fresh, slow]);
}

async function download(event, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.status === 200) await cache.put(url.pathname, response.clone());
    return response;
  } catch {
    const saved = await cache.match(url.pathname);
    if (saved) return saved;
    if (event.request.mode === 'navigate') return offlinePage(url.pathname);
    return new Response('This file was not saved for offline use.', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
}

async function asset(event) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(event.request, { ignoreSearch: true });
  if (saved) return saved;
  const response = await fetch(event.request);
  if (response.status === 200 && response.type === 'basic') await cache.put(event.request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Social cards are for other apps, and the worker's own files must always come from the network.
  if (url.pathname.startsWith('/og/') || url.pathname === '/sw.js' || url.pathname === CONFIG.precache) return;
  if (isDownload(url.pathname)) event.respondWith(download(event, url));
  else if (request.mode === 'navigate') event.respondWith(navigate(event, url));
  else event.respondWith(asset(event));
});
