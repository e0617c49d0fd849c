import { describe, expect, it } from 'vitest';
import { PlacementContext } from '../core/placement/context.js';
import { energyOf } from '../core/placement/cost.js';
import { scheduleOnline } from '../core/placement/schedule.js';
import { SeededRng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { hourlyScenario } from '../../test/fixtures.js';
import { costAtGreenShare, startBreakpoints, startCeilings, startChoices } from './start-ceilings.js';

const H = 3600;
// Qingyang's A100s (hourly: 22:00-06:00 at 0.4 of the price, 11:00-14:00 95% green, most other hours 60%) or Shanghai's T4s (flat, 30% green).
const job = (id: string, extra: Partial<JobSpec>): JobSpec => ({ id, submitAt: 0, origin: 'lanzhou', class: 'intelligent', units: 10, durationS: H, latency: 'batch', dataGb: 0, ...extra });
// Any intelligent pool, from 20:00 to 22:00: the night tariff starts at 22:00.
const night = job('night', { submitAt: 20 * H, maxWaitS: 2 * H });
// Qingyang only, two hours from 09:30 to 12:30: 11:00-13:00 is all 95% green.
const noon = job('noon', { submitAt: 9.5 * H, maxWaitS: 3 * H, durationS: 2 * H, models: ['A100'] });

describe('start ceilings: the best any schedule could do, capacity aside', () => {
  it('tries the ends of the window, the whole hours, and the starts whose run ends on one', () => {
    expect(startBreakpoints(noon).map((t) => t / H)).toEqual([9.5, 10, 11, 12, 12.5]);
    expect(startBreakpoints({ submitAt: 100, durationS: 50 })).toEqual([100]);
  });

  it('finds the least cost and the largest green share of a ratio of sums: a worked example', () => {
    const net = hourlyScenario();
    const c = startCeilings(new PlacementContext(net), [night, noon]);
    // night: Qingyang at 22:00, 2 yuan x 10 x 0.4 = 8 yuan, and 5 kWh 40% grey x 0.6 kg x 0.06 yuan = 0.072 yuan.
    // noon: Qingyang 11:00-13:00, 2 x 10 x 2 = 40 yuan, and 10 kWh 5% grey x 0.6 x 0.06 = 0.018 yuan.
    expect(c.minCost).toBe(80_720 + 400_180);
    expect(c.unhostable).toBe(0);
    // The greenest run of each alone gives (3 + 9.5) / (5 + 10) = 83.3%. Sending `night` to the T4s instead,
    // 30% green but 0.875 kWh, gives (0.2625 + 9.5) / (0.875 + 10) = 89.8%: the share of sums is not a sum of shares.
    expect(c.maxGreenShare).toBeCloseTo(9.7625 / 10.875, 8);
    const t4 = net.dataCenter('sh-a');
    expect(energyOf(night, t4.pools[1]!, t4).greenKwh).toBeCloseTo(0.2625, 9);
  });

  it('bounds the cost of reaching a green share from below', () => {
    const ch = startChoices(new PlacementContext(hourlyScenario()), [night, noon]);
    // No green target: each job at its cheapest.
    expect(costAtGreenShare(ch, 0)).toBeCloseTo(80_720 + 400_180, 3);
    // 85%: `noon` at 11:00 is 1.0 kWh over it; `night` at Qingyang at 22:00 is 3 - 0.85 x 5 = 1.25 short, and on
    // the T4s (150,206) 0.2625 - 0.85 x 0.875 = 0.48125 short. The LP takes 0.25 / 0.76875 of the T4s:
    // 480,900 + 0.3252 x 69,486. The best whole choice, the T4s, costs 550,386; the bound is no more.
    expect(costAtGreenShare(ch, 0.85)).toBeCloseTo(480_900 + (0.25 / 0.76875) * 69_486, 0);
    // Above the largest share there is no schedule at all.
    expect(costAtGreenShare(ch, 0.95)).toBe(Number.POSITIVE_INFINITY);
  });

  it('holds for what the engine does', () => {
    const net = hourlyScenario();
    const jobs = [night, noon, job('now', { submitAt: 7 * H, durationS: 3 * H })];
    const c = startCeilings(new PlacementContext(net), jobs);
    const d = scheduleOnline(net, jobs, { policy: 'engine', rng: new SeededRng(1) });
    let cost = 0;
    let green = 0;
    let energy = 0;
    for (const x of d) {
      expect(x.placed).toBe(true);
      if (!x.pool || !x.dc || !x.cost) continue;
      cost += x.cost.total;
      const e = energyOf({ ...x.job, submitAt: x.start }, x.pool, x.dc);
      green += e.greenKwh;
      energy += e.energyKwh;
    }
    expect(cost).toBeGreaterThanOrEqual(c.minCost);
    expect(green / energy).toBeLessThanOrEqual(c.maxGreenShare + 1e-9);
  });

  it('counts a job no pool can take at its unplaced penalty, and leaves it out of the green share', () => {
    const c = startCeilings(new PlacementContext(hourlyScenario()), [job('huge', { units: 100_000 }), noon]);
    // 50 yuan x 100,000 units x 1 h; and `noon` alone, 95% green at its best.
    expect(c).toMatchObject({ jobs: 2, unhostable: 1, minCost: 50 * 100_000 * 10_000 + 400_180 });
    expect(c.maxGreenShare).toBeCloseTo(0.95, 8);
  });
});
