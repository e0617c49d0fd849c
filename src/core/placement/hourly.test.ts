import { describe, expect, it } from 'vitest';
import { Network } from '../network/network.js';
import { buildScenario } from '../network/scenario.js';
import { SeededRng } from '../rng.js';
import type { JobSpec } from '../workload/job.js';
import { exampleScenario, hourlyScenario } from '../../../test/fixtures.js';
import { verifySchedule } from '../../verify/verifier.js';
import { parsePlacements, formatPlacement } from '../../formats/placements.js';
import { costOf, energyOf } from './cost.js';
import { integral } from './hourly.js';
import { scheduleOnline } from './schedule.js';
import { chooseStart, startCandidates } from './start-time.js';
import { PlacementContext } from './context.js';
import type { PolicyName } from './policy.js';
import { Simulation } from '../simulate/simulator.js';
import { placementBound } from '../../optimize/bound.js';

const job = (extra: Partial<JobSpec> = {}): JobSpec => ({ id: 'j', submitAt: 6.5 * 3600, origin: 'lanzhou', class: 'intelligent', units: 10, durationS: 7200, latency: 'batch', dataGb: 0, ...extra });

describe('hourly prices and green shares', () => {
  it('integrates them over a run: a worked example', () => {
    const net = hourlyScenario();
    const dc = net.dataCenter('qy-a');
    const pool = dc.pools[0]!;
    // 06:30 to 08:30: half an hour at 0.5, an hour at 1, half an hour at 1.5 = 2.0 factor-hours.
    expect(integral(dc.hourly!.priceFactor, 6.5 * 3600, 7200) / 3600).toBeCloseTo(2.0, 12);
    // A day later the same hours cost the same.
    expect(integral(dc.hourly!.priceFactor, 86_400 + 6.5 * 3600, 7200) / 3600).toBeCloseTo(2.0, 12);
    const c = costOf(job(), pool, dc, net.scenario, false);
    // Compute: 2 yuan x 10 units x 2.0 = 40 yuan. Carbon: 10 x 0.4 kW x PUE 1.25 = 5 kW; not green: 0.5 x 0.8 + 1 x 0.5 + 0.5 x 0.2 = 1.0 h,
    // so 5 kWh x 0.6 kg/kWh = 3 kg, at 0.06 yuan/kg = 0.18 yuan.
    expect(c).toEqual({ compute: 400_000, transfer: 0, carbon: 1800, total: 401_800 });
    const e = energyOf(job(), pool, dc);
    expect(e.energyKwh).toBeCloseTo(10, 9);
    expect(e.greenKwh).toBeCloseTo(5, 9);
    expect(e.co2Kg).toBeCloseTo(3, 9);
    // The independent verifier agrees on the same numbers.
    const placed = { job: job(), placed: true, pool, dc, start: job().submitAt, end: job().submitAt + 7200, latencyMs: net.latencyMs('lanzhou', 'qy-a'), cost: c };
    const v = verifySchedule(net.scenario, [job()], parsePlacements(formatPlacement(placed), 'p').records);
    expect(v.violations).toEqual([]);
    expect(v.totalCost).toBe(401_800);
  });

  it('lets the engine wait for a cheaper hour, wait-awhile for a greener one, and the baselines start now', () => {
    const net = hourlyScenario();
    const ctx = new PlacementContext(net);
    // Submitted at 20:00, it may wait 6 hours: from 22:00 power costs 0.4 of the price.
    const j = job({ submitAt: 20 * 3600, maxWaitS: 6 * 3600, durationS: 3600 });
    expect(startCandidates(j)).toEqual([20, 21, 22, 23, 24, 25, 26].map((h) => h * 3600));
    const engine = chooseStart(ctx, j, 'cheapest');
    expect(engine.at).toBe(22 * 3600);
    expect(engine.considered).toHaveLength(7);
    expect(engine.reason).toMatch(/cheaper than starting now/);
    // Submitted at 09:00 with 6 hours: the greenest hour (95%) is 11:00.
    const k = job({ submitAt: 9 * 3600, maxWaitS: 6 * 3600, durationS: 3600, models: ['A100'] });
    expect(chooseStart(ctx, k, 'greenest-hour').at).toBe(11 * 3600);
    expect(chooseStart(ctx, k, 'now').at).toBe(9 * 3600);
    expect(chooseStart(ctx, { ...k, maxWaitS: 0 }, 'cheapest')).toMatchObject({ at: 9 * 3600, reason: 'it may not wait' });
  });

  it('schedules every policy with and without waiting, and the verifier finds nothing wrong, but refuses a start outside the window', () => {
    const net = hourlyScenario();
    const jobs: JobSpec[] = Array.from({ length: 300 }, (_, i) => job({ id: `j${i}`, submitAt: i * 600, durationS: 1800 + (i % 7) * 900, units: 1 + (i % 4) * 50, maxWaitS: i % 3 === 0 ? 0 : 6 * 3600 }));
    for (const policy of ['engine', 'cheapest', 'nearest', 'spread', 'random', 'wait-awhile'] as PolicyName[]) {
      for (const wait of [true, false]) {
        const stream = wait ? jobs : jobs.map(({ maxWaitS: _w, ...rest }) => rest);
        const d = scheduleOnline(net, stream, { policy, rng: new SeededRng(1) });
        expect(d).toHaveLength(300);
        const v = verifySchedule(net.scenario, stream, parsePlacements(d.map(formatPlacement).join('\n'), 'p').records);
        expect(v.violations, `${policy} ${wait}`).toEqual([]);
        if (!wait || policy === 'cheapest' || policy === 'nearest') expect(d.every((x) => x.start === x.job.submitAt || stream.find((s) => s.id === x.job.id)!.submitAt === x.start)).toBe(true);
      }
    }
    const engine = scheduleOnline(net, jobs, { policy: 'engine', rng: new SeededRng(1) });
    const waited = engine.filter((x) => x.start > jobs.find((s) => s.id === x.job.id)!.submitAt);
    expect(waited.length).toBeGreaterThan(0);
    const lines = engine.map(formatPlacement);
    const moved = JSON.parse(lines[1]!) as { start: number; startAt: number; end: number };
    const late = jobs[1]!.submitAt + jobs[1]!.maxWaitS! + 3600;
    lines[1] = JSON.stringify({ ...moved, start: late, startAt: late, end: late + jobs[1]!.durationS });
    const v = verifySchedule(net.scenario, jobs, parsePlacements(lines.join('\n'), 'p').records);
    expect(v.violations.map((x) => x.rule)).toContain('start');
    expect(v.violations.find((x) => x.rule === 'start')!.detail).toMatch(/outside its window/);
  });

  it('places a stream with maxWaitS 0 exactly as one without it', () => {
    const net = new Network(buildScenario(exampleScenario()).scenario);
    const jobs: JobSpec[] = Array.from({ length: 200 }, (_, i) => job({ id: `j${i}`, submitAt: i * 60, units: 1 + (i % 5) * 30, durationS: 3600 }));
    const a = scheduleOnline(net, jobs, { policy: 'engine', rng: new SeededRng(1) }).map(formatPlacement);
    const b = scheduleOnline(net, jobs.map((j) => ({ ...j, maxWaitS: 0 })), { policy: 'engine', rng: new SeededRng(1) }).map(formatPlacement);
    expect(b).toEqual(a);
  });

  it('starts a job that may wait at the same hour in the planner as in a schedule', () => {
    const net = hourlyScenario();
    const jobs: JobSpec[] = Array.from({ length: 50 }, (_, i) => job({ id: `j${i}`, submitAt: 18 * 3600 + i * 300, durationS: 3600, units: 10, maxWaitS: i % 2 ? 6 * 3600 : 0, models: ['A100'] }));
    const scheduled = new Map(scheduleOnline(net, jobs, { policy: 'engine', rng: new SeededRng(1) }).map((d) => [d.job.id, d.start]));
    const sim = new Simulation({ versions: [{ at: 0, network: net }], jobs, policy: 'engine', rng: new SeededRng(1), settings: { agentTimeoutS: 30, staleAfterS: 60, maxAttempts: 3, retryAfterS: 5, batch: 2000 } }).run();
    const out = Array.from({ length: sim.size }, (_, j) => sim.outcome(j));
    for (const o of out) expect(o.startAt, o.job.id).toBe(scheduled.get(o.job.id));
    const waited = out.filter((o) => (o.waitS ?? 0) > 0);
    expect(waited.length).toBeGreaterThan(0);
    for (const o of waited) expect(o.decidedBy).toBe('placed at its planned start, a cheaper or greener hour of its window');
  });

  it('bounds a stream that may wait with a time-indexed LP below every schedule of it, and below the bound of starting now', async () => {
    const net = hourlyScenario();
    const base: JobSpec[] = Array.from({ length: 60 }, (_, i) => job({ id: `j${i}`, submitAt: 18 * 3600 + i * 600, durationS: 3600, units: 10 + (i % 3) * 40, models: ['A100'] }));
    const waiting = base.map((j) => ({ ...j, maxWaitS: 6 * 3600 }));
    const now = await placementBound(net, base, { method: 'lp' });
    const timed = await placementBound(net, waiting, { method: 'lp' });
    expect(timed.columns).toBeGreaterThan(now.columns);
    expect(timed.bound).toBeLessThan(now.bound);
    for (const policy of ['engine', 'cheapest', 'wait-awhile'] as PolicyName[]) {
      const d = scheduleOnline(net, waiting, { policy, rng: new SeededRng(1) });
      const cost = d.reduce((a, x) => a + (x.cost?.total ?? x.penalty ?? 0), 0);
      expect(timed.bound, policy).toBeLessThanOrEqual(cost + 1e-6);
    }
    // Uncontended, the engine's cheapest start at its cheapest pool is the LP's optimum.
    const engine = scheduleOnline(net, waiting, { policy: 'engine', rng: new SeededRng(1) }).reduce((a, x) => a + (x.cost?.total ?? 0), 0);
    expect(engine / timed.bound).toBeLessThan(1.0001);
  });
});
