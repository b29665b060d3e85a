// Campus surroundings: the venue form's "where I stand" button, and the two phone forms kept
// offline — the guard-post check-in and the check of a school's surroundings (ADR 0048) — with
// the time now, the phone's GPS position and the shared offline queue of ADR 0039.
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
  var page = document.getElementById('checkin-page') || document.getElementById('check-page');
  var form = document.getElementById('checkin-form') || document.getElementById('check-form');
  if (!page || !form) { return; }
  var gps = document.getElementById('gps-state');
  function now() {
    // Beijing time whatever zone the phone is set to (the platform records Beijing time)
    var d = new Date(Date.now() + 8 * 3600 * 1000);
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
  // the field that names what the form is about is kept for the next record
  var keep = document.getElementById('postId') || document.getElementById('schoolId');
  var kept = null, picked = null;
  var outcome = form.querySelector('#outcomes');
  function shown() {
    if (!outcome) { return; }
    var chosen = (form.querySelector('input[name="outcome"]:checked') || {}).value;
    var known = chosen === 'STILL_THERE' || chosen === 'GONE', fresh = chosen === 'NEW_VENUE';
    document.getElementById('known-venue').classList.toggle('d-none', !known);
    document.getElementById('venueId').required = known;
    document.getElementById('new-venue').classList.toggle('d-none', !fresh);
    ['name', 'address', 'longitude', 'latitude'].forEach(function (id) { document.getElementById(id).required = fresh; });
    document.getElementById('finding').required = chosen === 'STILL_THERE';
  }
  if (outcome) { outcome.addEventListener('change', shown); }
  now(); position(); shown();
  window.XiaoanOffline.register(page.dataset.sw, page.dataset.scope, page.dataset.cache, page.dataset.cacheUrls);
  window.XiaoanOffline.attach(form, {
    endpoint: form.dataset.endpoint,
    badge: document.getElementById('queue-state'),
    // read before the form is reset: a select's value, or the school picked from search results
    // (fragments/school-picker), which the reset would clear
    beforeSave: function () {
      kept = keep ? keep.value : null;
      picked = form.querySelector('input[name="schoolId"]:checked');
    },
    afterSave: function () {
      setTimeout(function () {
        if (keep && kept) { keep.value = kept; }
        if (picked) { picked.checked = true; }
        now(); position(); shown();
      }, 0);
    }
  });
})();
