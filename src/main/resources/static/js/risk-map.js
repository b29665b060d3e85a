// Clicking the campus plan either places the chosen risk point there (the click is converted
// to percent of the plan's width and height and the placing form is sent) or adds a corner to
// the zone being drawn (the corners go into the zone form's outline field, which can also be
// typed by hand). A click on a risk point follows its link to the point's card.
(function () {
  var svg = document.getElementById('risk-map-svg');
  var print = document.getElementById('print-map');
  if (print) { print.addEventListener('click', function () { window.print(); }); }
  var place = document.getElementById('place-form');
  var zone = document.getElementById('zone-form');
  if (!svg || (!place && !zone)) { return; }
  var outline = document.getElementById('zone-outline');
  var draft = document.getElementById('zone-draft');
  var box = svg.viewBox.baseVal;
  document.getElementById('click-mode').classList.remove('d-none');
  svg.classList.add('xa-placeable');
  function drawing() { return !place || document.getElementById('mode-draw').checked; }
  function corners() {
    return outline.value.trim() === '' ? [] : outline.value.trim().split(/\s+/).map(function (pair) {
      var xy = pair.split(',');
      return [Number(xy[0]), Number(xy[1])];
    });
  }
  function showDraft() {
    draft.setAttribute('points', corners().map(function (c) {
      return (c[0] * box.width / 100) + ',' + (c[1] * box.height / 100);
    }).join(' '));
  }
  outline.addEventListener('input', showDraft);
  document.getElementById('clear-zone').addEventListener('click', function () { outline.value = ''; showDraft(); });
  svg.addEventListener('click', function (event) {
    if (event.target.closest('a')) { return; }
    var rect = svg.getBoundingClientRect();
    var x = Math.min(100, Math.max(0, (event.clientX - rect.left) / rect.width * 100)).toFixed(2);
    var y = Math.min(100, Math.max(0, (event.clientY - rect.top) / rect.height * 100)).toFixed(2);
    if (drawing()) {
      outline.value = (outline.value.trim() + ' ' + x + ',' + y).trim();
      showDraft();
      return;
    }
    place.querySelector('[name=x]').value = x;
    place.querySelector('[name=y]').value = y;
    place.submit();
  });
  showDraft();
})();
