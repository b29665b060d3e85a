// The register form: "add where I stand" appends the phone's position as a corner of the
// outline (walk round a pond adding corners, or stand at a river bend for a point).
(function () {
  var button = document.getElementById('add-position');
  var outline = document.getElementById('outline');
  var state = document.getElementById('position-state');
  if (!button || !outline) { return; }
  button.addEventListener('click', function () {
    if (!navigator.geolocation) { return; }
    navigator.geolocation.getCurrentPosition(function (p) {
      var pair = p.coords.longitude.toFixed(6) + ',' + p.coords.latitude.toFixed(6);
      outline.value = (outline.value.trim() + ' ' + pair).trim();
      state.textContent = pair;
    }, function (e) { state.textContent = e.message; }, { enableHighAccuracy: true, timeout: 15000 });
  });
})();
