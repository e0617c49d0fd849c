#!/usr/bin/env node
// The planner's speed: `suanli simulate` as users run it, on the reference network with a
// week of 1,000,000 synthetic jobs, three runs side by side (the base, a six-hour outage of
// the busiest data center (Qingyang F, whose T4 cards are the cheapest) at noon on day 3, and eastern tariffs up 20% from day 2),
// with wall time, peak memory (maxRSS) and events per second. Then how one run's time grows
// with jobs (reference network) and with data centers (generated networks, 100,000 jobs).
//   node bench/planner.js [--jobs 1000000] [--skip-scaling]
// Figures go into bench/RESULTS.md by hand, with the date and the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Network } from '../dist/core/network/network.js';
import { buildScenario } from '../dist/core/network/scenario.js';
import { generateScenario } from '../dist/core/network/generate.js';
import { SeededRng } from '../dist/core/rng.js';
import { Simulation } from '../dist/core/simulate/simulator.js';
import { generateJobs } from '../dist/core/workload/generate.js';
import { loadScenarioFile } from '../dist/formats/scenario-file.js';
import { platformSettings } from '../dist/planner/plan.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const JOBS = Number(arg('jobs', '1000000'));
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'suanli.js');
const NATIONAL = join(ROOT, 'data', 'scenarios', 'national.yaml');
const WEEK = 7 * 86_400;
const dir = mkdtempSync(join(tmpdir(), 'suanli-bench-planner-'));

try {
  // 1. The command, end to end: three runs of a week of JOBS jobs, all four outputs written.
  const jobs = join(dir, 'week.csv');
  run(['jobs', 'generate', '--scenario', NATIONAL, '--count', String(JOBS), '--rate', String(JOBS / WEEK), '--seed', '11', '--out', jobs]);
  writeFileSync(join(dir, 'outage.yaml'), 'name: qingyang-f-dark\nchanges:\n  - change: outage\n    dataCenter: qy-f\n    from: 2d12h\n    to: 2d18h\n');
  writeFileSync(join(dir, 'tariffs.yaml'), readFileSync(join(ROOT, 'data', 'what-if', 'eastern-tariffs-up-20.yaml')));
  const maxrss = join(dir, 'maxrss.mjs');
  writeFileSync(maxrss, "process.on('exit', () => process.stderr.write(`\\nMAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', maxrss, BIN, 'simulate', '--scenario', NATIONAL, '--jobs', jobs, '--what-if', join(dir, 'outage.yaml'), '--what-if', join(dir, 'tariffs.yaml'), '--out', join(dir, 'out'), '--json', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`simulate failed: ${r.stderr}`);
  const rss = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  const summary = JSON.parse(r.stdout);
  const jobRuns = summary.runs.reduce((a, s) => a + s.jobs.submitted, 0);
  console.log(`## suanli simulate, reference network (51 data centers), ${JOBS.toLocaleString('en')} jobs over a week, 3 runs`);
  console.log(`wall ${wall.toFixed(1)} s (reading, 3 simulations, writing summary.json, jobs.csv, series.csv, report.html), peak memory ${rss.toFixed(0)} MiB`);
  console.log(`${Math.round((3 * WEEK) / wall).toLocaleString('en')}x real time over the three runs; ${Math.round(jobRuns / wall).toLocaleString('en')} job-runs/s end to end`);
  for (const s of summary.runs) console.log(`  ${s.name}: cost ${s.costYuan.total} yuan, lost ${s.jobsLost}, placed again ${s.jobsPlacedAgain}, unplaced ${Math.round(s.unplacedUnitHours)} unit-h, green ${s.greenShareOfEnergy}`);

  if (process.argv.includes('--skip-scaling')) process.exit(0);
  // 2. One simulation (no files), growing the jobs on the reference network.
  const { network } = loadScenarioFile(NATIONAL);
  console.log('\n## one run, in process: time by jobs (reference network, a week)');
  console.log('| jobs | seconds | events | events/s | x real time |\n|---:|---:|---:|---:|---:|');
  for (const n of [10_000, 100_000, JOBS]) row(n, network, generateJobs(network, { count: n, ratePerS: n / WEEK }, new SeededRng(11)), qyOutage);
  // 3. Growing the network, 100,000 jobs a week.
  console.log('\n## one run, in process: time by data centers (generated networks, 100,000 jobs, a week)');
  console.log('| data centers | seconds | events | events/s | x real time |\n|---:|---:|---:|---:|---:|');
  for (const dcs of [10, 100, 1000, 10_000]) {
    const net = new Network(buildScenario(generateScenario({ dataCenters: dcs, origins: 30 }, new SeededRng(5))).scenario);
    const jobsN = generateJobs(net, { count: 100_000, ratePerS: 100_000 / WEEK }, new SeededRng(11));
    row(dcs, net, jobsN, (n) => [{ dataCenter: n.scenario.dataCenters[0].id, from: 2.5 * 86_400, to: 2.75 * 86_400 }]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function qyOutage() {
  return [{ dataCenter: 'qy-f', from: 2.5 * 86_400, to: 2.75 * 86_400 }];
}

function row(label, network, jobs, outages) {
  const t0 = performance.now();
  const sim = new Simulation({ versions: [{ at: 0, network }], jobs, policy: 'engine', rng: new SeededRng(1), settings: platformSettings(), outages: outages(network) }).run();
  const s = (performance.now() - t0) / 1000;
  const ev = sim.progress.events;
  console.log(`| ${label.toLocaleString('en')} | ${s.toFixed(2)} | ${ev.toLocaleString('en')} | ${Math.round(ev / s).toLocaleString('en')} | ${Math.round(sim.progress.virtualS / s).toLocaleString('en')} |`);
}

function run(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`suanli ${args.join(' ')}: ${r.stderr}`);
}
