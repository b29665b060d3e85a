// The daily trend of a campaign's rates (ECharts), drawn from the JSON in data-trend;
// drawn again when htmx swaps in another unit's figures.
(function () {
  var chart = null;
  function draw() {
    var el = document.getElementById('trend-chart');
    if (!el || !window.echarts) { return; }
    if (chart && !chart.isDisposed()) { chart.dispose(); }
    var data = JSON.parse(el.getAttribute('data-trend'));
    var labels = JSON.parse(el.getAttribute('data-labels'));
    chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.map(function (p) { return p.day.substring(5); }) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: ['participation', 'completion', 'exam', 'parent'].map(function (key) {
        return { name: labels[key], type: 'line', smooth: true, data: data.map(function (p) { return p[key]; }) };
      })
    });
  }
  draw();
  // A swapped-in #trend-chart is a new, empty element.
  document.addEventListener('htmx:afterSettle', function () {
    var el = document.getElementById('trend-chart');
    if (el && window.echarts && !window.echarts.getInstanceByDom(el)) { draw(); }
  });
  window.addEventListener('resize', function () { if (chart && !chart.isDisposed()) { chart.resize(); } });
})();
