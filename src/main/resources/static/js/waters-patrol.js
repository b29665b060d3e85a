// The patrol form: the time now, the phone's GPS position, and the offline queue.
(function () {
  var page = document.getElementById('patrol-page');
  var form = document.getElementById('patrol-form');
  if (!page || !form) { return; }
  var gps = document.getElementById('gps-state');
  function now() {
    // Beijing time whatever zone the phone is set to (the platform records Beijing time)
    var d = new Date(Date.now() + 8 * 3600 * 1000);
    document.getElementById('patrolledAt').value = d.toISOString().slice(0, 16);
  }
  function locate() {
    if (!navigator.geolocation) { gps.textContent = gps.dataset.nofix; return; }
    navigator.geolocation.getCurrentPosition(function (p) {
      document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
      document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
      document.getElementById('accuracyM').value = Math.round(p.coords.accuracy);
      gps.textContent = gps.dataset.fix.replace('{0}', p.coords.latitude.toFixed(5) + ', ' + p.coords.longitude.toFixed(5));
    }, function () { gps.textContent = gps.dataset.nofix; }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  }
  var water = document.getElementById('waterId');
  now(); locate();
  window.XiaoanOffline.register(page.dataset.sw, page.dataset.scope, page.dataset.cache, page.dataset.cacheUrls);
  window.XiaoanOffline.attach(form, {
    endpoint: form.dataset.endpoint,
    badge: document.getElementById('queue-state'),
    afterSave: function () {
      var chosen = water.value;
      setTimeout(function () { water.value = chosen; now(); locate(); }, 0);
    }
  });
})();
