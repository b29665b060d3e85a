// The phone form of an inspection task: the sticky bar counts the items answered (and failed)
// as the inspector goes, and 全部合格 marks every item still without a result as passed,
// leaving the answered ones as they are. Without script the same button asks the server,
// which sends the form back filled in the same way.
(function () {
  var form = document.getElementById('inspection-form');
  if (!form) { return; }
  var items = form.querySelectorAll('.xa-item');
  var text = document.getElementById('progress-text');
  var failedText = document.getElementById('progress-failed');
  var bar = document.getElementById('progress-bar');
  function checked(item) { return item.querySelector('input[type=radio]:checked'); }
  function update() {
    var answered = 0, failed = 0;
    items.forEach(function (item) {
      var c = checked(item);
      if (c) { answered++; if (c.value === 'FAIL') { failed++; } }
    });
    text.textContent = text.getAttribute('data-template').replace('{0}', answered).replace('{1}', items.length);
    failedText.textContent = failed > 0 ? failedText.getAttribute('data-template').replace('{0}', failed) : '';
    bar.style.width = (items.length ? answered * 100 / items.length : 0) + '%';
    bar.parentElement.setAttribute('aria-valuenow', answered);
  }
  form.addEventListener('change', update);
  document.getElementById('all-pass').addEventListener('click', function (event) {
    event.preventDefault();
    items.forEach(function (item) {
      if (!checked(item)) {
        var pass = item.querySelector('input[type=radio][value=PASS]');
        if (pass) { pass.checked = true; }
      }
    });
    update();
  });
})();
