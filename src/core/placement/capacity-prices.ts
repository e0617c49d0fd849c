import { lowerBound } from '../sorted.js';

/**
 * A run [start, end) rounded out to a time grid of `gridS` seconds: the start
 * down, the end up, at least one slot. With no grid (0), the run itself.
 */
export function onGrid(start: number, end: number, gridS: number): { start: number; end: number } {
  if (!(gridS > 0)) return { start, end };
  const from = Math.floor(start / gridS) * gridS;
  return { start: from, end: Math.max(from + gridS, Math.ceil(end / gridS) * gridS) };
}

/**
 * Capacity prices per pool over time: a price per unit at each checkpoint of
 * a pool's load (1/10,000 yuan), as a periodic LP's duals give them. Holding
 * u units of a pool over [start, end) costs u x the sum of the prices of the
 * checkpoints in that span.
 */
export class CapacityPrices {
  /** Per pool: checkpoint times, ascending, and the running sums of their prices (one longer). */
  private readonly times: Float64Array[];
  private readonly sums: Float64Array[];

  /**
   * With `gridS`, each checkpoint prices the grid slot it starts (the LP was
   * built on that grid), and a run pays for every slot it touches.
   */
  constructor(
    pools: number,
    checkpoints: readonly { pool: number; time: number; price: number }[] = [],
    private readonly gridS = 0,
  ) {
    const byPool: { time: number; price: number }[][] = Array.from({ length: pools }, () => []);
    for (const k of checkpoints) if (k.price > 0) byPool[k.pool]!.push(k);
    for (const ks of byPool) ks.sort((a, b) => a.time - b.time);
    this.times = byPool.map((ks) => Float64Array.from(ks, (k) => k.time));
    this.sums = byPool.map((ks) => {
      const s = new Float64Array(ks.length + 1);
      ks.forEach((k, i) => (s[i + 1] = (s[i] as number) + k.price));
      return s;
    });
  }

  /** Price of holding one unit of `pool` over [start, end). */
  of(pool: number, start: number, end: number): number {
    const ts = this.times[pool]!;
    if (ts.length === 0) return 0;
    const s = this.sums[pool]!;
    const run = onGrid(start, end, this.gridS);
    return (s[lowerBound(ts, run.end)] as number) - (s[lowerBound(ts, run.start)] as number);
  }
}
