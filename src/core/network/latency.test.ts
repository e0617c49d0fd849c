import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './geo.js';
import { DEFAULT_LATENCY_PARAMS, LATENCY_BOUND_MS, latencyClassFor, latencyForKm, modelLatencyMs } from './latency.js';

describe('greatCircleKm', () => {
  it('measures known distances', () => {
    // Beijing to Shanghai is about 1,068 km along the great circle.
    expect(greatCircleKm(39.9, 116.41, 31.23, 121.47)).toBeGreaterThan(1060);
    expect(greatCircleKm(39.9, 116.41, 31.23, 121.47)).toBeLessThan(1075);
    expect(greatCircleKm(35.7, 107.6, 35.7, 107.6)).toBe(0);
    // A quarter of the meridian.
    expect(greatCircleKm(0, 0, 90, 0)).toBeCloseTo((Math.PI / 2) * 6371.0088, 6);
  });

  it('is symmetric', () => {
    expect(greatCircleKm(31.23, 121.47, 35.7, 107.6)).toBeCloseTo(greatCircleKm(35.7, 107.6, 31.23, 121.47), 9);
  });
});

describe('latency model', () => {
  it('is km x routeFactor / fiberKmPerMs + overheadMs', () => {
    expect(latencyForKm(200, DEFAULT_LATENCY_PARAMS)).toBe(2.5);
    expect(latencyForKm(0, DEFAULT_LATENCY_PARAMS)).toBe(1);
    expect(latencyForKm(1000, { fiberKmPerMs: 200, routeFactor: 2, overheadMs: 0.5 })).toBe(10.5);
  });

  it('puts Shanghai within the interactive bound of Qingyang but not the realtime one', () => {
    const ms = modelLatencyMs({ lat: 31.23, lon: 121.47 }, { lat: 35.7, lon: 107.6 }, DEFAULT_LATENCY_PARAMS);
    expect(ms).toBeGreaterThan(LATENCY_BOUND_MS.realtime);
    expect(ms).toBeLessThan(LATENCY_BOUND_MS.interactive);
  });

  it('classes a bound by the tightest class that admits it', () => {
    expect(latencyClassFor(3)).toBe('realtime');
    expect(latencyClassFor(5)).toBe('realtime');
    expect(latencyClassFor(5.01)).toBe('interactive');
    expect(latencyClassFor(20)).toBe('interactive');
    expect(latencyClassFor(21)).toBe('batch');
    expect(LATENCY_BOUND_MS.batch).toBe(Number.POSITIVE_INFINITY);
  });
});
