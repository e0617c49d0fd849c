import { describe, expect, it } from 'vitest';
import { Network } from '../network/network.js';
import { buildScenario } from '../network/scenario.js';
import { SeededRng } from '../rng.js';
import type { JobSpec } from '../workload/job.js';
import { PlacementContext } from './context.js';
import { OnlinePlacer } from './placer.js';
import { policyFor } from './policy.js';
import type { PolicyName } from './policy.js';
import { scheduleOnline, summarizeSchedule } from './schedule.js';
import { exampleScenario } from '../../../test/fixtures.js';
import { generateScenario } from '../network/generate.js';
import { scaleScenarioDocument } from '../network/scale.js';
import { generateJobs } from '../workload/generate.js';

const net = new Network(buildScenario(exampleScenario()).scenario);
const mk = (id: string, extra: Partial<JobSpec> = {}): JobSpec => ({
  id, submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 100, durationS: 3600, latency: 'batch', dataGb: 0, ...extra,
});
function placer(policy: PolicyName = 'engine', seed = 1, opts: { reserveShare?: number; keepWhole?: number; keepWholeFrom?: number } = {}) {
  const ctx = new PlacementContext(net);
  return new OnlinePlacer(ctx, policyFor(policy, (h) => !ctx.westHubs.has(h), opts), new SeededRng(seed));
}

