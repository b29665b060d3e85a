// A service worker for a page that must open without signal (ADR 0039). It is generic: the
// page registers it with ?cache=<name>&urls=<space-separated URLs> and under the page's own
// path (a module serves this file there). The listed URLs are cached at install; a visit to
// one of them goes to the network first and falls back to the cache, so a phone by a river
// opens the last copy of the form; every other request passes through untouched.
var params = new URL(self.location).searchParams;
var CACHE = params.get('cache') || 'xiaoan-offline';
var URLS = (params.get('urls') || '').split(' ').filter(function (u) { return u; });

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(URLS); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || URLS.indexOf(url.pathname) < 0) { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (c) { c.put(url.pathname, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(url.pathname, { cacheName: CACHE });
  }));
});
