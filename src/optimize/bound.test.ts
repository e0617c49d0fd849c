import { describe, expect, it } from 'vitest';
import { Network } from '../core/network/network.js';
import { buildScenario } from '../core/network/scenario.js';
import { scheduleOnline, summarizeSchedule } from '../core/placement/schedule.js';
import { SeededRng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { placementBound } from './bound.js';
import { columnGenerationBound } from './column-generation.js';
import { PlacementContext } from '../core/placement/context.js';
import { inStartOrder } from '../core/placement/schedule.js';
import { costOf } from '../core/placement/cost.js';
import { exampleScenario } from '../../test/fixtures.js';

const net = new Network(buildScenario(exampleScenario()).scenario);
const mk = (id: string, extra: Partial<JobSpec> = {}): JobSpec => ({
  id, submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 100, durationS: 3600, latency: 'batch', dataGb: 0, ...extra,
});

describe('placementBound', () => {
  it('equals the sum of cheapest costs when nothing is contended', async () => {
    // Two jobs that fit the T4 pool together: each costs 1.5 x 100 x 1 h = 150 yuan plus carbon.
    const jobs = [mk('a', { models: ['T4'] }), mk('b', { models: ['T4'], submitAt: 10 })];
    const b = await placementBound(net, jobs);
    const s = summarizeSchedule(net, 'cheapest', scheduleOnline(net, jobs, { policy: 'cheapest', rng: new SeededRng(1) }));
    expect(b.checkpoints).toBe(0);
    expect(b.bound).toBeCloseTo(s.cost.total, 6);
  });

  it('binds capacity where the pool is oversubscribed and stays below every policy', async () => {
    // 500 T4 cards wanted at once from a 400-card pool: the rest must go west or stay unplaced.
    const jobs = Array.from({ length: 5 }, (_, i) => mk(`j${i}`, { submitAt: i, models: ['T4', 'A100'] }));
    const b = await placementBound(net, jobs);
    expect(b.checkpoints).toBeGreaterThan(0);
    for (const policy of ['engine', 'nearest', 'cheapest', 'spread', 'random'] as const) {
      const s = summarizeSchedule(net, policy, scheduleOnline(net, jobs, { policy, rng: new SeededRng(3) }));
      expect(b.bound).toBeLessThanOrEqual(s.cost.total + 1e-6);
    }
    // Four jobs on T4 and one on A100 is optimal here, and integral: the LP finds exactly that.
    const qy = net.dataCenter('qy-a');
    const sh = net.dataCenter('sh-a');
    const onT4 = costOf(jobs[0]!, sh.pools[1]!, sh, net.scenario, false).total;
    const onA100 = costOf(jobs[0]!, qy.pools[0]!, qy, net.scenario, true).total;
    expect(b.bound).toBeCloseTo(4 * onT4 + onA100, 4);
    expect(b.lpUnplacedJobs).toBeCloseTo(0, 9);
  });

  it('a time-limited MIP proves a bound at least as strong as the LP', async () => {
    // Big jobs that split fractionally in the LP: 3 jobs of 300 cards on a 400-card T4 pool and 8,000 A100.
    const jobs = Array.from({ length: 3 }, (_, i) => mk(`m${i}`, { submitAt: i, units: 300, models: ['T4'] }));
    const b = await placementBound(net, jobs, { mipSeconds: 5 });
    expect(b.mipBound).toBeDefined();
    expect(b.mipBound!).toBeGreaterThanOrEqual(b.bound - 1e-6);
    // Only one 300-card job fits the T4 pool; two are unplaced at 50 x 300 x 1 = 15,000 yuan each.
    expect(b.mipObjective).toBeCloseTo(b.mipBound!, 0);
    expect(b.mipBound! - b.bound).toBeGreaterThan(0);
  });
});

describe('the Lagrangian bound', () => {
  const jobs = Array.from({ length: 40 }, (_, i) => mk(`l${i}`, { submitAt: i * 300, units: 50 + (i % 5) * 40, durationS: 3600 + (i % 4) * 1800, models: i % 3 ? ['T4', 'A100'] : ['T4'] }));

  it('never exceeds the LP bound and comes close to it', async () => {
    const lp = await placementBound(net, jobs, { method: 'lp' });
    const lag = await placementBound(net, jobs, { method: 'lagrangian', timeLimitS: 10 });
    expect(lp.method).toBe('lp');
    expect(lag.method).toBe('lagrangian');
    expect(lp.checkpoints).toBeGreaterThan(0);
    expect(lag.bound).toBeLessThanOrEqual(lp.bound + 1e-6 * lp.bound);
    expect(lag.bound).toBeGreaterThan(0.95 * lp.bound);
  });

  it('takes over, still a valid bound, when the time limit stops the whole LP', async () => {
    const lp = await placementBound(net, jobs, { method: 'lp' });
    // A limit the solver meets at once: the LP's point then proves nothing.
    const stopped = await placementBound(net, jobs, { method: 'lp', timeLimitS: 1e-9 });
    expect(stopped.method).toBe('lagrangian');
    expect(stopped.exact).toBe(false);
    expect(stopped.lpStoppedAfterS).toBeGreaterThanOrEqual(0);
    expect(stopped.bound).toBeLessThanOrEqual(lp.bound + 1e-6 * lp.bound);
    expect(stopped.bound).toBeGreaterThan(0);
    // With time enough the LP itself answers.
    expect((await placementBound(net, jobs, { method: 'lp', timeLimitS: 60 })).method).toBe('lp');
  });

  it('equals the uncontended optimum at once', async () => {
    const easy = jobs.slice(0, 2).map((j) => ({ ...j, units: 10 }));
    const lag = await placementBound(net, easy, { method: 'lagrangian' });
    const lp = await placementBound(net, easy, { method: 'lp' });
    expect(lag.checkpoints).toBe(0);
    expect(lag.bound).toBeCloseTo(lp.bound, 6);
  });

  it('auto picks the LP for small models', async () => {
    expect((await placementBound(net, jobs)).method).toBe('lp');
  });
});

describe('the row-generation bound', () => {
  const jobs = Array.from({ length: 40 }, (_, i) => mk(`r${i}`, { submitAt: i * 300, units: 50 + (i % 5) * 40, durationS: 3600 + (i % 4) * 1800, models: i % 3 ? ['T4', 'A100'] : ['T4'] }));

  it('reaches the full LP optimum with only the rows that bind', async () => {
    const lp = await placementBound(net, jobs, { method: 'lp' });
    const rows = await placementBound(net, jobs, { method: 'rows' });
    expect(rows.exact).toBe(true);
    expect(rows.bound).toBeCloseTo(lp.bound, 0);
    expect(rows.rowsAdded).toBeGreaterThan(0);
    expect(rows.rowsAdded!).toBeLessThanOrEqual(rows.checkpoints);
  });
});

describe('the column-generation bound', () => {
  const jobs = Array.from({ length: 40 }, (_, i) => mk(`c${i}`, { submitAt: i * 300, units: 50 + (i % 5) * 40, durationS: 3600 + (i % 4) * 1800, models: i % 3 ? ['T4', 'A100'] : ['T4'] }));

  it('reaches the full LP optimum from a few columns per job, and every round is a valid bound', async () => {
    const lp = await placementBound(net, jobs, { method: 'lp' });
    const rounds: { bound: number; restricted: number }[] = [];
    const cols = await placementBound(net, jobs, { method: 'columns', onRound: (r) => rounds.push(r) });
    expect(cols.method).toBe('columns');
    expect(cols.exact).toBe(true);
    expect(cols.bound).toBeCloseTo(lp.bound, 0);
    expect(cols.restrictedLp).toBeCloseTo(lp.bound, 0);
    expect(rounds.length).toBeGreaterThan(0);
    // Each round's bound is below the LP optimum, and each restricted LP above it.
    for (const r of rounds) {
      expect(r.bound).toBeLessThanOrEqual(lp.bound * (1 + 1e-9));
      expect(r.restricted).toBeGreaterThanOrEqual(lp.bound * (1 - 1e-9));
    }
  });

  it('adds the columns that price out when the first ones are too few', async () => {
    const lp = await placementBound(net, jobs, { method: 'lp' });
    const rounds: { added: number }[] = [];
    const r = await columnGenerationBound(new PlacementContext(net), inStartOrder(jobs), { initialPerJob: 1, addPerJob: 1, onRound: (x) => rounds.push(x) });
    expect(rounds[0]!.added).toBeGreaterThan(0);
    expect(r.rounds).toBeGreaterThan(1);
    expect(r.exact).toBe(true);
    expect(r.bound).toBeCloseTo(lp.bound, 0);
  });
});
