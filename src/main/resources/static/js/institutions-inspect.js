// The institution inspection form offline (ADR 0048): the page is kept by the shared service
// worker, the signed form goes to the phone's queue (offline-queue.js, one queue for every
// institution, so any inspection page sends what another one kept, photos shrunk first), the
// page lists what is waiting, and once this institution's inspection is accepted it opens the
// institution's page.
(function () {
  var page = document.getElementById('inspect-page');
  var form = document.getElementById('inspection-form');
  if (!page || !form || !window.XiaoanOffline) { return; }
  window.XiaoanOffline.register(page.dataset.sw, page.dataset.scope, page.dataset.cache, page.dataset.cacheUrls);
  var list = document.getElementById('queue-list');
  var items = document.getElementById('queue-items');
  window.XiaoanOffline.attach(form, {
    endpoint: form.dataset.endpoint,
    queue: 'institution-inspections',
    label: form.dataset.label,
    badge: document.getElementById('queue-state'),
    onList: window.XiaoanOffline.waitingList(form, list, items),
    afterSave: function () { form.hidden = true; window.scrollTo(0, 0); },
    onSent: function (saved) {
      if (form.dataset.endpoint.indexOf('/' + saved.institutionId + '/') > 0) { window.location.replace(form.dataset.done); }
    }
  });
})();
