// The analysis charts (ECharts): each .xa-chart reads {labels, series} from data-chart,
// the same numbers as the table under it; data-kind says bar or line.
(function () {
  var COLORS = ['#0d6efd', '#adb5bd', '#fd7e14'];
  function draw(el) {
    if (!window.echarts) { return; }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var kind = el.getAttribute('data-kind');
    var dark = document.body.classList.contains('xa-wall');
    var font = dark ? 16 : 11;
    // labels are turned when they would not fit side by side (long category names, months)
    var longest = data.labels.reduce(function (m, l) { return Math.max(m, String(l).length); }, 0);
    var slot = (el.clientWidth - 60) / Math.max(1, data.labels.length);
    var turned = kind !== 'hbar' && longest * font * 0.9 > slot;
    var chart = window.echarts.init(el, dark ? 'dark' : null, { renderer: 'svg' });
    var horizontal = kind === 'hbar';
    var names = { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: turned ? 45 : 0, fontSize: font } };
    var values = { type: 'value', minInterval: 1, axisLabel: { fontSize: font } };
    chart.setOption({
      backgroundColor: 'transparent',
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: { fontSize: dark ? 18 : 12 } },
      grid: { left: horizontal ? 110 : 44, right: 16, top: 36, bottom: turned ? 8 : 30, containLabel: turned },
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
