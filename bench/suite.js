#!/usr/bin/env node
// The placement suite: 36 seeded cases (bench/suite/cases.js) of networks and job
// streams that vary in shape, contention, job mix and arrivals. Cases 1-12 and 25-36
// are for development, 13-24 are held out (report only; never tune on them). Each
// case runs the engine (default and variants) and the baselines online, checks
// every schedule with the independent verifier, and compares with a lower bound.
// Each case runs in a process of its own, so that a solver that runs out of
// memory on one case costs that case's bound only.
//   node bench/suite.js [--cases 1-36] [--bound-seconds 30] [--variants default,previous] [--no-bound] [--bounds-from FILE]
// --no-bound skips the LP bound (seconds per case instead of minutes: the loop to develop on cases 1-12 with).
// --bounds-from FILE (with --no-bound) takes each case's bound from the table of an earlier run's output: a
// bound depends on the case only, not on the policies.
// Run after `npm run build`. Figures go into bench/RESULTS.md by hand.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { buildScenario } from '../dist/core/network/scenario.js';
import { Network } from '../dist/core/network/network.js';
import { SeededRng } from '../dist/core/rng.js';
import { scheduleOnline, summarizeSchedule } from '../dist/core/placement/schedule.js';
import { PlacementContext } from '../dist/core/placement/context.js';
import { placementColumns } from '../dist/optimize/columns.js';
import { placementBound } from '../dist/optimize/bound.js';
import { formatPlacement, parsePlacements } from '../dist/formats/placements.js';
import { verifySchedule } from '../dist/verify/verifier.js';
import { makeCase } from './suite/cases.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const BOUND_SECONDS = Number(arg('bound-seconds', '30'));
// The engine as it ships (default: fragmentation pricing, keep-whole off), the same with keep-whole blocks of 8
// (keep-whole), the default before fragmentation pricing (previous: keep-whole only), the scarcity pricing that was the
// default until the suite's first run (scarcity2, with keep-whole), and the engine with no rule beyond cost
// (plain: the cheapest greedy, as a check).
const VARIANTS = {
  default: { policy: 'engine' },
  'keep-whole': { policy: 'engine', keepWhole: 8, fragmentation: true },
  previous: { policy: 'engine', keepWhole: 8, fragmentation: false },
  scarcity2: { policy: 'engine', keepWhole: 8, fragmentation: false, scarcity: 2 },
  plain: { policy: 'engine', keepWhole: 0, fragmentation: false },
};
const variants = arg('variants', 'default,keep-whole,previous,scarcity2,plain').split(',');
const BASELINES = ['cheapest', 'nearest', 'spread'];
/** Above this many job-pool columns the HiGHS methods can run out of WebAssembly memory: the Lagrangian bound is used. */
const HIGHS_COLUMNS = 4_000_000;

if (arg('one') !== undefined) {
  // One case, in this process: its schedules as one JSON line, then its bound as another.
  const c = makeCase(Number(arg('one')));
  const network = new Network(buildScenario(c.scenario).scenario);
  const run = (name, opts) => {
    const decisions = scheduleOnline(network, c.jobs, { ...opts, rng: new SeededRng(1) });
    const s = summarizeSchedule(network, name, decisions);
    const { records } = parsePlacements(decisions.map(formatPlacement).join('\n'), 'suite');
    const v = verifySchedule(network.scenario, c.jobs, records);
    return { name, total: s.cost.total, unplacedUh: s.unplacedUnitHours, green: s.greenShareOfEnergy, west: s.batchWestShare, violations: v.violations.length };
  };
  const base = BASELINES.map((b) => run(b, { policy: b }));
  const eng = variants.map((v) => run(v, VARIANTS[v]));
  console.log(JSON.stringify({ knobs: c.knobs, base, eng }));
  if (process.argv.includes('--no-bound')) process.exit(0);
  const columns = placementColumns(new PlacementContext(network), c.jobs).colJob.length;
  const method = columns > HIGHS_COLUMNS ? 'lagrangian' : 'auto';
  const b = await placementBound(network, c.jobs, { method, timeLimitS: BOUND_SECONDS });
  console.log(JSON.stringify({ bound: { value: b.bound, method: b.method, exact: b.exact, columns } }));
  process.exit(0);
}

