import type { DataCenter } from '../network/model.js';

/**
 * Hour-by-hour prices and green shares (a data center's `hourly`), as
 * integrals over a run. Hours are China Standard Time and time 0 of a job
 * stream is 00:00 of its first day, so the hour of time t is
 * floor(t / 3600) mod 24. Each integral is O(1): a prefix sum over the
 * 24-hour cycle, whole days times the day's total, and the two partial hours.
 */

/** The hour of the day of time `t`, 0..23. */
export function hourOf(t: number): number {
  return ((Math.floor(t / 3600) % 24) + 24) % 24;
}

interface Cycle {
  /** cum[h] = the integral of the figure from 00:00 to hour h, in figure-seconds; cum[24] is the day's. */
  cum: Float64Array;
  values: readonly number[];
}

const cycles = new WeakMap<readonly number[], Cycle>();

function cycle(values: readonly number[]): Cycle {
  let c = cycles.get(values);
  if (!c) {
    const cum = new Float64Array(25);
    for (let h = 0; h < 24; h++) cum[h + 1] = (cum[h] as number) + (values[h] as number) * 3600;
    c = { cum, values };
    cycles.set(values, c);
  }
  return c;
}

/** The integral of an hourly figure from time 0 to t (t >= 0). */
function upTo(c: Cycle, t: number): number {
  const days = Math.floor(t / 86_400);
  const rest = t - days * 86_400;
  const h = Math.min(23, Math.floor(rest / 3600));
  return days * (c.cum[24] as number) + (c.cum[h] as number) + (c.values[h] as number) * (rest - h * 3600);
}

/** The integral of an hourly figure over [start, start + seconds), in figure-seconds. */
export function integral(values: readonly number[], start: number, seconds: number): number {
  const c = cycle(values);
  const shift = start < 0 ? Math.ceil(-start / 86_400) * 86_400 : 0;
  return upTo(c, start + shift + seconds) - upTo(c, start + shift);
}

/**
 * Over a run on `dc` from `start` for `seconds`: the price-factor-seconds
 * (prices x factor, integrated) and the green-seconds (green share,
 * integrated). A data center without `hourly` has factor 1 and its flat green share.
 */
export function runIntegrals(dc: DataCenter, start: number, seconds: number): { priceSeconds: number; greenSeconds: number } {
  if (!dc.hourly) return { priceSeconds: seconds, greenSeconds: dc.greenShare * seconds };
  return { priceSeconds: integral(dc.hourly.priceFactor, start, seconds), greenSeconds: integral(dc.hourly.greenShare, start, seconds) };
}
