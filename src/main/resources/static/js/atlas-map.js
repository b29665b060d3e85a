// The county map: a layer toggle reloads the page with the layers picked; a tap on a
// feature shows its name and state below the map with a link to it (a second tap opens it).
(function () {
  var form = document.getElementById('atlas-layers');
  if (form) {
    form.querySelectorAll('.atlas-toggle').forEach(function (box) {
      box.addEventListener('change', function () { form.submit(); });
    });
  }
  var info = document.getElementById('atlas-info');
  if (!info) {
    return;
  }
  document.querySelectorAll('#atlas-svg .atlas-feature').forEach(function (g) {
    function show(e) {
      if (g.classList.contains('atlas-on')) {
        return;
      }
      if (e) {
        e.preventDefault();
      }
      document.querySelectorAll('#atlas-svg .atlas-on').forEach(function (o) { o.classList.remove('atlas-on'); });
      g.classList.add('atlas-on');
      info.textContent = '';
      var name = document.createElement('strong');
      name.textContent = g.dataset.name;
      info.appendChild(name);
      info.appendChild(document.createTextNode(' \u00b7 ' + g.dataset.state + ' \u00b7 '));
      var link = document.createElement('a');
      link.href = g.dataset.href;
      link.id = 'atlas-open';
      link.textContent = info.dataset.open;
      info.appendChild(link);
    }
    g.querySelector('a').addEventListener('click', show);
    g.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        show(e);
      }
    });
  });
})();
