#!/usr/bin/env node
// The placement suite: 24 seeded cases (bench/suite/cases.js) of networks and job
// streams that vary in shape, contention, job mix and arrivals. Cases 1-12 are
// for development, 13-24 are held out (report only; never tune on them). Each
// case runs the engine (default and variants) and the baselines online, checks
// every schedule with the independent verifier, and compares with a lower bound.
//   node bench/suite.js [--cases 1-24] [--bound-seconds 30] [--variants default,scarcity0]
// Run after `npm run build`. Figures go into bench/RESULTS.md by hand.
import { cpus } from 'node:os';
import { buildScenario } from '../dist/core/network/scenario.js';
import { Network } from '../dist/core/network/network.js';
import { SeededRng } from '../dist/core/rng.js';
import { scheduleOnline, summarizeSchedule } from '../dist/core/placement/schedule.js';
import { placementBound } from '../dist/optimize/bound.js';
import { formatPlacement, parsePlacements } from '../dist/formats/placements.js';
import { verifySchedule } from '../dist/verify/verifier.js';
import { makeCase } from './suite/cases.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const [from, to] = arg('cases', '1-24').split('-').map(Number);
const BOUND_SECONDS = Number(arg('bound-seconds', '30'));
const VARIANTS = {
  default: { policy: 'engine' },
  scarcity0: { policy: 'engine', scarcity: 0 },
  plain: { policy: 'engine', scarcity: 0, keepWhole: 0 },
};
const variants = arg('variants', 'default,scarcity0').split(',');
const BASELINES = ['cheapest', 'nearest', 'spread'];
const yuan = (m) => (m / 10_000).toLocaleString('en-US', { maximumFractionDigits: 0 });
const pct = (x) => (x === null ? '-' : `${(x * 100).toFixed(0)}%`);

console.log(`placement suite, cases ${from}-${to}; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}; bound time limit ${BOUND_SECONDS} s\n`);
const rows = [];
for (let i = from; i <= to; i++) {
  const c = makeCase(i);
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
  const best = base.reduce((a, b) => (b.total < a.total ? b : a));
  const bound = await placementBound(network, c.jobs, { method: 'auto', timeLimitS: BOUND_SECONDS });
  rows.push({ c, base, eng, best, bound });
  const k = c.knobs;
  console.log(`case ${i} (${k.split}): ${k.hubs} hubs, ${k.dataCenters} DCs, GPU pools ~${k.poolUnits} units, load ${k.load} (offered ${k.offered}), ${k.arrivals}, ${k.jobs} jobs, batch ${pct(k.batchShare)}, size x${k.sizeMul}`);
  console.log(`  bound ${yuan(bound.bound)} yuan (${bound.method}${bound.exact ? ', exact LP' : ', stopped early: below the LP optimum'})`);
  for (const r of [...eng, ...base]) {
    console.log(`  ${r.name.padEnd(10)} ${yuan(r.total).padStart(12)}  /bound ${(r.total / bound.bound).toFixed(3)}  /best ${(r.total / best.total).toFixed(3)}  unplaced ${Math.round(r.unplacedUh)} uh  green ${pct(r.green)}  west ${pct(r.west)}  violations ${r.violations}`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log('\n| case | split | hubs | DCs | GPU pool units | offered load | arrivals | jobs | bound (method) | best baseline | ' + variants.map((v) => `${v} / bound | ${v} / best`).join(' | ') + ' | unplaced unit-h (default) | green (default) | batch west (default) | violations |');
console.log('|' + '---|'.repeat(12 + variants.length * 2 + 3));
for (const r of rows) {
  const k = r.c.knobs;
  const d = r.eng[0];
  console.log(`| ${k.id} | ${k.split} | ${k.hubs} | ${k.dataCenters} | ${k.poolUnits} | ${k.offered} | ${k.arrivals} | ${k.jobs} | ${yuan(r.bound.bound)} (${r.bound.method}${r.bound.exact ? '' : ', early'}) | ${r.best.name} ${yuan(r.best.total)} | `
    + r.eng.map((e) => `${(e.total / r.bound.bound).toFixed(3)} | ${(e.total / r.best.total).toFixed(3)}`).join(' | ')
    + ` | ${Math.round(d.unplacedUh).toLocaleString('en-US')} | ${pct(d.green)} | ${pct(d.west)} | ${[...r.eng, ...r.base].reduce((n, x) => n + x.violations, 0)} |`);
}
for (const split of ['development', 'held-out']) {
  const part = rows.filter((r) => r.c.knobs.split === split);
  if (part.length === 0) continue;
  console.log(`\n${split}: ` + variants.map((v, i) => {
    const ratios = part.map((r) => r.eng[i].total / r.best.total);
    return `${v}: median ${median(ratios).toFixed(3)}, worst ${Math.max(...ratios).toFixed(3)} x best baseline, worse than it in ${ratios.filter((x) => x > 1.0005).length} of ${part.length}`;
  }).join('; '));
}