describe('OnlinePlacer', () => {
  it('holds capacity for the run and releases it at the end', () => {
    const p = placer('cheapest');
    // The T4 pool has 400 cards: four 100-card jobs fill it, the fifth goes to Qingyang.
    const first = [1, 2, 3, 4].map((i) => p.place(mk(`j${i}`, { submitAt: i })));
    expect(first.every((d) => d.pool?.key === 'sh-a/t4')).toBe(true);
    expect(p.place(mk('j5', { submitAt: 5 })).pool?.key).toBe('qy-a/a100');
    // j1 ends at 3601: at that instant its cards are free again.
    expect(p.place(mk('j6', { submitAt: 3601 })).pool?.key).toBe('sh-a/t4');
  });

  it('keeps the eastern reserve from batch work but not from interactive work', () => {
    const p = placer('engine', 1, { reserveShare: 0.15 });
    expect(p.place(mk('b1', { units: 300 })).pool?.key).toBe('sh-a/t4');
    // 100 of 400 left: a batch job may not take the last 15% (60 cards), so 50 cards go west...
    expect(p.place(mk('b2', { units: 50 })).pool?.key).toBe('qy-a/a100');
    // ...while an interactive job takes them.
    expect(p.place(mk('i1', { units: 50, latency: 'interactive' })).pool?.key).toBe('sh-a/t4');
  });

  it('relaxes the reserve rather than leave a batch job unplaced', () => {
    const p = placer('engine', 1, { reserveShare: 0.15 });
    p.place(mk('b1', { units: 300 }));
    const d = p.place({ ...mk('b2', { units: 50, models: ['T4'] }) }, true);
    expect(d.pool?.key).toBe('sh-a/t4');
    expect(d.explanation?.relaxed).toEqual(['reserve']);
  });

  it('keeps whole blocks for large jobs once the class is busy', () => {
    // Qingyang's A100 pool shrunk to 20 cards, Shanghai's T4 pool to 12: 32 cards in all.
    const doc = exampleScenario() as { dataCenters: { pools: { units: number }[] }[] };
    doc.dataCenters[0]!.pools[0]!.units = 20;
    doc.dataCenters[1]!.pools[1]!.units = 12;
    const small = new Network(buildScenario(doc).scenario);
    const ctx = new PlacementContext(small);
    const p = new OnlinePlacer(ctx, policyFor('engine', (h) => !ctx.westHubs.has(h), { keepWhole: 8, keepWholeFrom: 0.5 }), new SeededRng(1));
    // Below half in use, the cheapest pool wins as usual: Shanghai's T4 (10 of 12), then Qingyang (4 of 20).
    expect(p.place(mk('a', { units: 10, models: ['T4'] })).pool?.key).toBe('sh-a/t4');
    expect(p.place(mk('b', { units: 4, models: ['A100'] })).pool?.key).toBe('qy-a/a100');
    // 14 of 32 in use (44%): a 2-card job still takes the cheap T4 cards.
    expect(p.place(mk('c', { units: 2 })).pool?.key).toBe('sh-a/t4');
    // 16 of 32 in use (50%): keep-whole applies. Qingyang has 16 free; 9 cards leave 7.
    expect(p.place(mk('d', { units: 9, models: ['A100'] })).pool?.key).toBe('qy-a/a100');
    // Qingyang's 7 free cards are no whole block of 8: a small job may take one.
    expect(p.place(mk('e', { units: 1 })).pool?.key).toBe('qy-a/a100');
  });

  it('sends a small job to a broken-up pool rather than break the last whole block', () => {
    const doc = exampleScenario() as { dataCenters: { pools: { units: number }[] }[] };
    doc.dataCenters[0]!.pools[0]!.units = 20;
    doc.dataCenters[1]!.pools[1]!.units = 12;
    const small = new Network(buildScenario(doc).scenario);
    const run = (policy: PolicyName) => {
      const ctx = new PlacementContext(small);
      const p = new OnlinePlacer(ctx, policyFor(policy, (h) => !ctx.westHubs.has(h), { keepWhole: 8, keepWholeFrom: 0.5 }), new SeededRng(1));
      p.place(mk('a', { units: 17, models: ['A100'] })); // Qingyang: 3 free
      p.place(mk('b', { units: 2, models: ['T4'] })); // Shanghai: 10 free, 19 of 32 in use
      return p.place(mk('c', { units: 3 }), true);
    };
    // The cheap T4 cards would drop from 10 to 7 free: no pool could then host an 8-card job.
    expect(run('cheapest').pool?.key).toBe('sh-a/t4');
    const d = run('engine');
    expect(d.pool?.key).toBe('qy-a/a100');
    expect(d.explanation?.checkers.find((c) => c.name === 'keep-whole')).toMatchObject({ removed: 1, example: { pool: 'sh-a/t4', reason: 'would leave 7 free units, breaking a block of 8' } });
  });

  it('explains a rejection by the checker that left nothing', () => {
    const d = placer().place(mk('r1', { latency: 'realtime', maxLatencyMs: 1 }), true);
    expect(d.placed).toBe(false);
    expect(d.explanation?.rejectedBy).toBe('latency');
    expect(d.explanation?.candidates).toBe(3);
    expect(d.explanation?.checkers[0]).toEqual({ name: 'class', rule: "the pool's class is the job's class", removed: 1 });
    expect(d.explanation?.checkers.find((c) => c.name === 'latency')?.removed).toBe(2);
    expect(d.reason).toBe('no pool left after the latency check');
    // Without an explanation too, the reason names the rule that left nothing.
    const full = placer('engine');
    full.place(mk('f1', { units: 8000, models: ['A100'] }));
    full.place(mk('f2', { units: 400, models: ['T4'] }));
    expect(full.place(mk('f3', { units: 1 })).reason).toBe('no pool left after the capacity check');
    expect(placer('engine').place(mk('r2', { maxLatencyMs: 1 })).reason).toBe('no pool left after the latency check');
    const none = placer().place(mk('s1', { class: 'super' }), true);
    expect(none.reason).toBe('no pool of class super');
    expect(none.explanation?.rejectedBy).toBe('class');
  });

  it('refuses jobs out of start order', () => {
    const p = placer();
    p.place(mk('a', { submitAt: 10 }));
    expect(() => p.place(mk('b', { submitAt: 5 }))).toThrow('job "b" starts at 5, before the previous job (10): online placement needs start order');
  });

  it('nearest keeps work local; cheapest and engine move batch work to the cheaper pool', () => {
    const job = mk('n', { models: ['A100', 'T4'], units: 10, submitAt: 0 });
    expect(placer('nearest').place(job).pool?.key).toBe('sh-a/t4');
    const a100Only = { ...job, models: ['A100'] };
    expect(placer('nearest').place(a100Only).pool?.key).toBe('qy-a/a100');
  });
});

