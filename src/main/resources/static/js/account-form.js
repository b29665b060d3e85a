// The account form shows the region picker for bureau and partner roles, the school picker for
// school roles and the data kinds for partner departments only; without JavaScript all are shown.
(function () {
  var role = document.getElementById('role');
  if (!role) {
    return;
  }
  function update() {
    var option = role.options[role.selectedIndex];
    var scope = option ? option.getAttribute('data-scope') : '';
    var partner = option ? option.getAttribute('data-partner') === 'true' : false;
    document.querySelectorAll('[data-for-scope]').forEach(function (el) {
      el.hidden = el.getAttribute('data-for-scope') !== scope;
    });
    document.querySelectorAll('[data-for-partner]').forEach(function (el) {
      el.hidden = !partner;
    });
  }
  role.addEventListener('change', update);
  update();
})();
