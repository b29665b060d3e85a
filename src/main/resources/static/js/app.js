// htmx requests carry the CSRF token of the page.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { event.detail.headers[header.content] = token.content; }
});
// Forms marked data-confirm ask before they are sent; a submit button's own data-confirm wins.
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var message = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) { event.preventDefault(); }
});
// The school picker (fragments/school-picker): Enter in its search box picks nothing and sends no
// form; Enter or the down arrow moves to the first school found (arrows then move between them).
document.addEventListener('keydown', function (event) {
  if (!event.target.classList || !event.target.classList.contains('xa-picker-q')) { return; }
  if (event.key !== 'Enter' && event.key !== 'ArrowDown') { return; }
  var list = document.getElementById(event.target.getAttribute('aria-controls'));
  var first = list && (list.querySelector('input:checked') || list.querySelector('input'));
  event.preventDefault();
  if (first) { first.focus(); }
});