describe('scheduleOnline', () => {
  const jobs = Array.from({ length: 200 }, (_, i) => mk(`j${i}`, { submitAt: i * 60, units: 1 + (i % 7) * 10, durationS: 1800 + (i % 5) * 600, latency: i % 3 === 0 ? 'interactive' : 'batch' }));

  it('is deterministic for a seed, for every policy', () => {
    for (const policy of ['engine', 'nearest', 'cheapest', 'spread', 'random'] as const) {
      const a = scheduleOnline(net, jobs, { policy, rng: new SeededRng(4) }).map((d) => d.pool?.key ?? '-');
      const b = scheduleOnline(net, jobs, { policy, rng: new SeededRng(4) }).map((d) => d.pool?.key ?? '-');
      expect(a).toEqual(b);
    }
    const r1 = scheduleOnline(net, jobs, { policy: 'random', rng: new SeededRng(4) }).map((d) => d.pool?.key);
    const r2 = scheduleOnline(net, jobs, { policy: 'random', rng: new SeededRng(5) }).map((d) => d.pool?.key);
    expect(r1).not.toEqual(r2);
  });

  it('places in start order whatever the stream order, and summarises', () => {
    const shuffled = [...jobs].reverse();
    const d = scheduleOnline(net, shuffled, { policy: 'cheapest', rng: new SeededRng(1) });
    expect(d.map((x) => x.job.id)).toEqual(jobs.map((j) => j.id));
    const s = summarizeSchedule(net, 'cheapest', d);
    expect(s.jobs).toBe(200);
    expect(s.placed + s.unplaced).toBe(200);
    expect(s.cost.total).toBe(d.reduce((a, x) => a + (x.cost?.total ?? x.penalty ?? 0), 0));
    expect(s.latencyViolations).toBe(0);
  });
});

describe('the fast walk of a cost-minimising policy', () => {
  // A generated network, shrunk so that pools fill and jobs are turned away; jobs name models,
  // carry green floors and tight latency bounds. The walk must agree with a full scan of every pool.
  const doc = scaleScenarioDocument(generateScenario({ dataCenters: 120, origins: 12 }, new SeededRng(3)), 0.004);
  const gen = new Network(buildScenario(doc).scenario);
  // Some jobs also set a residency set, a price cap or a high green floor, so that every rule
  // applies to some jobs and not to others (the walk runs only the rules a job sets).
  const hubs = gen.scenario.hubs.map((h) => h.id);
  const stream = generateJobs(gen, { count: 1500, ratePerS: 2 }, new SeededRng(5))
    .map((j, i) => (i % 9 === 0 ? { ...j, maxLatencyMs: 1 + (i % 4) } : j))
    .map((j, i) => (i % 7 === 0 ? { ...j, residency: hubs.slice(i % hubs.length, (i % hubs.length) + 2) } : j))
    .map((j, i) => (i % 11 === 0 ? { ...j, maxPrice: 20_000 + (i % 5) * 20_000 } : j))
    .map((j, i) => (i % 13 === 0 ? { ...j, minGreenShare: 0.99 } : j));

  it('finds the same pools and the same rejection reasons as the full scan', () => {
    for (const policy of ['engine', 'cheapest'] as const) {
      const ctx = new PlacementContext(gen);
      const make = () => new OnlinePlacer(ctx, policyFor(policy, (h) => !ctx.westHubs.has(h), {}, gen.scenario), new SeededRng(1));
      const fast = make();
      const full = make();
      let rejected = 0;
      const reasons = new Set<string>();
      for (const job of stream) {
        const a = fast.place(job);
        const b = full.place(job, true);
        expect(a.pool?.key, job.id).toBe(b.pool?.key);
        expect(a.cost?.total, job.id).toBe(b.cost?.total);
        expect(a.reason, job.id).toBe(b.reason);
        if (!a.placed) {
          rejected += 1;
          reasons.add(a.reason!);
        }
      }
      // The stream exercises turning jobs away, for more than one reason.
      expect(rejected).toBeGreaterThan(20);
      expect([...reasons].sort()).toEqual(['latency', 'residency', 'green', 'price', 'capacity'].map((k) => `no pool left after the ${k} check`).sort());
    }
  });

  it('cuts a reach list by model, keeping the cost order, once', () => {
    const ctx = new PlacementContext(gen);
    const origin = gen.scenario.origins[0]!.id;
    const reach = ctx.reachable(origin, 'intelligent', 20);
    const models = [...gen.modelsOf('intelligent')].sort();
    let total = 0;
    for (const model of models) {
      const sub = ctx.modelList(reach, model);
      total += sub.all.length;
      expect(Array.from(sub.all)).toEqual(Array.from(reach.all).filter((i) => ctx.pools[i]!.model === model));
      expect(Array.from(sub.home)).toEqual(Array.from(reach.home).filter((i) => ctx.pools[i]!.model === model));
      // Cut once: the same list each time. Green maxima run from the end.
      expect(ctx.modelList(reach, model)).toBe(sub);
      sub.all.forEach((_, k) => expect(sub.allGreenMax[k]).toBe(Math.max(...Array.from(sub.all.slice(k)).map((i) => ctx.poolGreen[i]!))));
    }
    expect(total).toBe(reach.all.length);
    expect(ctx.modelList(reach, 'no-such-model').all.length).toBe(0);
  });
});
