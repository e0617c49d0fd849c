import { describe, expect, it } from 'vitest';
import { Network } from '../network/network.js';
import { buildScenario } from '../network/scenario.js';
import { SeededRng } from '../rng.js';
import type { JobSpec } from '../workload/job.js';
import { PlacementContext } from './context.js';
import { SizeOutlook } from './fragmentation.js';
import { OnlinePlacer } from './placer.js';
import { policyFor } from './policy.js';
import { exampleScenario } from '../../../test/fixtures.js';

const job = (id: string, units: number, submitAt: number, durationS: number): JobSpec => ({
  id, submitAt, origin: 'shanghai', class: 'intelligent', units, durationS, latency: 'batch', dataGb: 0,
});

describe('SizeOutlook', () => {
  it('prices the room a placement takes from the sizes expected, net of what the other jobs take first', () => {
    // Four pools of one class with 34, 32, 17 and 10 units free.
    const free = Float64Array.from([34, 32, 17, 10]);
    const o = new SizeOutlook(free, [0, 0, 0, 0], 1, 'mean');
    // Seen so far: four jobs of 32 units (2 h each) and ten of 4 units (1 h each), from t = 0.
    for (let i = 0; i < 4; i++) o.observe(0, job(`l${i}`, 32, 0, 7200));
    for (let i = 0; i < 10; i++) o.observe(0, job(`s${i}`, 4, 0, 3600));
    o.begin(0, 3600, 3600);
    // A 4-unit job for an hour: the span is 3,600 + 3,600 s, so 2 jobs of 32 and 5 of 4 are expected,
    // 84 units in all. Slots of 32: 2 (34 and 32 free); the others' 20 units take 20/32 of them first: 1.375.
    // Taking 4 of the 34 leaves no slot of 32 there: short by 2 - 0.375 = 1.625 instead of 0.625, one job
    // more, at 50 x 32 units x 2 h. Slots of 4: 22, less (84 - 20) / 4 = 16 for the rest: 6 for the 5 expected,
    // so one taken costs nothing.
    expect(o.lossAt(0, 4, 3600, 50)).toBeCloseTo(50 * 32 * 2, 9);
    // In the pool of 17 no job of 32 fits anyway, and the slots of 4 still cover those expected.
    expect(o.lossAt(2, 4, 3600, 50)).toBe(0);
    // The slots follow the free units. With the pool of 32 taken, one slot of 32 is left (0.375 after the
    // others), and still one job more is short; the slots of 4 drop to 14, 2 fewer than the others take first,
    // so the 5 expected are short by 7, and 8 with this one: one 4-unit job of an hour more.
    o.moved(1, 32, 0);
    free[1] = 0;
    expect(o.lossAt(0, 4, 3600, 50)).toBeCloseTo(50 * 32 * 2 + 50 * 4 * 1, 9);
    // With nothing seen there is nothing to price.
    expect(new SizeOutlook(free, [0, 0, 0, 0], 1, 'mean').lossAt(0, 4, 3600, 50)).toBe(0);
  });

  it('counts, of the jobs arriving in a long run, only those still running at its end (Little\'s law), and prices a lost slot over the whole run', () => {
    // Ten jobs of 32 units seen from t = 0, each running 1 h; a 4-unit job at t = 3,600 s for 4 h.
    const seen = (free: Float64Array) => {
      const o = new SizeOutlook(free, Array.from(free, () => 0), 1, 'mean');
      for (let i = 0; i < 10; i++) o.observe(0, job(`l${i}`, 32, 0, 3600));
      o.begin(0, 3600, 14_400);
      return o;
    };
    // The span is 3,600 + 14,400 s: 10 x 14,400 / 18,000 = 8 arrive in the run, but each ends within an hour,
    // so 10 x 3,600 / 18,000 = 2 are running at its end. With two slots of 32, taking one leaves one short
    // the whole 4 h, turning a 1-h job away each hour: 50 x 32 units x 4 h.
    expect(seen(Float64Array.from([34, 32])).lossAt(0, 4, 14_400, 50)).toBeCloseTo(50 * 32 * 4, 9);
    // With three slots of 32 the two still cover them: nothing to price (counting all 8 arrivals would price one).
    expect(seen(Float64Array.from([34, 32, 32])).lossAt(0, 4, 14_400, 50)).toBe(0);
  });

  it('adds, in a region, the shortfall of the jobs that can use only its pools', () => {
    // Three pools of 32 free units; jobs of 32 units for 1 h seen, ten of them able to use pool 0 alone
    // (a residency, say). Pool 0 is the region {0}.
    const free = Float64Array.from([32, 32, 32]);
    const o = new SizeOutlook(free, [0, 0, 0], 1, 'mean');
    const region = o.region(Int32Array.from([0]));
    expect(o.region(Int32Array.from([0]))).toBe(region);
    for (let i = 0; i < 10; i++) o.observe(0, job(`r${i}`, 32, 0, 3600), region);
    o.begin(0, 3600, 3600);
    // Class-wide: 10 x 3,600 / 7,200 = 5 expected against 3 slots: short 2 already, 3 with a slot taken.
    // In the region the jobs present are Poisson, of mean 5, against its 1 slot: taking it leaves
    // P(N > 0) = 1 - e^-5 more of them short. Each is 50 x 32 x 1 h.
    expect(o.lossAt(0, 4, 3600, 50)).toBeCloseTo(50 * 32 * (1 + (1 - Math.exp(-5))), 9);
    // Pool 1 lies in no region: the class-wide shortfall alone.
    expect(o.lossAt(1, 4, 3600, 50)).toBeCloseTo(50 * 32, 9);
    // The region's slots follow its pool's free units.
    o.moved(0, 32, 0);
    free[0] = 0;
    o.begin(0, 3600, 3600);
    expect(o.lossAt(1, 4, 3600, 50)).toBeCloseTo(50 * 32, 9);
  });

  it('prices, in a region, the chance that its few jobs come together, where their mean alone has room', () => {
    // Three pools of 32 free units; one job of 32 units for 1 h seen, able to use pools 0 and 1 alone.
    const free = Float64Array.from([32, 32, 32]);
    const o = new SizeOutlook(free, [0, 0, 0], 1, 'mean');
    const region = o.region(Int32Array.from([0, 1]));
    o.observe(0, job('r', 32, 0, 3600), region);
    o.begin(0, 3600, 3600);
    // 0.5 expected: class-wide against 3 slots, in the region against 2; by the mean alone nothing is short. But with
    // one of the region's slots taken, the 2 or more jobs that a Poisson count of mean 0.5 brings with chance
    // P(N > 1) = 1 - 1.5 e^-0.5 find one slot too few.
    expect(o.lossAt(0, 4, 3600, 50)).toBeCloseTo(50 * 32 * (1 - 1.5 * Math.exp(-0.5)), 9);
    expect(o.lossAt(2, 4, 3600, 50)).toBe(0);
  });

  it('prices, in a region, the bursts its jobs come in: in clumps of c, c times a Poisson count of mean e / c', () => {
    // The same 48 jobs of 32 units for 1 h over 12 h, one every 15 minutes or in 6 bursts of 8; a region of two
    // pools with 4 slots of 32 each, and a third pool outside it.
    const loss = (at: (i: number) => number) => {
      const free = Float64Array.from([128, 128, 128]);
      const o = new SizeOutlook(free, [0, 0, 0], 1, 'mean');
      const region = o.region(Int32Array.from([0, 1]));
      for (let i = 0; i < 48; i++) o.observe(0, job(`j${i}`, 32, at(i), 3600), region);
      o.begin(0, 12 * 3600, 3600);
      return { inRegion: o.lossAt(0, 32, 3600, 50), outside: o.lossAt(2, 32, 3600, 50) };
    };
    const flat = loss((i) => i * 900);
    const bursts = loss((i) => Math.floor(i / 8) * 7200 + (i % 8));
    // 3.7 jobs expected against the region's 8 slots: a Poisson count rarely takes them all, eight at a time often do.
    expect(flat.inRegion).toBeGreaterThan(0);
    expect(bursts.inRegion).toBeGreaterThan(3 * flat.inRegion);
    // Class-wide the count stays its mean, which the 12 slots cover either way.
    expect(flat.outside).toBe(0);
    expect(bursts.outside).toBe(0);
  });

  it('counts, class-wide in the engine, the jobs to come by their Poisson law too', () => {
    // Two pools of 32 free units and one job of 32 for 1 h seen: 0.5 expected against 2 slots. By the mean
    // nothing is short; by the Poisson law, with one slot taken, the 2 or more a count of mean 0.5 brings
    // with chance P(N > 1) = 1 - 1.5 e^-0.5 find one slot too few.
    const loss = (law: 'poisson' | 'mean') => {
      const o = new SizeOutlook(Float64Array.from([32, 32]), [0, 0], 1, law);
      o.observe(0, job('c', 32, 0, 3600));
      o.begin(0, 3600, 3600);
      return o.lossAt(0, 4, 3600, 50);
    };
    expect(loss('poisson')).toBeCloseTo(50 * 32 * (1 - 1.5 * Math.exp(-0.5)), 9);
    expect(loss('mean')).toBe(0);
  });

  it('leaves the choice to cost when every pool takes the same room (jobs of one size)', () => {
    const free = Float64Array.from([200, 100]);
    const o = new SizeOutlook(free, [0, 0], 1, 'mean');
    for (let i = 0; i < 50; i++) o.observe(0, job(`j${i}`, 100, i * 60, 3600));
    o.begin(0, 3000, 3600);
    expect(o.lossAt(0, 100, 3600, 50)).toBe(o.lossAt(1, 100, 3600, 50));
  });
});

