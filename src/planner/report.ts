import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { round } from '../core/simulate/summary.js';
import type { PlannedRun } from './plan.js';
import type { PlannerInputsNote } from './outputs.js';
import { compare } from './outputs.js';
import { REPORT_TEXT } from './report-text.js';
import type { ReportLang } from './report-text.js';

/** Wait buckets of the report's histogram: upper ends, seconds. */
const WAIT_EDGES = [0, 60, 300, 1800, 7200, 21_600, Number.POSITIVE_INFINITY];

/** The data the report's page draws, in one JSON block. */
interface ReportData {
  lang: ReportLang;
  text: (typeof REPORT_TEXT)[ReportLang];
  inputs: PlannerInputsNote;
  hubs: { id: string; name: string; side: string }[];
  runs: {
    name: string;
    description?: string;
    costYuan: number;
    parts: Record<string, number>;
    co2Tonnes: number;
    greenShare: number | null;
    batchWestShare: number | null;
    unplacedUnitHours: number;
    waitP95: number;
    jobsLost: number;
    jobsPlacedAgain: number;
    latencyViolations: number;
    /** Hour -> hub -> mean PFLOPS in use. */
    pflops: number[][];
    flows: { from: string; to: string; unitHours: number }[];
    waits: number[];
    provinces: { name: string; costYuan: number; greenShare: number | null; costChangeShare: number | null; greenShareChange: number | null }[];
    demandFactor: number | null;
    /** The hubs and classes nearest their capacity, and each class's trend. */
    tightest: { hub: string; class: string; peakShare: number; hoursAbove95: number }[];
    trends: { class: string; note: string; fullOnDay: number | null; growing: boolean }[];
  }[];
  hours: number;
}

function reportData(inputs: PlannerInputsNote, runs: readonly PlannedRun[], lang: ReportLang): ReportData {
  const scenario = runs[0]!.versions[0]!.network.scenario;
  const hubs = scenario.hubs.map((h) => ({ id: h.id, name: lang === 'zh-CN' && h.nameZh ? h.nameZh : h.name, side: h.side }));
  const hours = Math.max(1, ...runs.map((r) => Math.ceil((r.sim.series.length * r.sim.series.stepS) / 3600)));
  const base = runs[0]!.summary;
  return {
    lang, text: REPORT_TEXT[lang], inputs, hubs, hours,
    runs: runs.map((r) => {
      const s = r.summary;
      const series = r.sim.series;
      const perHour = Math.max(1, Math.round(3600 / series.stepS));
      // The series' hubs are the scenario's, in its order.
      const pflops = Array.from({ length: hours }, (_, h) => hubs.map((_hub, k) => {
        let sum = 0;
        for (let i = h * perHour; i < Math.min(series.length, (h + 1) * perHour); i++) sum += series.row(k, i).pflops;
        return round(sum / perHour, 4);
      }));
      const waits = WAIT_EDGES.map(() => 0);
      for (const w of r.sim.waits()) waits[WAIT_EDGES.findIndex((e) => w <= e)]! += 1;
      const cmp = compare(base, s);
      return {
        name: s.name, ...(r.plan.description !== undefined && { description: r.plan.description }),
        costYuan: s.cost.total / 10_000,
        parts: Object.fromEntries(Object.entries(s.cost).filter(([k]) => k !== 'total').map(([k, v]) => [k, v / 10_000])),
        co2Tonnes: s.co2Tonnes, greenShare: s.greenShareOfEnergy, batchWestShare: s.batchWestShare,
        unplacedUnitHours: s.unplacedUnitHours, waitP95: s.waitS.p95, jobsLost: s.jobsLost, jobsPlacedAgain: s.jobsPlacedAgain,
        latencyViolations: s.latencyViolations, pflops, flows: s.flows, waits,
        demandFactor: r.plan.demandFactor ?? null,
        tightest: s.capacity.hubs.slice(0, 4).map((h) => ({ hub: h.hub, class: h.class, peakShare: h.peakShare, hoursAbove95: h.hoursAbove95 })),
        trends: s.capacity.trends.map((x) => ({ class: x.class, note: x.note, fullOnDay: x.fullOnDay, growing: x.growing })),
        provinces: Object.entries(s.byProvince).map(([name, f]) => ({
          name, costYuan: f.cost / 10_000, greenShare: f.greenShareOfEnergy,
          costChangeShare: base.byProvince[name] && base.byProvince[name].cost !== 0 ? round((f.cost - base.byProvince[name].cost) / base.byProvince[name].cost, 4) : null,
          greenShareChange: cmp.byProvince[name]?.greenShareChange ?? null,
        })),
      };
    }),
  };
}

