// The signature pad of "my duties": a finger, pen or mouse draws on the canvas (pointer
// events); the drawing is sent as a PNG file part of the form. An empty pad is refused here
// and again by the server.
(function () {
  var form = document.getElementById('sign-form');
  var canvas = document.getElementById('signature-pad');
  if (!form || !canvas) {
    return;
  }
  var ctx = canvas.getContext('2d');
  var drawing = false;
  var inked = 0;
  var last = null;

  function resize() {
    var ratio = Math.min(window.devicePixelRatio || 1, 2);
    canvas.width = Math.round(canvas.clientWidth * ratio);
    canvas.height = Math.round(canvas.clientHeight * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    inked = 0;
  }

  function point(e) {
    var r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  }

  canvas.addEventListener('pointerdown', function (e) {
    e.preventDefault();
    canvas.setPointerCapture(e.pointerId);
    drawing = true;
    last = point(e);
    ctx.beginPath();
    ctx.arc(last.x, last.y, 1, 0, Math.PI * 2);
    ctx.fillStyle = '#111';
    ctx.fill();
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!drawing) {
      return;
    }
    e.preventDefault();
    var p = point(e);
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    inked += Math.abs(p.x - last.x) + Math.abs(p.y - last.y);
    last = p;
    document.getElementById('sign-empty').hidden = true;
  });
  ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (type) {
    canvas.addEventListener(type, function () {
      drawing = false;
    });
  });

  document.getElementById('signature-clear').addEventListener('click', function () {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    inked = 0;
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (inked < 30) {
      document.getElementById('sign-empty').hidden = false;
      return;
    }
    canvas.toBlob(function (blob) {
      var transfer = new DataTransfer();
      transfer.items.add(new File([blob], 'signature.png', { type: 'image/png' }));
      document.getElementById('signature-file').files = transfer.files;
      document.getElementById('signature-submit').disabled = true;
      form.submit();
    }, 'image/png');
  });

  resize();
  window.addEventListener('resize', function () {
    if (inked === 0) {
      resize();
    }
  });
})();
