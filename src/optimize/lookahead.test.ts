import { describe, expect, it } from 'vitest';
import { CapacityPrices } from '../core/placement/capacity-prices.js';
import { Network } from '../core/network/network.js';
import { buildScenario } from '../core/network/scenario.js';
import { scheduleOnline, summarizeSchedule } from '../core/placement/schedule.js';
import { SeededRng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { formatPlacement, parsePlacements } from '../formats/placements.js';
import { verifySchedule } from '../verify/verifier.js';
import { LOOKAHEAD_HORIZON_S, scheduleLookahead } from './lookahead.js';
import { PlacementContext } from '../core/placement/context.js';
import { buildPlacementLp } from './placement-lp.js';
import { exampleScenario } from '../../test/fixtures.js';

// Shanghai's T4 pool shrunk to 10 cards. Each hour a batch job that may go anywhere arrives first
// and a realtime job that can only reach Shanghai (Qingyang is 18 ms away) a minute later.
// The look-ahead here runs on the engine without fragmentation pricing (FIXED), so that what is
// tested is what its capacity prices learn; the default engine's own forecast is tested beside it.
const FIXED = { fragmentation: false } as const;
const doc = exampleScenario() as { dataCenters: { pools: { units: number }[] }[] };
doc.dataCenters[1]!.pools[1]!.units = 10;
const net = new Network(buildScenario(doc).scenario);
const mk = (id: string, extra: Partial<JobSpec>): JobSpec => ({
  id, submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 10, durationS: 1800, latency: 'batch', dataGb: 0, ...extra,
});
const jobs = Array.from({ length: 5 }, (_, h) => [
  mk(`batch-${h}`, { submitAt: h * 3600 }),
  mk(`realtime-${h}`, { submitAt: h * 3600 + 60, latency: 'realtime' }),
]).flat();

describe('CapacityPrices', () => {
  it('sums the prices of the checkpoints within a run, per pool', () => {
    const p = new CapacityPrices(2, [{ pool: 0, time: 100, price: 3 }, { pool: 0, time: 50, price: 2 }, { pool: 0, time: 200, price: 0 }, { pool: 1, time: 10, price: 7 }]);
    expect(p.of(0, 0, 1000)).toBe(5);
    expect(p.of(0, 50, 100)).toBe(2); // [50, 100): the checkpoint at 100 is outside
    expect(p.of(0, 51, 100)).toBe(0);
    expect(p.of(1, 10, 11)).toBe(7);
    expect(new CapacityPrices(2).of(1, 0, 1e9)).toBe(0);
  });

  it('on a grid, charges a run for every slot it touches', () => {
    // Checkpoints at 0, 300 and 600 price the slots [0, 300), [300, 600) and [600, 900).
    const p = new CapacityPrices(1, [{ pool: 0, time: 0, price: 1 }, { pool: 0, time: 300, price: 10 }, { pool: 0, time: 600, price: 100 }], 300);
    expect(p.of(0, 310, 320)).toBe(10); // a 10 s run inside one slot pays that slot
    expect(p.of(0, 290, 310)).toBe(11); // straddling two slots pays both
    expect(p.of(0, 300, 600)).toBe(10); // exactly one slot
    expect(p.of(0, 0, 900)).toBe(111);
    expect(new CapacityPrices(1, [{ pool: 0, time: 300, price: 10 }]).of(0, 310, 320)).toBe(0); // without the grid: no checkpoint inside
  });
});

describe('buildPlacementLp on a time grid', () => {
  // Five 10-card jobs on the 10-card T4 pool, a minute apart, each running 30 s: never two at once.
  const ctx = new PlacementContext(net);
  const short = Array.from({ length: 5 }, (_, i) => mk(`s${i}`, { submitAt: i * 60, durationS: 30, models: ['T4'] }));

  it('rounds runs out to whole slots, so the load can only peak on the grid', () => {
    const exact = buildPlacementLp(ctx, short);
    expect(exact.checkpoints).toEqual([]); // exactly timed, the jobs never overlap: no capacity row
    const grid = buildPlacementLp(ctx, short, [], undefined, { gridS: 300 });
    // On a 5-minute grid all five hold the slot [0, 300): one checkpoint, at 0, on the T4 pool.
    expect(grid.checkpoints).toEqual([{ pool: ctx.pools.findIndex((p) => p.key === 'sh-a/t4'), time: 0, free: 10 }]);
    // Costs are the exact ones: the grid changes when capacity is held, not what a job costs.
    expect(Array.from(grid.colCost.subarray(0, grid.assignmentCols))).toEqual(Array.from(exact.colCost.subarray(0, exact.assignmentCols)));
  });

  it('holds a run that crosses a slot boundary in both slots', () => {
    const jobs = [mk('a', { submitAt: 250, durationS: 100, models: ['T4'] }), mk('b', { submitAt: 320, durationS: 10, models: ['T4'] }), mk('c', { submitAt: 10, durationS: 10, models: ['T4'] })];
    const lp = buildPlacementLp(ctx, jobs, [], undefined, { gridS: 300 });
    expect(lp.checkpoints.map((k) => k.time).sort((x, y) => x - y)).toEqual([0, 300]);
  });
});

describe('scheduleLookahead', () => {
  it('learns from the last hour to keep the cheap eastern cards for the realtime job', async () => {
    const greedy = scheduleOnline(net, jobs, { policy: 'engine', ...FIXED, rng: new SeededRng(1) });
    // Greedy: every batch job takes the cheap T4 cards, and every realtime job is turned away.
    expect(greedy.filter((d) => !d.placed).map((d) => d.job.id)).toEqual(jobs.filter((j) => j.latency === 'realtime').map((j) => j.id));
    // The default engine's fragmentation pricing learns the same from the first hour: the realtime jobs can
    // reach only the T4 pool (a region of one pool), so from the second hour on the batch job leaves it to them.
    const byDefault = scheduleOnline(net, jobs, { policy: 'engine', rng: new SeededRng(1) });
    expect(byDefault.filter((d) => !d.placed).map((d) => d.job.id)).toEqual(['realtime-0']);

    // A one-hour horizon: each hour is forecast by the one before.
    const { decisions, stats } = await scheduleLookahead(net, jobs, { periodS: 3600, historyS: 3600, ...FIXED, rng: new SeededRng(1) });
    const byId = new Map(decisions.map((d) => [d.job.id, d]));
    // The first hour has no history, so it goes as greedy; from the second on, batch work moves west.
    expect(byId.get('realtime-0')?.placed).toBe(false);
    for (let h = 1; h < 5; h++) {
      expect(byId.get(`batch-${h}`)?.pool?.key).toBe('qy-a/a100');
      expect(byId.get(`realtime-${h}`)?.pool?.key).toBe('sh-a/t4');
    }
    expect(stats).toMatchObject({ periods: 5, solves: 4, stale: 0, copies: 2, largestForecast: 4 });
    const cost = (d: typeof decisions) => summarizeSchedule(net, 'x', d).cost.total;
    expect(cost(decisions)).toBeLessThan(cost(greedy));
    // Every placement keeps every rule, by the independent verifier.
    const { records } = parsePlacements(decisions.map(formatPlacement).join('\n'), 'test');
    expect(verifySchedule(net.scenario, jobs, records).violations).toEqual([]);
  });

  it('never reads a job before its start: the future does not change past decisions', async () => {
    const run = async (js: JobSpec[]) => (await scheduleLookahead(net, js, { periodS: 3600, historyS: 3600, ...FIXED, rng: new SeededRng(1) })).decisions.map((d) => d.pool?.key ?? '-');
    const all = await run(jobs);
    const firstThreeHours = await run(jobs.slice(0, 6));
    expect(all.slice(0, 6)).toEqual(firstThreeHours);
  });

  it('by default repeats the last period over a two-hour horizon, on a 5-minute grid, with the same decisions here as exact times', async () => {
    expect(LOOKAHEAD_HORIZON_S).toBe(7200);
    const def = await scheduleLookahead(net, jobs, { periodS: 3600, ...FIXED, rng: new SeededRng(1) });
    // Each hour's two arrivals, an hour and two hours later: forecasts of 4 jobs.
    expect(def.stats).toMatchObject({ copies: 2, largestForecast: 4 });
    const pools = def.decisions.map((d) => d.pool?.key ?? '-');
    expect(pools).toEqual(['sh-a/t4', '-', ...Array.from({ length: 4 }, () => ['qy-a/a100', 'sh-a/t4']).flat()]);
    const exact = await scheduleLookahead(net, jobs, { periodS: 3600, gridS: 0, ...FIXED, rng: new SeededRng(1) });
    expect(exact.decisions.map((d) => d.pool?.key ?? '-')).toEqual(pools);
    // Two hours of history shifted once: hour 1 has no forecast reaching it, so it goes as greedy.
    const once = await scheduleLookahead(net, jobs, { periodS: 3600, historyS: 7200, ...FIXED, rng: new SeededRng(1) });
    expect(once.stats).toMatchObject({ copies: 1, largestForecast: 4 });
    expect(once.decisions.map((d) => d.pool?.key ?? '-').slice(0, 6)).toEqual(['sh-a/t4', '-', 'sh-a/t4', '-', 'qy-a/a100', 'sh-a/t4']);
  });

  it('refuses a period, history or weight that is not above 0, and a negative grid', async () => {
    await expect(scheduleLookahead(net, jobs, { periodS: 60, gridS: -5, rng: new SeededRng(1) })).rejects.toThrow('gridS must be a number of at least 0, got -5');
    await expect(scheduleLookahead(net, jobs, { periodS: 0, rng: new SeededRng(1) })).rejects.toThrow('periodS must be a number above 0, got 0');
    await expect(scheduleLookahead(net, jobs, { periodS: 60, weight: -1, rng: new SeededRng(1) })).rejects.toThrow('weight must be a number above 0, got -1');
  });
});
