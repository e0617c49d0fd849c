#!/usr/bin/env node
// Placement benchmarks. Sections: trace, hindsight, lookahead, synthetic (quality), speed, batch.
//   node bench/placement.js [trace] [hindsight] [lookahead] [synthetic] [speed] [batch]      (all by default)
// Run after `npm run build`; `npm run bench` does both. Figures go into
// bench/RESULTS.md by hand, with the date and the machine.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, totalmem } from 'node:os';
import jsYaml from 'js-yaml';
import { buildScenario } from '../dist/core/network/scenario.js';
import { Network } from '../dist/core/network/network.js';
import { scaleScenarioDocument } from '../dist/core/network/scale.js';
import { generateScenario } from '../dist/core/network/generate.js';
import { SeededRng } from '../dist/core/rng.js';
import { generateJobs } from '../dist/core/workload/generate.js';
import { convertAlibabaOpenb } from '../dist/trace/alibaba-openb.js';
import { ScheduleTally, inStartOrder, scheduleOnline, streamOnline, summarizeSchedule } from '../dist/core/placement/schedule.js';
import { PlacementContext } from '../dist/core/placement/context.js';
import { OnlinePlacer } from '../dist/core/placement/placer.js';
import { policyFor } from '../dist/core/placement/policy.js';
import { capacityPriceScorer } from '../dist/core/placement/scorers.js';
import { CapacityPrices } from '../dist/core/placement/capacity-prices.js';
import { buildPlacementLp, loadPrices } from '../dist/optimize/placement-lp.js';
import { solvePlacementLp } from '../dist/optimize/solve.js';
import { scheduleBatch } from '../dist/optimize/batch.js';
import { scheduleLookahead } from '../dist/optimize/lookahead.js';
import { placementBound } from '../dist/optimize/bound.js';
import { formatPlacement, parsePlacements } from '../dist/formats/placements.js';
import { verifySchedule } from '../dist/verify/verifier.js';

const sections = process.argv.slice(2);
const want = (s) => sections.length === 0 || sections.includes(s);
const POLICIES = ['engine', 'nearest', 'cheapest', 'spread', 'random'];
const BOUND_SECONDS = Number(process.env.BOUND_SECONDS ?? 120);
const yuan = (m) => (m / 10_000).toLocaleString('en-US', { maximumFractionDigits: 0 });
const pct = (x) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

const nationalDoc = jsYaml.load(readFileSync('data/scenarios/national.yaml', 'utf8'), { schema: jsYaml.CORE_SCHEMA });
const scaled = (share) => new Network(buildScenario(scaleScenarioDocument(nationalDoc, share)).scenario);

console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${new Date().toISOString().slice(0, 10)}\n`);

async function quality(label, network, jobs, method = 'auto', withBatch = true) {
  const bound = await placementBound(network, jobs, { method, timeLimitS: BOUND_SECONDS });
  console.log(`### ${label}\n`);
  console.log(`${jobs.length} jobs; lower bound ${yuan(bound.bound)} yuan (${bound.method}, ${bound.exact ? 'exact LP optimum' : 'stopped early: below the LP optimum'}, ${bound.iterations ?? 1} ${bound.method === 'lagrangian' ? 'iterations' : 'rounds'} in ${bound.solveSeconds.toFixed(0)} s; ${bound.checkpoints} load checkpoints${bound.rowsAdded === undefined ? '' : `, ${bound.rowsAdded} rows added`})\n`);
  console.log('| policy | total cost, yuan | cost / bound | CO2 t | green energy | batch in west | unplaced jobs | unplaced unit-h | violations | seconds |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const runs = POLICIES.map((policy) => ({ policy, run: async () => scheduleOnline(network, jobs, { policy, rng: new SeededRng(1) }) }));
  runs.push({ policy: 'engine, look-ahead every 30 min', run: async () => (await scheduleLookahead(network, jobs, { periodS: 1800, rng: new SeededRng(1) })).decisions });
  if (withBatch) runs.push({ policy: 'engine, batch 1 h windows', run: async () => (await scheduleBatch(network, jobs, { windowS: 3600, rng: new SeededRng(1) })).decisions });
  for (const { policy, run } of runs) {
    const t0 = performance.now();
    const decisions = await run();
    const seconds = (performance.now() - t0) / 1000;
    const s = summarizeSchedule(network, policy, decisions);
    const { records } = parsePlacements(decisions.map(formatPlacement).join('\n'), 'bench');
    const v = verifySchedule(network.scenario, jobs, records);
    console.log(`| ${policy} | ${yuan(s.cost.total)} | ${(s.cost.total / bound.bound).toFixed(3)} | ${s.co2Tonnes.toFixed(1)} | ${pct(s.greenShareOfEnergy)} | ${pct(s.batchWestShare)} | ${s.unplaced} | ${Math.round(s.unplacedUnitHours).toLocaleString('en-US')} | ${v.violations.length} | ${seconds.toFixed(1)} |`);
  }
  console.log('');
}

