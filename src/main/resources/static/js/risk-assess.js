// The assessment form posts either the LEC selects (l, e, c) or the LS selects (l, s):
// the other method's selects are disabled so that only one "l" is sent.
// As values are picked, a preview shows D = L × E × C (or R = L × S) and its level, graded
// against the thresholds the server rendered into #assess-preview (the region's own grading;
// no threshold is written here). The server grades again on submit.
(function () {
  var form = document.getElementById('assess-form');
  if (!form) { return; }
  var preview = document.getElementById('assess-preview');
  function value(id) { var el = document.getElementById(id); return el && el.value !== '' ? Number(el.value) : null; }
  function format(n) { return String(Math.round(n * 100) / 100); }
  function levelIndex(score, ls) {
    var bounds = preview.getAttribute(ls ? 'data-ls-from' : 'data-lec-above').split(',').map(Number);
    for (var i = 0; i < bounds.length; i++) {
      if (ls ? score >= bounds[i] : score > bounds[i]) { return i; }
    }
    return bounds.length;
  }
  function showPreview(ls) {
    if (!preview) { return; }
    var score = document.getElementById('preview-score');
    var badge = document.getElementById('preview-level');
    document.getElementById('preview-bands-lec').classList.toggle('d-none', ls);
    document.getElementById('preview-bands-ls').classList.toggle('d-none', !ls);
    var l = value(ls ? 'ls-l' : 'lec-l');
    var other = ls ? [value('ls-s')] : [value('lec-e'), value('lec-c')];
    if (l === null || other.indexOf(null) >= 0) {
      score.textContent = score.getAttribute('data-pending') || score.textContent;
      badge.classList.add('d-none');
      return;
    }
    if (!score.hasAttribute('data-pending')) { score.setAttribute('data-pending', score.textContent); }
    var d = other.reduce(function (a, b) { return a * b; }, l);
    var text = preview.getAttribute(ls ? 'data-ls-text' : 'data-lec-text')
      .replace('{l}', format(l)).replace('{d}', format(d));
    text = ls ? text.replace('{s}', format(other[0])) : text.replace('{e}', format(other[0])).replace('{c}', format(other[1]));
    score.textContent = text;
    var level = document.querySelectorAll('#preview-levels li')[levelIndex(d, ls)];
    badge.className = 'badge xa-risk-badge ' + level.className;
    badge.textContent = level.textContent;
  }
  function sync() {
    var ls = document.getElementById('method-ls').checked;
    ['lec-l', 'lec-e', 'lec-c'].forEach(function (id) { document.getElementById(id).disabled = ls; });
    ['ls-l', 'ls-s'].forEach(function (id) { document.getElementById(id).disabled = !ls; });
    showPreview(ls);
  }
  form.querySelectorAll('input[name=method], select').forEach(function (el) { el.addEventListener('change', sync); });
  sync();
})();
