import { describe, expect, it } from 'vitest';
import { CapacityPrices } from '../core/placement/capacity-prices.js';
import { Network } from '../core/network/network.js';
import { buildScenario } from '../core/network/scenario.js';
import { scheduleOnline, summarizeSchedule } from '../core/placement/schedule.js';
import { SeededRng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { formatPlacement, parsePlacements } from '../formats/placements.js';
import { verifySchedule } from '../verify/verifier.js';
import { scheduleLookahead } from './lookahead.js';
import { exampleScenario } from '../../test/fixtures.js';

// Shanghai's T4 pool shrunk to 10 cards. Each hour a batch job that may go anywhere arrives first
// and a realtime job that can only reach Shanghai (Qingyang is 18 ms away) a minute later.
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
});

describe('scheduleLookahead', () => {
  it('learns from the last hour to keep the cheap eastern cards for the realtime job', async () => {
    const greedy = scheduleOnline(net, jobs, { policy: 'engine', rng: new SeededRng(1) });
    // Greedy: every batch job takes the cheap T4 cards, and every realtime job is turned away.
    expect(greedy.filter((d) => !d.placed).map((d) => d.job.id)).toEqual(jobs.filter((j) => j.latency === 'realtime').map((j) => j.id));

    const { decisions, stats } = await scheduleLookahead(net, jobs, { periodS: 3600, rng: new SeededRng(1) });
    const byId = new Map(decisions.map((d) => [d.job.id, d]));
    // The first hour has no history, so it goes as greedy; from the second on, batch work moves west.
    expect(byId.get('realtime-0')?.placed).toBe(false);
    for (let h = 1; h < 5; h++) {
      expect(byId.get(`batch-${h}`)?.pool?.key).toBe('qy-a/a100');
      expect(byId.get(`realtime-${h}`)?.pool?.key).toBe('sh-a/t4');
    }
    expect(stats).toMatchObject({ periods: 5, solves: 4, stale: 0, largestForecast: 2 });
    const cost = (d: typeof decisions) => summarizeSchedule(net, 'x', d).cost.total;
    expect(cost(decisions)).toBeLessThan(cost(greedy));
    // Every placement keeps every rule, by the independent verifier.
    const { records } = parsePlacements(decisions.map(formatPlacement).join('\n'), 'test');
    expect(verifySchedule(net.scenario, jobs, records).violations).toEqual([]);
  });

  it('never reads a job before its start: the future does not change past decisions', async () => {
    const run = async (js: JobSpec[]) => (await scheduleLookahead(net, js, { periodS: 3600, rng: new SeededRng(1) })).decisions.map((d) => d.pool?.key ?? '-');
    const all = await run(jobs);
    const firstThreeHours = await run(jobs.slice(0, 6));
    expect(all.slice(0, 6)).toEqual(firstThreeHours);
  });

  it('refuses a period, history or weight that is not above 0', async () => {
    await expect(scheduleLookahead(net, jobs, { periodS: 0, rng: new SeededRng(1) })).rejects.toThrow('periodS must be a number above 0, got 0');
    await expect(scheduleLookahead(net, jobs, { periodS: 60, weight: -1, rng: new SeededRng(1) })).rejects.toThrow('weight must be a number above 0, got -1');
  });
});
