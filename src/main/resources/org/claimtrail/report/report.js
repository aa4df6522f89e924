/*
 * claimtrail: draws each estimate series of a story page with ECharts, from the JSON beside its
 * chart element (written by ChartData). Every text from the data goes through esc() before it
 * reaches the tooltip's HTML. When all charts have rendered, body gets data-charts-rendered, so a
 * headless browser (and a test) can tell. The page's URL ending in #tip shows the first chart's
 * first tooltip, for a screenshot of what hovering shows.
 */
(function () {
  'use strict';

  var DAY = 86400000;
  var ARROW = 34; // pixels an open bound's arrow reaches beyond its known bound

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function time(day) {
    return Date.parse(day + 'T00:00:00Z');
  }

  function fmt(v) {
    return v == null ? '' : Number(v).toLocaleString('en-US');
  }

  /** The convergence band: one rectangle per day, from the lowest low to the highest high. */
  function renderBand(params, api) {
    var a = api.coord([api.value(0), api.value(2)]);
    var b = api.coord([api.value(3), api.value(1)]);
    return {
      type: 'rect',
      shape: { x: a[0], y: a[1], width: Math.max(b[0] - a[0], 1), height: Math.max(b[1] - a[1], 1) },
      style: { fill: 'rgba(110, 120, 135, 0.16)' }
    };
  }

  /**
   * One estimate: a range as a vertical bar with caps, an open bound as an arrow from the known
   * bound, an asserted estimate as a filled circle, a projection as a hollow diamond on dashed lines.
   * value: [time, low, high, y, open (1 up, -1 down, 0), projected (0/1), point index, offset px]
   */
  function renderPoint(params, api) {
    var colour = api.visual('color');
    var dx = api.value(7);
    var projected = api.value(5) === 1;
    var open = api.value(4);
    var lineStyle = { stroke: colour, lineWidth: 2, lineDash: projected ? [4, 3] : null };
    var mid = api.coord([api.value(0), api.value(3)]);
    var x = mid[0] + dx;
    var children = [];
    if (open === 0 && api.value(2) > api.value(1)) {
      var lo = api.coord([api.value(0), api.value(1)])[1];
      var hi = api.coord([api.value(0), api.value(2)])[1];
      children.push({ type: 'line', shape: { x1: x, y1: lo, x2: x, y2: hi }, style: lineStyle });
      children.push({ type: 'line', shape: { x1: x - 5, y1: lo, x2: x + 5, y2: lo }, style: lineStyle });
      children.push({ type: 'line', shape: { x1: x - 5, y1: hi, x2: x + 5, y2: hi }, style: lineStyle });
    } else if (open !== 0) {
      var end = mid[1] - open * ARROW;
      children.push({ type: 'line', shape: { x1: x, y1: mid[1], x2: x, y2: end }, style: lineStyle });
      children.push({
        type: 'polygon',
        shape: { points: [[x - 5, end + open * 7], [x + 5, end + open * 7], [x, end - open * 2]] },
        style: { fill: colour }
      });
    }
    if (projected) {
      children.push({
        type: 'polygon',
        shape: { points: [[x, mid[1] - 7], [x + 7, mid[1]], [x, mid[1] + 7], [x - 7, mid[1]]] },
        style: { fill: '#fff', stroke: colour, lineWidth: 2 }
      });
    } else {
      children.push({ type: 'circle', shape: { cx: x, cy: mid[1], r: 5 }, style: { fill: colour, stroke: '#fff', lineWidth: 1 } });
    }
    return { type: 'group', children: children };
  }

  function tooltip(data) {
    return function (params) {
      if (params.seriesId === 'band') {
        var b = data.band[params.dataIndex];
        return 'Convergence on ' + esc(b.day) + ': ' + esc(fmt(b.low)) + ' to ' + esc(fmt(b.high)) + ', '
          + esc(b.n) + (b.n === 1 ? ' source' : ' sources');
      }
      var p = data.points[params.value[6]];
      var stated = p.stated ? 'stated ' + esc(p.stated) : 'day not stated; first published ' + esc(p.published);
      return '<div class="tip"><b>' + esc(p.text) + '</b>' + (p.projected ? ' <i>(projection)</i>' : '')
        + '<br>' + esc(p.source) + ', ' + stated
        + '<br>carried by ' + esc(p.outlets.join(', '))
        + (p.sentence ? '<div style="max-width:460px;white-space:normal;margin-top:4px;color:#444">' + esc(p.sentence) + '</div>' : '')
        + '</div>';
    };
  }

  function option(data) {
    var series = [{
      id: 'band', name: 'convergence band', type: 'custom', renderItem: renderBand, z: 1,
      itemStyle: { color: 'rgba(110, 120, 135, 0.35)' },
      encode: { x: [0, 3], y: [1, 2] },
      data: data.band.map(function (b) { return [time(b.day), b.low, b.high, time(b.day) + DAY]; })
    }];
    var n = data.sources.length;
    data.sources.forEach(function (s, i) {
      var points = [];
      data.points.forEach(function (p, k) {
        if (p.s !== i) { return; }
        var low = p.low == null ? p.y : p.low;
        var high = p.high == null ? p.y : p.high;
        var open = p.open === 'up' ? 1 : p.open === 'down' ? -1 : 0;
        // sources side by side on a shared day, a few pixels apart
        points.push([time(p.day), low, high, p.y, open, p.projected ? 1 : 0, k, (i - (n - 1) / 2) * 7]);
      });
      series.push({
        id: 's' + i, name: s.name, type: 'custom', renderItem: renderPoint, z: 3,
        itemStyle: { color: s.color }, encode: { x: 0, y: [1, 2, 3] }, data: points
      });
    });
    // days with some room either side, so a single day's estimates are not drawn on the axis' edge
    var days = data.points.map(function (p) { return time(p.day); })
      .concat(data.band.map(function (b) { return time(b.day) + DAY; }));
    var first = Math.min.apply(null, days), last = Math.max.apply(null, days);
    var pad = Math.max(DAY, (last - first) * 0.06);
    return {
      animation: false,
      color: data.sources.map(function (s) { return s.color; }),
      grid: { left: 70, right: 30, top: 50, bottom: 70 },
      legend: { type: 'scroll', bottom: 0, data: data.sources.map(function (s) { return s.name; }).concat(['convergence band']) },
      tooltip: { trigger: 'item', confine: true, formatter: tooltip(data) },
      xAxis: { type: 'time', min: first - pad, max: last + pad, minInterval: DAY, axisLabel: { hideOverlap: true } },
      // room above the highest estimate for the arrows of open bounds
      yAxis: data.log
        ? { type: 'log', logBase: 10, name: 'estimate (log scale)', boundaryGap: ['10%', '25%'], axisLabel: { formatter: fmt } }
        : { type: 'value', name: 'estimate', min: 0, boundaryGap: ['0%', '25%'], axisLabel: { formatter: fmt } },
      series: series
    };
  }

  var elements = Array.prototype.slice.call(document.querySelectorAll('div.chart'));
  var charts = [];
  var rendered = 0;
  elements.forEach(function (el) {
    var data = JSON.parse(document.getElementById(el.id + '-data').textContent);
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.on('finished', function () {
      if (el.getAttribute('data-rendered') !== 'true') {
        el.setAttribute('data-rendered', 'true');
        rendered++;
        if (rendered === elements.length) {
          document.body.setAttribute('data-charts-rendered', String(rendered));
        }
      }
    });
    chart.setOption(option(data));
    charts.push(chart);
  });
  if (elements.length === 0) {
    document.body.setAttribute('data-charts-rendered', '0');
  }
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
  if (location.hash === '#tip' && charts.length > 0) {
    charts[0].dispatchAction({ type: 'showTip', seriesIndex: 1, dataIndex: 0 });
  }
})();
