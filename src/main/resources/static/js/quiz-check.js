// A quiz with unanswered questions is not sent: each unanswered question is marked, the
// top of the form says how many are missing, and the page scrolls to the first one, so a
// phone user sees what to fix without losing the answers given. After a refusal by the
// server (script off, or answers the browser could not check) the page opens at the first
// marked question.
(function () {
  var form = document.getElementById('quiz-form');
  if (!form) { return; }
  function answered(fieldset) {
    return fieldset.querySelector('input:checked') !== null;
  }
  function mark(fieldset, missing) {
    fieldset.classList.toggle('xa-question-missing', missing);
    var note = fieldset.querySelector('.xa-missing-note');
    if (missing && !note) {
      note = document.createElement('div');
      note.className = 'xa-missing-note text-danger small fw-semibold';
      note.textContent = fieldset.getAttribute('data-missing-label');
      fieldset.querySelector('legend').after(note);
    }
    else if (!missing && note) {
      note.remove();
    }
  }
  function show(first) {
    first.scrollIntoView({ block: 'start', behavior: 'instant' });
    var input = first.querySelector('input');
    if (input) { input.focus({ preventScroll: true }); }
  }
  form.addEventListener('submit', function (event) {
    var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.xa-question'));
    var missing = questions.filter(function (q) { return !answered(q); });
    questions.forEach(function (q) { mark(q, missing.indexOf(q) >= 0); });
    var summary = document.getElementById('quiz-missing');
    var server = document.getElementById('quiz-problems');
    if (missing.length === 0) {
      summary.classList.add('d-none');
      return;
    }
    event.preventDefault();
    if (server) { server.classList.add('d-none'); }
    summary.textContent = summary.getAttribute('data-template').replace('{n}', missing.length);
    summary.classList.remove('d-none');
    show(missing[0]);
  });
  // An answer given clears its question's mark.
  form.addEventListener('change', function (event) {
    var q = event.target.closest('fieldset.xa-question');
    if (q && q.classList.contains('xa-question-missing') && answered(q)) { mark(q, false); }
  });
  var first = form.querySelector('fieldset.xa-question-missing');
  if (first) {
    form.querySelectorAll('fieldset.xa-question-missing').forEach(function (q) { mark(q, true); });
    show(first);
  }
})();
