// The assessment form posts either the LEC selects (l, e, c) or the LS selects (l, s):
// the other method's selects are disabled so that only one "l" is sent.
(function () {
  var form = document.getElementById('assess-form');
  if (!form) { return; }
  function sync() {
    var ls = document.getElementById('method-ls').checked;
    ['lec-l', 'lec-e', 'lec-c'].forEach(function (id) { document.getElementById(id).disabled = ls; });
    ['ls-l', 'ls-s'].forEach(function (id) { document.getElementById(id).disabled = !ls; });
  }
  form.querySelectorAll('input[name=method]').forEach(function (r) { r.addEventListener('change', sync); });
  sync();
})();
