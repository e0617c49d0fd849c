import { greatCircleKm } from './geo.js';

/**
 * Latency classes of work, with their one-way bound in ms from the national
 * targets: within 5 ms of surrounding cities, within 20 ms to the eastern cities a
 * cluster serves, and no bound for work that can travel.
 */
export const LATENCY_CLASSES = ['realtime', 'interactive', 'batch'] as const;
export type LatencyClass = (typeof LATENCY_CLASSES)[number];

export const LATENCY_BOUND_MS: Record<LatencyClass, number> = {
  realtime: 5,
  interactive: 20,
  batch: Number.POSITIVE_INFINITY,
};

/** The tightest class whose bound admits `maxLatencyMs`. */
export function latencyClassFor(maxLatencyMs: number): LatencyClass {
  if (maxLatencyMs <= LATENCY_BOUND_MS.realtime) return 'realtime';
  if (maxLatencyMs <= LATENCY_BOUND_MS.interactive) return 'interactive';
  return 'batch';
}

/** Parameters of the fiber latency model. Defaults follow the reference facts. */
export interface LatencyParams {
  /** Speed of light in fiber: about 200 km per ms. */
  fiberKmPerMs: number;
  /** Real routes are longer than the great circle; the 2023 plan allows 1.5x. */
  routeFactor: number;
  /** Fixed cost of switching and last-mile, ms. */
  overheadMs: number;
}

export const DEFAULT_LATENCY_PARAMS: LatencyParams = { fiberKmPerMs: 200, routeFactor: 1.5, overheadMs: 1 };

/** One-way latency in ms over `km` of great-circle distance. */
export function latencyForKm(km: number, p: LatencyParams): number {
  return (km * p.routeFactor) / p.fiberKmPerMs + p.overheadMs;
}

/** One-way latency in ms between two points in degrees, by the model (no overrides). */
export function modelLatencyMs(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
  p: LatencyParams,
): number {
  return latencyForKm(greatCircleKm(a.lat, a.lon, b.lat, b.lon), p);
}
