// The phone form of an inspection task: the sticky bar counts the items answered (and failed)
// as the inspector goes, and 全部合格 marks every item still without a result as passed,
// leaving the answered ones as they are. Without script the same button asks the server,
// which sends the form back filled in the same way.
// Offline (ADR 0043): the signed form goes to the phone's queue (offline-queue.js, one queue
// for every inspection task, so any task page sends what another one kept), the page shows
// what is waiting, and once this task's record is accepted the page reloads as signed.
(function () {
  var form = document.getElementById('inspection-form');
  var page = document.getElementById('inspection-page');
  if (page && window.XiaoanOffline && page.dataset.cacheUrls) {
    window.XiaoanOffline.register(page.dataset.sw, page.dataset.scope, page.dataset.cache, page.dataset.cacheUrls);
  }
  if (form && window.XiaoanOffline && form.dataset.endpoint) { offline(form); }
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
  form.addEventListener('change', function (event) {
    var t = event.target;
    if (t.type === 'radio') {
      var note = form.querySelector('[name="note-' + t.name.substring(7) + '"]');
      if (note) { note.required = t.value === 'FAIL'; }
    }
  });

  function offline(form) {
    var list = document.getElementById('queue-list');
    var items = document.getElementById('queue-items');
    var task = form.dataset.task;
    window.XiaoanOffline.attach(form, {
      endpoint: form.dataset.endpoint,
      queue: 'inspection-tasks',
      label: form.dataset.label,
      badge: document.getElementById('queue-state'),
      onList: window.XiaoanOffline.waitingList(form, list, items),
      afterSave: function () { form.hidden = true; window.scrollTo(0, 0); },
      onSent: function (saved) {
        if (String(saved.id) === task) { window.location.replace(window.location.pathname + '?submitted'); }
      }
    });
  }
})();