const yuan = (m) => (m / 10_000).toLocaleString('en-US', { maximumFractionDigits: 0 });
const pct = (x) => (x === null || x === undefined ? '-' : `${(x * 100).toFixed(0)}%`);
const [from, to] = arg('cases', '1-36').split('-').map(Number);
// Bounds of an earlier run, by case: "| 3 | development | ... | 3,582,147 (rows, early) | ..." (the ninth column).
const earlier = new Map();
if (arg('bounds-from') !== undefined) {
  const { readFileSync } = await import('node:fs');
  for (const line of readFileSync(arg('bounds-from'), 'utf8').split('\n')) {
    const cols = line.split('|').map((c) => c.trim());
    const m = /^([\d,]+) \(([^,)]+)(, early)?\)$/.exec(cols[9] ?? '');
    if (/^\d+$/.test(cols[1] ?? '') && m) earlier.set(Number(cols[1]), { value: Number(m[1].replaceAll(',', '')) * 10_000, method: `${m[2]}, from an earlier run`, exact: m[3] === undefined });
  }
}
console.log(`placement suite, cases ${from}-${to}; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}; bound time limit ${BOUND_SECONDS} s\n`);
const rows = [];
for (let i = from; i <= to; i++) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=3072', import.meta.filename, '--one', String(i), '--bound-seconds', String(BOUND_SECONDS), '--variants', variants.join(','), ...(process.argv.includes('--no-bound') ? ['--no-bound'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = child.stdout.trim().split('\n').filter((l) => l.startsWith('{'));
  if (lines.length === 0) {
    console.log(`case ${i}: failed (${child.status}): ${child.stderr.trim().split('\n').slice(-2).join(' ')}`);
    continue;
  }
  const r = JSON.parse(lines[0]);
  r.bound = lines[1] ? JSON.parse(lines[1]).bound : earlier.get(i) ?? { value: null, method: process.argv.includes('--no-bound') ? 'not computed' : 'the solver ran out of memory', exact: false };
  r.best = r.base.reduce((a, b) => (b.total < a.total ? b : a));
  rows.push(r);
  const k = r.knobs;
  console.log(`case ${i} (${k.split}): ${k.hubs} hubs, ${k.dataCenters} DCs, GPU pools ~${k.poolUnits} units, load ${k.load} (offered ${k.offered}), ${k.arrivals}, ${k.jobs} jobs, batch ${pct(k.batchShare)}, size x${k.sizeMul}`);
  console.log(`  bound ${r.bound.value === null ? '-' : yuan(r.bound.value)} yuan (${r.bound.method}${r.bound.exact ? ', exact LP' : ', below the LP optimum'})`);
  for (const x of [...r.eng, ...r.base]) {
    console.log(`  ${x.name.padEnd(10)} ${yuan(x.total).padStart(12)}  /bound ${r.bound.value ? (x.total / r.bound.value).toFixed(3) : '-'}  /best ${(x.total / r.best.total).toFixed(3)}  unplaced ${Math.round(x.unplacedUh)} uh  green ${pct(x.green)}  west ${pct(x.west)}  violations ${x.violations}`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log('\n| case | split | hubs | DCs | GPU pool units | offered load | arrivals | jobs | bound (method) | best baseline | ' + variants.map((v) => `${v} / bound | ${v} / best`).join(' | ') + ' | unplaced unit-h (default) | green (default) | batch west (default) | violations |');
console.log('|' + '---|'.repeat(10 + variants.length * 2 + 4));
for (const r of rows) {
  const k = r.knobs;
  const d = r.eng[0];
  const bnd = r.bound.value;
  console.log(`| ${k.id} | ${k.split} | ${k.hubs} | ${k.dataCenters} | ${k.poolUnits} | ${k.offered} | ${k.arrivals} | ${k.jobs} | ${bnd === null ? '-' : yuan(bnd)} (${r.bound.method}${r.bound.exact ? '' : ', early'}) | ${r.best.name} ${yuan(r.best.total)} | `
    + r.eng.map((e) => `${bnd ? (e.total / bnd).toFixed(3) : '-'} | ${(e.total / r.best.total).toFixed(3)}`).join(' | ')
    + ` | ${Math.round(d.unplacedUh).toLocaleString('en-US')} | ${pct(d.green)} | ${pct(d.west)} | ${[...r.eng, ...r.base].reduce((n, x) => n + x.violations, 0)} |`);
}
for (const split of ['development', 'held-out']) {
  const part = rows.filter((r) => r.knobs.split === split);
  if (part.length === 0) continue;
  console.log(`\n${split}: ` + variants.map((v, i) => {
    const ratios = part.map((r) => r.eng[i].total / r.best.total);
    return `${v}: median ${median(ratios).toFixed(3)}, worst ${Math.max(...ratios).toFixed(3)} x best baseline, worse than it in ${ratios.filter((x) => x > 1.0005).length} of ${part.length}`;
  }).join('; '));
}
