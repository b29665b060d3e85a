// Offline capture for any form (ADR 0039). XiaoanOffline.attach(form, options) keeps each
// submission in IndexedDB with an id made here (the form's "clientId" field), photos shrunk
// on the phone first, and sends the queue to options.endpoint whenever the browser is online
// (at once, on the "online" event, and every 30 s). The server stores each client id once, so
// a record whose answer was lost is simply sent again. options.badge shows the queue state
// from its data-pending ("{0}" = count), data-sending, data-offline, data-refused, data-empty.
// The page's service worker (offline-sw.js, registered by register()) keeps the page itself.
// Optional (ADR 0043): options.queue groups items of several endpoints (each item keeps its
// own endpoint, so one page sends what another page queued), options.label names an item in
// the list of waiting records, options.onList(items) hears the waiting items after each
// change, and attach(null, options) only sends and shows the queue (a page with no form).
window.XiaoanOffline = (function () {
  var DB = 'xiaoan-offline', STORE = 'queue', MAX_SIDE = 1600;

  function db() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open(DB, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore(STORE, { keyPath: 'clientId' }); };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }

  function tx(mode, work) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var t = d.transaction(STORE, mode), result;
        t.oncomplete = function () { resolve(result); };
        t.onerror = function () { reject(t.error); };
        work(t.objectStore(STORE), function (r) { result = r; });
      });
    });
  }

  function all(key) {
    return tx('readonly', function (s, done) {
      var req = s.getAll();
      req.onsuccess = function () { done(req.result.filter(function (i) { return (i.queue || i.endpoint) === key; })); };
    });
  }

  function put(item) { return tx('readwrite', function (s) { s.put(item); }); }

  function remove(id) { return tx('readwrite', function (s) { s['delete'](id); }); }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // A phone photo (4000x3000, several MB) is redrawn at most MAX_SIDE wide as JPEG.
  function shrink(file) {
    if (!file.type || file.type.indexOf('image/') !== 0 || !window.createImageBitmap) { return Promise.resolve(file); }
    return createImageBitmap(file).then(function (img) {
      var k = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
      var c = document.createElement('canvas');
      c.width = Math.round(img.width * k); c.height = Math.round(img.height * k);
      c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
      return new Promise(function (resolve) {
        c.toBlob(function (blob) { resolve(blob || file); }, 'image/jpeg', 0.8);
      });
    }).catch(function () { return file; });
  }

  function fields(form) {
    var entries = [], files = [];
    new FormData(form).forEach(function (value, name) {
      if (name === '_csrf') { return; }
      if (value instanceof File) { if (value.size > 0) { files.push([name, value]); } }
      else { entries.push([name, value]); }
    });
    return Promise.all(files.map(function (f) {
      return shrink(f[1]).then(function (blob) { return [f[0], blob, f[1].name.replace(/\.\w+$/, '') + '.jpg']; });
    })).then(function (blobs) { return { entries: entries, blobs: blobs }; });
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var h = {};
    if (token && header) { h[header.content] = token.content; }
    return h;
  }

  function attach(form, options) {
    var badge = options.badge, sending = false, refused = false, key = options.queue || options.endpoint;

    function show(n, state) {
      if (!badge) { return; }
      var text = n === 0 ? badge.dataset.empty
        : (state ? badge.dataset[state] + ' · ' : '') + badge.dataset.pending.replace('{0}', n);
      badge.textContent = text;
      badge.dataset.count = String(n);
      badge.className = 'badge fs-6 ' + (n === 0 ? 'text-bg-success' : 'text-bg-warning');
    }

    function refresh(state) {
      return all(key).then(function (items) {
        show(items.length, state);
        if (options.onList) { options.onList(items, state); }
        return items;
      });
    }

    function send(item) {
      var body = new FormData();
      item.entries.forEach(function (e) { body.append(e[0], e[1]); });
      item.blobs.forEach(function (b) { body.append(b[0], b[1], b[2]); });
      return fetch(item.endpoint || options.endpoint, { method: 'POST', body: body, credentials: 'same-origin',
        headers: Object.assign({ Accept: 'application/json' }, csrf()) })
        .then(function (r) {
          if (r.ok) { return remove(item.clientId).then(function () { return r.json(); }).then(function (saved) {
            if (options.onSent) { options.onSent(saved); } return true; }); }
          if (r.status === 400) { refused = true; }
          return false;
        });
    }

    function flush() {
      if (sending) { return Promise.resolve(); }
      if (!navigator.onLine) { return refresh('offline'); }
      sending = true; refused = false;
      return refresh('sending').then(function (items) {
        return items.reduce(function (p, item) {
          return p.then(function (go) { return go ? send(item) : false; });
        }, Promise.resolve(true));
      }).catch(function () { return false; })
        .then(function () { sending = false; return refresh(refused ? 'refused' : (navigator.onLine ? null : 'offline')); });
    }

    if (form) { form.addEventListener('submit', function (event) {
      event.preventDefault();
      var id = form.querySelector('[name="clientId"]');
      id.value = uuid();
      var before = options.beforeSave ? options.beforeSave() : null;
      Promise.resolve(before).then(function () { return fields(form); }).then(function (f) {
        return put({ clientId: id.value, endpoint: options.endpoint, queue: key, label: options.label || '',
          entries: f.entries, blobs: f.blobs, savedAt: Date.now() });
      }).then(function () {
        form.reset();
        if (options.afterSave) { options.afterSave(); }
        return flush();
      });
    }); }
    window.addEventListener('online', flush);
    window.addEventListener('offline', function () { refresh('offline'); });
    setInterval(flush, 30000);
    flush();
    return { flush: flush };
  }

  // The service worker gets its cache name and the URLs to keep from its own query string.
  function register(script, scope, cache, urls) {
    if (!('serviceWorker' in navigator)) { return; }
    navigator.serviceWorker.register(script + '?cache=' + encodeURIComponent(cache) + '&urls=' + encodeURIComponent(urls),
      { scope: scope });
  }

  // The onList of a form page that lists the waiting records (ADR 0043, 0048): each item's
  // label and when it was kept, the list hidden when empty, the form hidden while its own
  // record waits.
  function waitingList(form, list, items) {
    return function (waiting) {
      items.textContent = '';
      var mine = false;
      waiting.forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = item.label + ' · ' + new Date(item.savedAt).toLocaleString();
        items.appendChild(li);
        if (item.endpoint === form.dataset.endpoint) { mine = true; }
      });
      list.hidden = waiting.length === 0;
      form.hidden = mine;
    };
  }

  return { attach: attach, register: register, waitingList: waitingList };
})();
