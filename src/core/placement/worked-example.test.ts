import { describe, expect, it } from 'vitest';
import { Network } from '../network/network.js';
import { buildScenario } from '../network/scenario.js';
import { SeededRng } from '../rng.js';
import type { JobSpec } from '../workload/job.js';
import { PlacementContext } from './context.js';
import { costOf, unplacedCost } from './cost.js';
import { OnlinePlacer } from './placer.js';
import { policyFor } from './policy.js';
import { exampleScenario } from '../../../test/fixtures.js';

const net = new Network(buildScenario(exampleScenario()).scenario);
const job: JobSpec = {
  id: 'w1', submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 8, models: ['A100', 'T4'],
  durationS: 7200, latency: 'batch', dataGb: 100,
};

function place(j: JobSpec) {
  const ctx = new PlacementContext(net);
  return new OnlinePlacer(ctx, policyFor('engine', (h) => !ctx.westHubs.has(h)), new SeededRng(1)).place(j, true);
}

describe('the worked example of docs/placement.md', () => {
  it('prices both candidates as the table says', () => {
    const qy = net.dataCenter('qy-a');
    const sh = net.dataCenter('sh-a');
    expect(net.homeHub('shanghai')).toBe('yrd');
    expect(net.latencyMs('shanghai', 'qy-a')).toBe(18);
    expect(costOf(job, qy.pools[0]!, qy, net.scenario, true)).toEqual({ compute: 1_040_000, transfer: 50_000, carbon: 270, total: 1_090_270 });
    expect(costOf(job, sh.pools[1]!, sh, net.scenario, false)).toEqual({ compute: 240_000, transfer: 0, carbon: 330, total: 240_330 });
  });

  it('places the job on sh-a/t4 with qy-a/a100 as runner-up', () => {
    const d = place(job);
    expect(d.placed).toBe(true);
    expect(d.pool?.key).toBe('sh-a/t4');
    expect(d.cost?.total).toBe(240_330);
    expect(d.explanation?.runnerUp?.pool).toBe('qy-a/a100');
    expect(d.explanation?.runnerUp?.cost.total).toBe(1_090_270);
  });

  it('goes to Qingyang when the job asks for a green share of 0.5', () => {
    const d = place({ ...job, minGreenShare: 0.5 });
    expect(d.pool?.key).toBe('qy-a/a100');
    expect(d.cost?.total).toBe(1_090_270);
    const green = d.explanation?.checkers.find((c) => c.name === 'green');
    expect(green).toEqual({
      name: 'green', rule: "the data center's green share is at least the job's minGreenShare", removed: 1,
      example: { pool: 'sh-a/t4', reason: 'green share 0.3 is below 0.5' },
    });
  });

  it('is unplaced, rejected by price, at the penalty of 800 yuan when nothing is cheap enough', () => {
    const j = { ...job, models: ['A100'], maxPrice: 60_000 };
    const d = place(j);
    expect(d.placed).toBe(false);
    expect(d.explanation?.rejectedBy).toBe('price');
    expect(d.reason).toBe('no pool left after the price check');
    expect(d.penalty).toBe(8_000_000);
    expect(unplacedCost(j, net.scenario)).toBe(8_000_000);
  });
});
