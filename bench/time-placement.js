#!/usr/bin/env node
// Placement in time: the reference network with hourly profiles (data/scenarios/national-hourly.yaml)
// and the converted Alibaba GPU trace, its batch jobs given maxWaitS of 0, 2, 6 and 24 hours. For each,
// the engine (cheapest start in the window), start-now cheapest, "wait awhile" (cheapest pool, greenest
// hour) and start-now nearest: cost, CO2 and the green share of batch work's energy; every schedule is
// checked by the independent verifier. Then the best any schedule of the batch jobs could do, capacity aside:
// its least cost, its largest green share, and a lower bound on its cost at 90% green (src/optimize/start-ceilings.ts).
//   node bench/time-placement.js [--capacity 1] [--waits 0,2,6,24]
// Figures go into bench/RESULTS.md by hand, with the date and the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeededRng } from '../dist/core/rng.js';
import { energyOf } from '../dist/core/placement/cost.js';
import { scheduleOnline } from '../dist/core/placement/schedule.js';
import { parseJobStream } from '../dist/formats/job-stream.js';
import { formatPlacement, parsePlacements } from '../dist/formats/placements.js';
import { readScenarioDocument } from '../dist/formats/scenario-file.js';
import { buildScenario } from '../dist/core/network/scenario.js';
import { Network } from '../dist/core/network/network.js';
import { scaleScenarioDocument } from '../dist/core/network/scale.js';
import { verifySchedule } from '../dist/verify/verifier.js';
import { placementBound } from '../dist/optimize/bound.js';
import { costAtGreenShare, startCeilings, startChoices } from '../dist/optimize/start-ceilings.js';
import { PlacementContext } from '../dist/core/placement/context.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'suanli.js');
const SCENARIO = join(ROOT, 'data', 'scenarios', 'national-hourly.yaml');
const TRACE = join(ROOT, 'data', 'traces', 'alibaba-gpu-v2023', 'openb_pod_list_default.csv');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
// A share of every pool's units: 1 is the whole network (light load); 0.001 makes it contended (moderate load).
const CAPACITY = Number(arg('capacity', '1'));
const WAITS = arg('waits', '0,2,6,24').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'suanli-bench-time-'));
try {
  const jobsFile = join(dir, 'jobs.jsonl');
  const c = spawnSync(process.execPath, [BIN, 'trace', 'convert', '--from', 'alibaba-openb', TRACE, '--scenario', SCENARIO, '--seed', '1', '--out', jobsFile], { encoding: 'utf8' });
  if (c.status !== 0) throw new Error(c.stderr);
  const doc = readScenarioDocument(SCENARIO);
  const network = new Network(buildScenario(CAPACITY === 1 ? doc : scaleScenarioDocument(doc, CAPACITY)).scenario);
  const base = parseJobStream(readFileSync(jobsFile, 'utf8'), jobsFile, 'jsonl', network).jobs;
  const ctx = new PlacementContext(network);
  const yuan = (m) => Math.round(m / 10_000).toLocaleString('en');
  const batch = base.filter((j) => j.latency === 'batch').length;
  console.log(`${base.length} jobs (${batch} batch) over ${(Math.max(...base.map((j) => j.submitAt)) / 86_400).toFixed(1)} days on ${network.scenario.dataCenters.length} data centers with hourly profiles, ${CAPACITY} of every pool's units\n`);
  console.log('| batch maxWaitS | policy | total cost (yuan) | / time-indexed bound | batch cost (yuan) | batch vs start-now | CO2 (t) | batch green share | batch waited | violations |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const hours of WAITS) {
    const jobs = base.map((j) => (j.latency === 'batch' && hours > 0 ? { ...j, maxWaitS: hours * 3600 } : j));
    const submitted = new Map(jobs.map((j) => [j.id, j.submitAt]));
    let nowBatch;
    // 24 hours of starts make about 5 M columns: beyond what the LP solver's memory holds, so the Lagrangian bound.
    const b = await placementBound(network, jobs, { method: hours >= 24 ? 'lagrangian' : 'auto', timeLimitS: 120 });
    const boundNote = `${b.method}${b.exact === false ? ', not exact' : ''}, ${b.columns.toLocaleString('en')} columns`;
    for (const policy of ['cheapest', 'engine', 'wait-awhile', 'nearest']) {
      const d = scheduleOnline(network, jobs, { policy, rng: new SeededRng(1) });
      const v = verifySchedule(network.scenario, jobs, parsePlacements(d.map(formatPlacement).join('\n'), 'p').records);
      let total = 0, batchCost = 0, co2 = 0, be = 0, bg = 0, waited = 0;
      for (const x of d) {
        const cost = x.cost?.total ?? x.penalty ?? 0;
        total += cost;
        if (x.placed) {
          const e = energyOf(x.job, x.pool, x.dc);
          co2 += e.co2Kg;
          if (x.job.latency === 'batch') {
            be += e.energyKwh;
            bg += e.greenKwh;
            if (x.start > submitted.get(x.job.id)) waited++;
          }
        }
        if (x.job.latency === 'batch') batchCost += cost;
      }
      if (policy === 'cheapest') nowBatch = batchCost;
      console.log(`| ${hours} h | ${policy} | ${yuan(total)} | ${(total / b.bound).toFixed(4)}${policy === 'cheapest' ? ` (bound ${yuan(b.bound)}: ${boundNote})` : ''} | ${yuan(batchCost)} | ${((batchCost / nowBatch - 1) * 100).toFixed(1)}% | ${(co2 / 1000).toFixed(2)} | ${((bg / be) * 100).toFixed(1)}% | ${waited} | ${v.violations.length} |`);
    }
    // The best any schedule of the batch jobs could do, each job with the network to itself (src/optimize/start-ceilings.ts).
    // Its least cost, its largest green share, and a lower bound on its cost at a green share of 90% (the issue's target).
    const batchJobs = jobs.filter((j) => j.latency === 'batch');
    const ceil = startCeilings(ctx, batchJobs);
    const at90 = costAtGreenShare(startChoices(ctx, batchJobs), 0.9);
    const vsNow = (m) => `${((m / nowBatch - 1) * 100).toFixed(1)}%`;
    console.log(`| ${hours} h | best possible, capacity aside | | | ${yuan(ceil.minCost)} | ${vsNow(ceil.minCost)} | | ${(ceil.maxGreenShare * 100).toFixed(1)}% (most) | | |`);
    console.log(`| ${hours} h | least cost at 90% green, capacity aside (a lower bound) | | | ${Number.isFinite(at90) ? yuan(at90) : 'none'} | ${Number.isFinite(at90) ? vsNow(at90) : '-'} | | 90.0% | | |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
