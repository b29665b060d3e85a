// Draws an evacuation route on the campus plan: each click adds a point (in percent of the plan) to the
// route row chosen by its radio button; "clear" empties that row.
(function () {
  var svg = document.getElementById('campus-svg');
  if (!svg) { return; }
  function active() {
    var radio = document.querySelector('.route-active:checked');
    return radio ? radio.closest('.route-row').querySelector('.route-points') : null;
  }
  function draft() {
    var input = active();
    var w = +svg.dataset.width, h = +svg.dataset.height;
    var points = input && input.value.trim() ? input.value.trim().split(/\s+/) : [];
    document.getElementById('route-draft').setAttribute('points', points.map(function (p) {
      var xy = p.split(',');
      return (xy[0] * w / 100) + ',' + (xy[1] * h / 100);
    }).join(' '));
  }
  svg.addEventListener('click', function (e) {
    var input = active();
    if (!input) { return; }
    var box = svg.getBoundingClientRect();
    var x = Math.round((e.clientX - box.left) / box.width * 1000) / 10;
    var y = Math.round((e.clientY - box.top) / box.height * 1000) / 10;
    input.value = (input.value.trim() ? input.value.trim() + ' ' : '') + x + ',' + y;
    draft();
  });
  document.querySelectorAll('.route-active').forEach(function (r) { r.addEventListener('change', draft); });
  document.getElementById('clear-route').addEventListener('click', function () {
    var input = active();
    if (input) { input.value = ''; draft(); }
  });
})();
