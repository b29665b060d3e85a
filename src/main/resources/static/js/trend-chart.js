// The daily trend of a campaign's rates (ECharts), drawn from the JSON in data-trend;
// drawn again when htmx swaps in another unit's figures. Each rate has its own colour,
// dash pattern and marker, so two equal lines (完成率 and 家长参与率 often are) both stay
// visible: the solid one is drawn wider underneath, the dashed ones over it.
(function () {
  var chart = null;
  var STYLES = {
    participation: { color: '#0d6efd', type: 'solid', width: 3, symbol: 'circle', z: 2 },
    completion: { color: '#198754', type: 'solid', width: 5, symbol: 'rect', z: 1 },
    exam: { color: '#6f42c1', type: [8, 4], width: 2, symbol: 'triangle', z: 3 },
    parent: { color: '#fd7e14', type: [2, 4], width: 2.5, symbol: 'diamond', z: 4 }
  };
  function draw() {
    var el = document.getElementById('trend-chart');
    if (!el || !window.echarts) { return; }
    if (chart && !chart.isDisposed()) { chart.dispose(); }
    var data = JSON.parse(el.getAttribute('data-trend'));
    var labels = JSON.parse(el.getAttribute('data-labels'));
    var narrow = el.clientWidth < 500;
    chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return Number(v).toFixed(1) + '%'; } },
      legend: { top: 0, itemWidth: 28, itemGap: narrow ? 8 : 16, textStyle: { fontSize: narrow ? 11 : 12 } },
      grid: { left: 44, right: 16, top: narrow ? 56 : 40, bottom: 30 },
      xAxis: { type: 'category', data: data.map(function (p) { return p.day.substring(5); }) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: ['participation', 'completion', 'exam', 'parent'].filter(function (key) {
        return labels[key] !== undefined;
      }).map(function (key) {
        var s = STYLES[key];
        return {
          name: labels[key], type: 'line', z: s.z, symbol: s.symbol, symbolSize: 7, showSymbol: data.length <= 31,
          itemStyle: { color: s.color },
          lineStyle: { color: s.color, type: s.type, width: s.width },
          data: data.map(function (p) { return p[key]; })
        };
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
