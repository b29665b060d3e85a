// The analysis charts (ECharts): each .xa-chart reads {labels, series} from data-chart,
// the same numbers as the table under it; data-kind says bar or line.
(function () {
  var COLORS = ['#0d6efd', '#adb5bd', '#fd7e14'];
  function draw(el) {
    if (!window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var kind = el.getAttribute('data-kind');
    var dark = document.body.classList.contains('xa-wall');
    var narrow = el.clientWidth < 500;
    var chart = window.echarts.init(el, dark ? 'dark' : null, { renderer: 'svg' });
    var horizontal = kind === 'hbar';
    var names = { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: horizontal || !narrow ? 0 : 45, fontSize: dark ? 16 : 11 } };
    var values = { type: 'value', minInterval: 1, axisLabel: { fontSize: dark ? 16 : 11 } };
    chart.setOption({
      backgroundColor: 'transparent',
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { fontSize: dark ? 18 : 12 } },
      grid: { left: horizontal ? 110 : 44, right: 16, top: 36, bottom: narrow && !horizontal ? 80 : 30 },
      xAxis: horizontal ? values : names,
      yAxis: horizontal ? Object.assign(names, { inverse: true }) : values,
      series: data.series.map(function (s, i) {
        return { name: s.name, type: kind === 'line' ? 'line' : 'bar', data: s.data, itemStyle: { color: COLORS[i % 3] },
          lineStyle: { width: i === 0 ? 3 : 2, type: i === 2 ? 'dashed' : 'solid' } };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.querySelectorAll('.xa-chart').forEach(draw);
})();
