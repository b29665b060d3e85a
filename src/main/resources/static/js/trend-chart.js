// The daily trend of a campaign's rates (ECharts), drawn from the JSON in data-trend.
(function () {
  var el = document.getElementById('trend-chart');
  if (!el || !window.echarts) { return; }
  var data = JSON.parse(el.getAttribute('data-trend'));
  var labels = JSON.parse(el.getAttribute('data-labels'));
  var chart = window.echarts.init(el, null, { renderer: 'svg' });
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
  window.addEventListener('resize', function () { chart.resize(); });
})();