describe('fragmentation pricing in the engine', () => {
  // Shanghai's T4 pool (the cheaper for this origin) cut to 34 cards and Qingyang's A100 pool to 10:
  // only the T4 pool can host a 32-card job.
  const doc = exampleScenario() as { dataCenters: { pools: { units: number }[] }[] };
  doc.dataCenters[0]!.pools[0]!.units = 10;
  doc.dataCenters[1]!.pools[1]!.units = 34;
  const net = new Network(buildScenario(doc).scenario);
  const run = (fragmentation: boolean) => {
    const ctx = new PlacementContext(net);
    const p = new OnlinePlacer(ctx, policyFor('engine', (h) => !ctx.westHubs.has(h), { fragmentation }, net.scenario), new SeededRng(1));
    // Two 32-card jobs of 3 h in the first minute: the T4 pool takes one, the other finds no pool of 32.
    const large = [p.place(job('l1', 32, 0, 10_800)), p.place(job('l2', 32, 1, 10_800))];
    // After the first ends, a 4-card job of 3 h arrives.
    return { large, small: p.place(job('s1', 4, 10_801, 10_800), true) };
  };

  it('sends a small job away from the one pool that large jobs need, and says what that room is worth', () => {
    const off = run(false);
    expect(off.large.map((d) => d.pool?.key ?? null)).toEqual(['sh-a/t4', null]);
    expect(off.small.pool?.key).toBe('sh-a/t4');
    const on = run(true);
    expect(on.small.pool?.key).toBe('qy-a/a100');
    // The runner-up is the T4 pool, ranked at its cost plus the expected penalty of the 32-card job it would shut out:
    // 2 jobs of 32 seen over 10,801 + 10,800 s, so about 1.0 expected in 3 h against 1 slot. Counted by their Poisson
    // law, taking the slot leaves P(N > 0) = 1 - e^-1.0 more of them short, each 32 cards x 3 h.
    const r = on.small.explanation!.runnerUp!;
    expect(r.pool).toBe('sh-a/t4');
    // The only other size seen is 32, so no other job takes that slot first.
    const expected = (2 * 10_800) / (10_801 + 10_800);
    const short = 1 - Math.exp(-expected);
    expect(short).toBeGreaterThan(0.6);
    expect(r.score - r.cost.total).toBeCloseTo(short * net.scenario.unplacedPenalty * 32 * 3, 0);
    expect(on.small.explanation!.winner!.score).toBe(on.small.explanation!.winner!.cost.total);
  });

  it('keeps the one pool that price-capped jobs can afford for them, though the class has room to spare', () => {
    const doc2 = exampleScenario() as { dataCenters: { pools: { units: number }[] }[] };
    doc2.dataCenters[0]!.pools[0]!.units = 64;
    doc2.dataCenters[1]!.pools[1]!.units = 32;
    const net2 = new Network(buildScenario(doc2).scenario);
    const ctx = new PlacementContext(net2);
    const p = new OnlinePlacer(ctx, policyFor('engine', (h) => !ctx.westHubs.has(h), {}, net2.scenario), new SeededRng(1));
    const cap = ctx.pools.find((x) => x.key === 'sh-a/t4')!.price;
    const capped = (id: string, at: number) => ({ ...job(id, 32, at, 10_800), maxPrice: cap });
    // Two 32-card jobs that can afford only the T4 pool: the first takes it, the second finds no room.
    expect([p.place(capped('c1', 0)), p.place(capped('c2', 1))].map((d) => d.pool?.key ?? null)).toEqual(['sh-a/t4', null]);
    // Class-wide there are 3 slots of 32 (1 of T4, 2 of A100) for about 1 such job expected: taking one leaves
    // P(N > 2) more short, 8% of a job. But the capped jobs can use the T4 pool alone, and a 4-card job there would
    // leave them without room: in that region the jobs present are Poisson of mean about 1, and P(N > 0) of them
    // would find no slot.
    const small = p.place(job('s1', 4, 10_801, 10_800), true);
    expect(small.pool?.key).toBe('qy-a/a100');
    const r = small.explanation!.runnerUp!;
    expect(r.pool).toBe('sh-a/t4');
    const expected = (2 * 10_800) / (10_801 + 10_800);
    const classWide = 1 - Math.exp(-expected) * (1 + expected + expected ** 2 / 2);
    expect(r.score - r.cost.total).toBeCloseTo((1 - Math.exp(-expected) + classWide) * net2.scenario.unplacedPenalty * 32 * 3, 0);
  });
});
