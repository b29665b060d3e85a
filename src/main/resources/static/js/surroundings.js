// Campus surroundings: the venue form's "where I stand" button, and the guard-post check-in
// form (the time now, the phone's GPS position, the shared offline queue of ADR 0039).
(function () {
  function locate(done, fail) {
    if (!navigator.geolocation) { fail(); return; }
    navigator.geolocation.getCurrentPosition(done, fail, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  }
  var here = document.getElementById('locate');
  if (here) {
    here.addEventListener('click', function () {
      locate(function (p) {
        document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
        document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
      }, function () { here.textContent = here.dataset.nofix; });
    });
  }
  var page = document.getElementById('checkin-page');
  var form = document.getElementById('checkin-form');
  if (!page || !form) { return; }
  var gps = document.getElementById('gps-state');
  function now() {
    var d = new Date(); d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
    document.getElementById('checkedAt').value = d.toISOString().slice(0, 16);
  }
  function position() {
    locate(function (p) {
      document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
      document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
      document.getElementById('accuracyM').value = Math.round(p.coords.accuracy);
      gps.textContent = gps.dataset.fix.replace('{0}', p.coords.latitude.toFixed(5) + ', ' + p.coords.longitude.toFixed(5));
    }, function () { gps.textContent = gps.dataset.nofix; });
  }
  var post = document.getElementById('postId');
  now(); position();
  window.XiaoanOffline.register(page.dataset.sw, page.dataset.scope, page.dataset.cache, page.dataset.cacheUrls);
  window.XiaoanOffline.attach(form, {
    endpoint: form.dataset.endpoint,
    badge: document.getElementById('queue-state'),
    afterSave: function () {
      var chosen = post.value;
      setTimeout(function () { post.value = chosen; now(); position(); }, 0);
    }
  });
})();