/** ECharts, read once from the package, to inline: the report must open with no network. */
let echartsSource: string | undefined;
function echarts(): string {
  echartsSource ??= readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'), 'utf8');
  return echartsSource;
}

/** JSON that is safe inside a script element. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/**
 * report.html: one self-contained page (ECharts inlined, no request leaves
 * it) with use per hub over time for each run, cost and CO2 per run beside
 * the base, the east-to-west flow and the distribution of waits, in
 * Chinese or English.
 */
export function reportHtml(inputs: PlannerInputsNote, runs: readonly PlannedRun[], lang: ReportLang): string {
  const data = reportData(inputs, runs, lang);
  const t = data.text;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}: ${esc(runs.map((r) => r.plan.name).join(', '))}</title>
<style>
body { font-family: -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", sans-serif; margin: 0; color: #1f2933; background: #f5f7fa; }
header { background: #102a43; color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 6px; font-size: 24px; }
header p { margin: 0; color: #bcccdc; font-size: 14px; }
main { padding: 16px 32px 40px; max-width: 1280px; }
section { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.08); margin: 16px 0; padding: 16px 20px; }
h2 { font-size: 17px; margin: 0 0 4px; }
.note { color: #52606d; font-size: 13px; margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: right; padding: 6px 8px; border-bottom: 1px solid #e4e7eb; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
th { color: #486581; font-weight: 600; }
.up { color: #c62828; } .down { color: #2e7d32; }
.chart { height: 340px; }
#capacity th, #capacity td { text-align: left; white-space: normal; vertical-align: top; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 12px; }
</style>
</head>
<body>
<header><h1>${esc(t.title)}</h1><p>${esc(t.subtitle)}</p></header>
<main>
<section><h2>${esc(t.runsHeading)}</h2><p class="note" id="inputs"></p><table id="kpis"></table></section>
<section><h2>${esc(t.costHeading)}</h2><p class="note">${esc(t.costNote)}</p><div class="grid"><div id="cost" class="chart"></div><div id="co2" class="chart"></div></div></section>
<section><h2>${esc(t.useHeading)}</h2><p class="note">${esc(t.useNote)}</p><div id="use" class="grid"></div></section>
<section><h2>${esc(t.flowHeading)}</h2><p class="note">${esc(t.flowNote)}</p><div id="flow" class="grid"></div></section>
<section><h2>${esc(t.waitHeading)}</h2><p class="note">${esc(t.waitNote)}</p><div id="waits" class="chart"></div></section>
<section><h2>${esc(t.capacityHeading)}</h2><p class="note">${esc(t.capacityNote)}</p><table id="capacity"></table></section>
<section><h2>${esc(t.provinceHeading)}</h2><p class="note">${esc(t.provinceNote)}</p><table id="provinces"></table></section>
</main>
<script>${echarts()}</script>
<script type="application/json" id="data">${scriptJson(data)}</script>
<script>
${PAGE_SCRIPT}
</script>
</body>
</html>
`;
}

/** The page's own script: tables and charts from the data block. */
const PAGE_SCRIPT = String.raw`
(function () {
  var d = JSON.parse(document.getElementById('data').textContent);
  var t = d.text;
  var fmt = new Intl.NumberFormat(d.lang, { maximumFractionDigits: 0 });
  var fmt1 = new Intl.NumberFormat(d.lang, { maximumFractionDigits: 1 });
  var pct = function (x) { return x === null ? '-' : (x * 100).toFixed(1) + '%'; };
  var signed = function (x) { return x === null ? '' : (x > 0 ? '+' : '') + (x * 100).toFixed(1) + '%'; };
  var cls = function (x) { return x === null || x === 0 ? '' : x > 0 ? 'up' : 'down'; };
  var hubName = {}; d.hubs.forEach(function (h) { hubName[h.id] = h.name; });
  var base = d.runs[0];
  document.getElementById('inputs').textContent = t.inputs + ': ' + d.inputs.scenario + ' · ' + d.inputs.jobs + ' · ' + t.policy + ' ' + d.inputs.policy + ' · ' + t.seed + ' ' + d.inputs.seed;
  var rows = ['<tr><th>' + t.run + '</th><th>' + t.cost + '</th><th>' + t.vsBase + '</th><th>' + t.co2 + '</th><th>' + t.green + '</th><th>' + t.west + '</th><th>' + t.unplaced + '</th><th>' + t.waitP95 + '</th><th>' + t.lost + '</th></tr>'];
  d.runs.forEach(function (r) {
    var change = base.costYuan ? (r.costYuan - base.costYuan) / base.costYuan : null;
    rows.push('<tr><td title="' + (r.description || '').replace(/"/g, '&quot;') + '">' + r.name + '</td><td>' + fmt.format(r.costYuan) + '</td><td class="' + cls(r === base ? null : change) + '">' + (r === base ? '' : signed(change)) + '</td><td>' + fmt1.format(r.co2Tonnes) + '</td><td>' + pct(r.greenShare) + '</td><td>' + pct(r.batchWestShare) + '</td><td>' + fmt.format(r.unplacedUnitHours) + '</td><td>' + fmt.format(r.waitP95) + '</td><td>' + r.jobsLost + ' / ' + r.jobsPlacedAgain + '</td></tr>');
  });
  document.getElementById('kpis').innerHTML = rows.join('');
  var names = d.runs.map(function (r) { return r.name; });
  var colors = ['#486581', '#e67e22', '#2e7d32', '#8e44ad', '#c0392b', '#16a085'];
  var partNames = Object.keys(base.parts);
  echarts.init(document.getElementById('cost')).setOption({
    animation: false, color: ['#334e68', '#829ab1', '#27ae60', '#c0392b', '#f39c12'],
    title: { text: t.costChart, textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' }, legend: { bottom: 0, data: partNames.map(function (p) { return t.parts[p] || p; }) },
    grid: { left: 70, right: 20, top: 40, bottom: 50 }, xAxis: { type: 'category', data: names }, yAxis: { type: 'value', name: t.yuan },
    series: partNames.map(function (p) { return { name: t.parts[p] || p, type: 'bar', stack: 'cost', data: d.runs.map(function (r) { return Math.round(r.parts[p]); }) }; })
  });
  echarts.init(document.getElementById('co2')).setOption({
    animation: false, title: { text: t.co2Chart, textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' },
    grid: { left: 70, right: 50, top: 40, bottom: 30 }, xAxis: { type: 'category', data: names },
    yAxis: [{ type: 'value', name: t.tonnes }, { type: 'value', name: t.green, min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: t.co2, type: 'bar', data: d.runs.map(function (r, i) { return { value: Math.round(r.co2Tonnes * 10) / 10, itemStyle: { color: colors[i % colors.length] } }; }) },
      { name: t.green, type: 'line', yAxisIndex: 1, symbolSize: 9, data: d.runs.map(function (r) { return r.greenShare === null ? null : Math.round(r.greenShare * 1000) / 10; }), itemStyle: { color: '#27ae60' } }
    ]
  });
  var hours = []; for (var h = 0; h < d.hours; h++) hours.push(h);
  // Every chart's box is in the grid before any is drawn, so that each is drawn at its final width.
  var boxes = function (parent) {
    return d.runs.map(function () { var el = document.createElement('div'); el.className = 'chart'; document.getElementById(parent).appendChild(el); return el; });
  };
  var useBoxes = boxes('use'), flowBoxes = boxes('flow');
  d.runs.forEach(function (r, i) {
    echarts.init(useBoxes[i]).setOption({
      animation: false, title: { text: r.name, textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' }, legend: { type: 'scroll', bottom: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: hours, name: t.hour, axisLabel: { interval: Math.max(1, Math.ceil(d.hours / 24 / 7)) * 24 - 1, formatter: function (v) { return t.day.replace('{n}', Math.floor(v / 24) + 1); } } },
      yAxis: { type: 'value', name: 'PFLOPS', min: 0 },
      series: d.hubs.map(function (hub, k) { return { name: hub.name, type: 'line', stack: 'use', areaStyle: {}, showSymbol: false, lineStyle: { width: 1 }, data: r.pflops.map(function (row) { return row[k]; }) }; })
    });
  });
  d.runs.forEach(function (r, i) {
    var nodes = {}, links = [];
    r.flows.forEach(function (f) {
      if (f.unitHours <= 0) return;
      var a = (hubName[f.from] || f.from) + ' ▸', b = '▸ ' + (hubName[f.to] || f.to);
      nodes[a] = true; nodes[b] = true; links.push({ source: a, target: b, value: Math.round(f.unitHours) });
    });
    echarts.init(flowBoxes[i]).setOption({
      animation: false, title: { text: r.name, textStyle: { fontSize: 14 } }, tooltip: { trigger: 'item' },
      series: [{ type: 'sankey', top: 40, bottom: 10, left: 10, right: 160, emphasis: { focus: 'adjacency' }, lineStyle: { color: 'gradient', curveness: 0.5 }, label: { fontSize: 12 },
        data: Object.keys(nodes).map(function (n) { return { name: n }; }), links: links }]
    });
  });
  echarts.init(document.getElementById('waits')).setOption({
    animation: false, color: colors, tooltip: { trigger: 'axis' }, legend: { bottom: 0 }, grid: { left: 70, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: t.waitBuckets }, yAxis: { type: 'log', name: t.jobs, min: 1 },
    series: d.runs.map(function (r) { return { name: r.name, type: 'bar', data: r.waits.map(function (n) { return n || null; }) }; })
  });
  var prov = ['<tr><th>' + t.province + '</th>' + d.runs.map(function (r) { return '<th>' + r.name + ' ' + t.cost + '</th><th>' + t.green + '</th>'; }).join('') + '</tr>'];
  base.provinces.forEach(function (p) {
    prov.push('<tr><td>' + p.name + '</td>' + d.runs.map(function (r) {
      var q = r.provinces.filter(function (x) { return x.name === p.name; })[0];
      if (!q) return '<td>-</td><td>-</td>';
      var c = r === base ? '' : ' <span class="' + cls(q.costChangeShare) + '">' + signed(q.costChangeShare) + '</span>';
      var g = r === base || q.greenShareChange === null ? '' : ' <span class="' + cls(-q.greenShareChange) + '">' + (q.greenShareChange > 0 ? '+' : '') + (q.greenShareChange * 100).toFixed(1) + ' pt</span>';
      return '<td>' + fmt.format(q.costYuan) + c + '</td><td>' + pct(q.greenShare) + g + '</td>';
    }).join('') + '</tr>');
  });
  document.getElementById('provinces').innerHTML = prov.join('');
  var cap = ['<tr><th>' + t.run + '</th><th>' + t.demand + '</th><th>' + t.tightest + '</th><th>' + t.trend + '</th></tr>'];
  d.runs.forEach(function (r) {
    var tight = r.tightest.map(function (h) { return (hubName[h.hub] || h.hub) + ' ' + (t.classes[h.class] || h.class) + ' ' + pct(h.peakShare) + (h.hoursAbove95 > 0 ? ' (' + fmt1.format(h.hoursAbove95) + ' h ≥ 95%)' : ''); }).join('<br>');
    var trend = r.trends.map(function (x) { return (t.classes[x.class] || x.class) + ': ' + (!x.growing ? t.noGrowth : x.fullOnDay === null ? t.noFill : t.fillsOn.replace('{n}', Math.floor(x.fullOnDay) + 1)); }).join('<br>');
    cap.push('<tr' + (r.demandFactor !== null ? ' style="background:#fff8e1"' : '') + '><td>' + r.name + '</td><td>' + (r.demandFactor === null ? '' : '×' + r.demandFactor) + '</td><td>' + tight + '</td><td>' + trend + '</td></tr>');
  });
  document.getElementById('capacity').innerHTML = cap.join('');
  window.addEventListener('resize', function () { document.querySelectorAll('.chart').forEach(function (el) { var c = echarts.getInstanceByDom(el); if (c) c.resize(); }); });
  document.body.setAttribute('data-ready', 'true');
})();
`;