const national = new Network(buildScenario(nationalDoc).scenario);
if (want('trace')) {
  const trace = readFileSync('data/traces/alibaba-gpu-v2023/openb_pod_list_default.csv', 'utf8');
  const traceJobs = convertAlibabaOpenb(trace, 'openb', national, { seed: 1, compress: 100 }).jobs;
  await quality('Alibaba trace (8,152 tasks, submit times / 100), national network at 1% of its units: light', scaled(0.01), traceJobs, 'auto', false);
  await quality('Alibaba trace (8,152 tasks, submit times / 100), national network at 0.1% of its units: moderate', scaled(0.001), traceJobs);
  await quality('Alibaba trace (8,152 tasks, submit times / 100), national network at 0.05% of its units: contended', scaled(0.0005), traceJobs);
}
if (want('hindsight')) {
  // How much can prices do? The same greedy walk, priced by the exact LP's own capacity duals
  // (hindsight: the LP sees every job of the slice), on slices of the trace at 1% of units.
  const trace = readFileSync('data/traces/alibaba-gpu-v2023/openb_pod_list_default.csv', 'utf8');
  const ordered = inStartOrder(convertAlibabaOpenb(trace, 'openb', national, { seed: 1, compress: 100 }).jobs);
  const network = scaled(0.01);
  const ctx = new PlacementContext(network);
  console.log('### Greedy priced by the exact LP duals (hindsight), trace slices at 1% of units\n');
  console.log('| jobs | LP optimum, yuan | cheapest / LP | weight 0.5 | weight 1 | weight 1.1 | weight 2 |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [from, n] of [[0, 2000], [2000, 2500], [4500, 2500]]) {
    const jobs = ordered.slice(from, from + n);
    const lp = buildPlacementLp(ctx, jobs);
    const sol = await solvePlacementLp(lp);
    const source = { prices: new CapacityPrices(ctx.pools.length, loadPrices(lp, sol)) };
    const ratio = (decisions) => (summarizeSchedule(network, 'x', decisions).cost.total / sol.objective).toFixed(3);
    const priced = [0.5, 1, 1.1, 2].map((w) => {
      const base = policyFor('cheapest', () => true);
      const placer = new OnlinePlacer(ctx, { ...base, scorers: [...base.scorers, { scorer: capacityPriceScorer(source, w), weight: 1 }] }, new SeededRng(1));
      return ratio(jobs.map((j) => placer.place(j)));
    });
    console.log(`| ${from + 1}-${from + n} | ${yuan(sol.objective)} | ${ratio(scheduleOnline(network, jobs, { policy: 'cheapest', rng: new SeededRng(1) }))} | ${priced.join(' | ')} |`);
  }
  console.log('');
}
if (want('lookahead')) {
  // Look-ahead pricing's settings side by side on the trace, at the three loads, against the
  // plain engine and cheapest of the same run. Bounds: the trace section (slow), or RESULTS.md.
  const trace = readFileSync('data/traces/alibaba-gpu-v2023/openb_pod_list_default.csv', 'utf8');
  const jobs = convertAlibabaOpenb(trace, 'openb', national, { seed: 1, compress: 100 }).jobs;
  const settings = [
    ['defaults: last 30 min repeated over 2 h, 5 min grid', {}],
    ['last 30 min repeated over 1.5 h', { horizonS: 5400 }],
    ['last 30 min repeated over 3 h', { horizonS: 10_800 }],
    ['last 30 min repeated over 2 h, weight 1', { weight: 1 }],
    ['last 30 min repeated over 2 h, weight 1.5', { weight: 1.5 }],
    ['last 30 min repeated over 2 h, weight 2.5', { weight: 2.5 }],
    ['last 1 h repeated over 2 h', { historyS: 3600 }],
    ['last 2 h shifted 2 h once', { historyS: 7200, horizonS: 7200 }],
    ['last 30 min shifted 30 min once', { horizonS: 1800 }],
    ['last 30 min shifted 30 min once, exact times (the earlier default)', { horizonS: 1800, gridS: 0 }],
  ];
  // LOOKAHEAD_SHARES=0.01 runs one load only.
  const shares = process.env.LOOKAHEAD_SHARES ? process.env.LOOKAHEAD_SHARES.split(',').map(Number) : [0.01, 0.001, 0.0005];
  for (const share of shares) {
    const network = scaled(share);
    console.log(`### Look-ahead pricing every 30 min, trace at ${share * 100}% of units\n`);
    console.log('| run | total cost, yuan | / cheapest | unplaced jobs | unplaced unit-h | LP solves | LP seconds | violations |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    const summary = (decisions) => summarizeSchedule(network, 'x', decisions);
    const cheapest = summary(scheduleOnline(network, jobs, { policy: 'cheapest', rng: new SeededRng(1) }));
    const row = (label, decisions, stats) => {
      const s = summary(decisions);
      const { records } = parsePlacements(decisions.map(formatPlacement).join('\n'), 'bench');
      const v = verifySchedule(network.scenario, jobs, records);
      console.log(`| ${label} | ${yuan(s.cost.total)} | ${(s.cost.total / cheapest.cost.total).toFixed(3)} | ${s.unplaced} | ${Math.round(s.unplacedUnitHours).toLocaleString('en-US')} | ${stats?.solves ?? '-'} | ${stats ? stats.lpSeconds.toFixed(0) : '-'} | ${v.violations.length} |`);
    };
    console.log(`| cheapest | ${yuan(cheapest.cost.total)} | 1.000 | ${cheapest.unplaced} | ${Math.round(cheapest.unplacedUnitHours).toLocaleString('en-US')} | - | - | - |`);
    row('engine', scheduleOnline(network, jobs, { policy: 'engine', rng: new SeededRng(1) }));
    for (const [label, opts] of settings) {
      const { decisions, stats } = await scheduleLookahead(network, jobs, { periodS: 1800, rng: new SeededRng(1), ...opts });
      row(`look-ahead, ${label}`, decisions, stats);
    }
    console.log('');
  }
}
if (want('synthetic')) {
  // Batch mode is left out here: windows of about 2,300 jobs make each LP slow on two cores.
  // The synthetic jobs run a median hour (the trace's: nine minutes), so the same share of units is
  // far busier than for the trace: whole units are moderate (no job is turned away for capacity),
  // 1% is contended (short at peaks), 0.3% overloaded (short nearly all the time; its look-ahead run
  // takes about an hour). SYNTHETIC_SHARES=1,0.01 runs some loads only.
  const synthetic = generateJobs(national, { count: 81_520, ratePerS: 0.63 }, new SeededRng(7));
  const loads = [[1, 'moderate'], [0.01, 'contended'], [0.003, 'overloaded']];
  const only = process.env.SYNTHETIC_SHARES?.split(',').map(Number);
  for (const [share, label] of loads.filter(([x]) => !only || only.includes(x))) {
    await quality(`Synthetic, 10x the trace (81,520 jobs, 0.63/s), national network at ${share * 100}% of its units: ${label}`, share === 1 ? national : scaled(share), synthetic, 'lagrangian', false);
  }
}

// One timed run in a process of its own (`speed-run DCS kept|streamed [SCARCITY]`), so that each size's peak memory
// is its own and no run inherits another's heap. Prints one JSON line. `kept` returns every decision in
// an array (scheduleOnline); `streamed` hands each one to a running summary as it is made (streamOnline,
// what `suanli schedule` does while it writes each line).
if (sections[0] === 'speed-run') {
  const dcs = Number(sections[1]);
  const network = new Network(buildScenario(generateScenario({ dataCenters: dcs, origins: 100 }, new SeededRng(1))).scenario);
  const jobs = generateJobs(network, { count: 1_000_000, ratePerS: 50 }, new SeededRng(2));
  // 'previous', when given: the engine before fragmentation pricing (keep-whole blocks of 8 only).
  const opts = { policy: 'engine', rng: new SeededRng(1), ...(sections[3] === 'previous' && { fragmentation: false, keepWhole: 8 }) };
  const t0 = performance.now();
  let placed = 0;
  if (sections[2] === 'streamed') {
    const tally = new ScheduleTally(network, 'engine');
    streamOnline(network, jobs, opts, (d) => tally.add(d));
    placed = tally.summary().placed;
  } else {
    placed = scheduleOnline(network, jobs, opts).reduce((n, d) => n + (d.placed ? 1 : 0), 0);
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ dcs, pools: network.pools.length, jobs: jobs.length, placed, seconds, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

if (want('speed')) {
  const runs = Number(process.env.SPEED_RUNS ?? 3);
  console.log(`### Online placement speed (engine, one thread; ${runs} runs per size, each in a fresh process)\n`);
  console.log('| data centers | pools | jobs | decisions | placed | seconds | placements/s | peak RSS, MiB |');
  console.log('|---:|---:|---:|---|---:|---:|---:|---:|');
  for (const dcs of [1000, 10000]) {
    // Kept and streamed runs alternate, so that both meet the same spells of noise on a shared machine.
    for (let r = 0; r < runs; r++) {
      for (const how of ['kept', 'streamed']) {
        const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), 'speed-run', String(dcs), how], { encoding: 'utf8' });
        const x = JSON.parse(out.trim().split('\n').pop());
        console.log(`| ${x.dcs.toLocaleString('en-US')} | ${x.pools.toLocaleString('en-US')} | ${x.jobs.toLocaleString('en-US')} | ${how} | ${x.placed.toLocaleString('en-US')} | ${x.seconds.toFixed(1)} | ${Math.round(x.jobs / x.seconds).toLocaleString('en-US')} | ${x.peakRssMiB.toFixed(0)} |`);
      }
    }
  }
  console.log('');
}

