import { describe, expect, it } from 'vitest';
import { Network } from '../core/network/network.js';
import { buildScenario } from '../core/network/scenario.js';
import { scheduleOnline } from '../core/placement/schedule.js';
import { SeededRng } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { formatPlacement, parsePlacements } from '../formats/placements.js';
import type { PlacementRecord } from '../formats/placements.js';
import { verifySchedule } from './verifier.js';
import { exampleScenario } from '../../test/fixtures.js';

const { scenario } = buildScenario(exampleScenario());
const net = new Network(scenario);
const jobs: JobSpec[] = Array.from({ length: 60 }, (_, i) => ({
  id: `j${i}`, submitAt: i * 100, origin: i % 2 ? 'shanghai' : 'lanzhou', class: i % 5 === 0 ? 'general' : 'intelligent',
  units: 40 + (i % 4) * 30, durationS: 3000 + (i % 3) * 900, latency: i % 4 === 0 ? 'interactive' : 'batch', dataGb: i * 3,
  ...(i % 7 === 0 && { minGreenShare: 0.5 }),
}));

function records(policy: 'engine' | 'spread' = 'engine'): PlacementRecord[] {
  const text = scheduleOnline(net, jobs, { policy, rng: new SeededRng(2) }).map(formatPlacement).join('\n');
  return parsePlacements(text, 'p.jsonl').records;
}

describe('verifySchedule', () => {
  it('passes what the engine and a baseline produce, and recomputes the same total', () => {
    for (const policy of ['engine', 'spread'] as const) {
      const r = verifySchedule(scenario, jobs, records(policy));
      expect(r.violations).toEqual([]);
      expect(r.placed + r.unplaced).toBe(60);
      expect(Math.abs(r.totalCost - r.fileTotal)).toBeLessThanOrEqual(3 * 60);
    }
  });

  it('catches a placement in the wrong class, below the green floor or with a false latency', () => {
    const rs = records();
    const i = rs.findIndex((r) => r.job === 'j7');
    // j7 wants a green share of 0.5 and was placed in Qingyang; Shanghai's T4 pool (0.3) breaks that,
    // and the latency in the file no longer matches the data center.
    expect(rs[i]!.dataCenter).toBe('qy-a');
    rs[i] = { ...rs[i]!, dataCenter: 'sh-a', pool: 't4' };
    // j5 is a CPU job: a GPU pool is the wrong class.
    const g = rs.findIndex((r) => r.job === 'j5');
    rs[g] = { ...rs[g]!, dataCenter: 'sh-a', pool: 't4' };
    const v = verifySchedule(scenario, jobs, rs).violations;
    // The costs in the file were those of Qingyang: every part is now wrong too.
    expect(v.filter((x) => x.job === 'j7').map((x) => x.rule)).toEqual(['latency-reported', 'green', 'cost.compute', 'cost.transfer', 'cost.carbon']);
    expect(v.filter((x) => x.job === 'j5').map((x) => x.rule)[0]).toBe('class');
  });

  it('catches capacity overflow, wrong costs and wrong times', () => {
    const rs = records().map((r) => (r.unplaced ? r : { ...r, dataCenter: 'sh-a', pool: 't4' }));
    const v = verifySchedule(scenario, jobs, rs).violations;
    expect(v.some((x) => x.rule === 'capacity' && x.job === 'sh-a/t4')).toBe(true);

    const rs2 = records();
    const k = rs2.findIndex((r) => !r.unplaced);
    const r = rs2[k]!;
    rs2[k] = { ...r, cost: { ...r.cost!, compute: r.cost!.compute + 2, total: r.cost!.total + 2 }, end: (r.end ?? 0) + 1 };
    const rules = verifySchedule(scenario, jobs, rs2).violations.map((x) => x.rule);
    expect(rules).toEqual(['end', 'cost.compute']);
  });

  it('catches missing, duplicate and unknown jobs', () => {
    const rs = records();
    const missing = rs.slice(1);
    expect(verifySchedule(scenario, jobs, missing).violations).toEqual([{ job: rs[0]!.job, rule: 'every-job', detail: 'the job has no placement line' }]);
    expect(verifySchedule(scenario, jobs, [...rs, rs[3]!]).violations.map((x) => x.rule)).toEqual(['once']);
    expect(verifySchedule(scenario, jobs, [...rs, { ...rs[3]!, job: 'ghost' }]).violations.map((x) => x.rule)).toEqual(['known-job']);
    expect(verifySchedule(scenario, jobs, rs.map((x, i) => (i === 5 ? { ...x, pool: 'nope' } : x))).violations.map((x) => x.rule)).toEqual(['known-pool']);
  });
});

describe('parsePlacements', () => {
  it('names the line and field of a bad record', () => {
    expect(() => parsePlacements('{"job":"a","unplaced":true,"reason":"x","penalty":1.00001}\n{oops\n', 'p.jsonl')).toThrow(
      /^p\.jsonl:1: penalty: must be an amount of yuan with at most 4 decimal places\np\.jsonl:2: malformed JSON: /,
    );
    expect(() => parsePlacements('{"job":"a"}\n', 'p.jsonl')).toThrow('p.jsonl:1: must be a placement');
  });
});
