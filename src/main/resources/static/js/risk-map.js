// Clicking the campus plan places the chosen risk point there: the click is converted to
// percent of the plan's width and height and the placing form is sent.
(function () {
  var svg = document.getElementById('risk-map-svg');
  var form = document.getElementById('place-form');
  if (!svg || !form) { return; }
  svg.classList.add('xa-placeable');
  svg.addEventListener('click', function (event) {
    var box = svg.getBoundingClientRect();
    var x = (event.clientX - box.left) / box.width * 100;
    var y = (event.clientY - box.top) / box.height * 100;
    form.querySelector('[name=x]').value = Math.min(100, Math.max(0, x)).toFixed(2);
    form.querySelector('[name=y]').value = Math.min(100, Math.max(0, y)).toFixed(2);
    form.submit();
  });
  var print = document.getElementById('print-map');
  if (print) { print.addEventListener('click', function () { window.print(); }); }
})();