// Today's default (fragmentation pricing and keep-whole) against the engine before it (keep-whole only), side by side:
// 10,000 data centers, 1,000,000 jobs, streamed, runs alternating. Not in the default sections.
if (sections.includes('speed-default')) {
  const runs = Number(process.env.SPEED_RUNS ?? 3);
  console.log(`### Online placement speed, today's default (fragmentation pricing and keep-whole) and the previous one (keep-whole only); ${runs} runs each, alternating\n`);
  console.log('| data centers | pools | jobs | engine | placed | seconds | placements/s | peak RSS, MiB |');
  console.log('|---:|---:|---:|---|---:|---:|---:|---:|');
  for (let r = 0; r < runs; r++) {
    for (const [label, variant] of [['default (fragmentation pricing)', 'default'], ['previous (keep-whole only)', 'previous']]) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), 'speed-run', '10000', 'streamed', variant], { encoding: 'utf8' });
      const x = JSON.parse(out.trim().split('\n').pop());
      console.log(`| ${x.dcs.toLocaleString('en-US')} | ${x.pools.toLocaleString('en-US')} | ${x.jobs.toLocaleString('en-US')} | ${label} | ${x.placed.toLocaleString('en-US')} | ${x.seconds.toFixed(1)} | ${Math.round(x.jobs / x.seconds).toLocaleString('en-US')} | ${x.peakRssMiB.toFixed(0)} |`);
    }
  }
  console.log('');
}

if (want('batch')) {
  console.log('### Batch mode: one window of 10,000 jobs\n');
  for (const [label, network] of [['national network, full capacity', national], ['national network at 1% of its units', scaled(0.01)]]) {
    const jobs = generateJobs(national, { count: 10_000, ratePerS: 10 }, new SeededRng(3));
    const t0 = performance.now();
    const { stats, decisions } = await scheduleBatch(network, jobs, { windowS: 1e9, rng: new SeededRng(1) });
    const seconds = (performance.now() - t0) / 1000;
    const s = summarizeSchedule(network, 'batch', decisions);
    console.log(`- ${label}: ${stats.windows} window of ${stats.largestWindow} jobs, LP built and solved in ${stats.lpSeconds.toFixed(1)} s, ${seconds.toFixed(1)} s in all; ${s.placed} placed, total ${yuan(s.cost.total)} yuan`);
  }
  console.log('');
}
