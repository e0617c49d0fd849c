import type { ComputeClass } from '../network/compute-class.js';
import type { LatencyClass } from '../network/latency.js';
import type { Network } from '../network/network.js';
import { WeightedSampler, randomBetween, randomNormal } from '../rng.js';
import type { Rng } from '../rng.js';
import type { JobSpec } from './job.js';

/**
 * Synthetic job streams of any size, shaped like the Alibaba GPU trace: mostly
 * one-card AI jobs, a tail of 2-, 4- and 8-card jobs, some CPU and HPC work;
 * about 55% interactive, 43% batch, 2% realtime; log-normal run times with a
 * median of an hour; Poisson arrivals. Origins are drawn by weight. The mix is
 * documented in docs/placement.md and is an assumption, not a measurement.
 */
export interface JobGenOptions {
  count: number;
  /** Mean arrivals per second. */
  ratePerS: number;
  tenant?: string;
}

const CLASS_MIX: [ComputeClass, number][] = [['intelligent', 0.85], ['general', 0.13], ['super', 0.02]];
const LATENCY_MIX: [LatencyClass, number][] = [['interactive', 0.55], ['batch', 0.43], ['realtime', 0.02]];
const GPU_UNITS: [number, number][] = [[1, 0.86], [2, 0.04], [4, 0.04], [8, 0.06]];
const CPU_UNITS: [number, number][] = [[4, 0.3], [8, 0.3], [16, 0.2], [32, 0.15], [64, 0.05]];
const HPC_UNITS: [number, number][] = [[1, 0.3], [4, 0.3], [16, 0.3], [32, 0.1]];

export function generateJobs(net: Network, opts: JobGenOptions, rng: Rng): JobSpec[] {
  const origins = new WeightedSampler(net.scenario.origins.filter((o) => o.weight > 0), (o) => o.weight);
  const cls = new WeightedSampler(CLASS_MIX, (x) => x[1]);
  const lat = new WeightedSampler(LATENCY_MIX, (x) => x[1]);
  const units: Record<ComputeClass, WeightedSampler<[number, number]>> = {
    intelligent: new WeightedSampler(GPU_UNITS, (x) => x[1]),
    general: new WeightedSampler(CPU_UNITS, (x) => x[1]),
    super: new WeightedSampler(HPC_UNITS, (x) => x[1]),
  };
  const models: Record<ComputeClass, string[]> = {
    intelligent: [...net.modelsOf('intelligent')].sort(),
    general: [...net.modelsOf('general')].sort(),
    super: [...net.modelsOf('super')].sort(),
  };
  const width = String(opts.count).length;
  const jobs: JobSpec[] = [];
  let t = 0;
  for (let i = 0; i < opts.count; i++) {
    t += -Math.log(1 - rng.next()) / opts.ratePerS;
    const c = cls.pick(rng)[0];
    const u = units[c].pick(rng)[0];
    const latency = lat.pick(rng)[0];
    const origin = origins.pick(rng);
    const durationS = Math.round(Math.min(7 * 86_400, Math.max(60, 3600 * Math.exp(1.5 * randomNormal(rng)))));
    const dataGb = Math.round(10 ** (3 * rng.next()) * (c === 'intelligent' ? u : 1) * 10) / 10;
    // A fifth of AI jobs name one or two acceptable models; one in ten wants green power.
    const pickModels = c === 'intelligent' && models[c].length > 0 && rng.next() < 0.2;
    const m = pickModels ? [models[c][Math.floor(rng.next() * models[c].length)] as string] : undefined;
    if (m && rng.next() < 0.5) {
      const other = models[c][Math.floor(rng.next() * models[c].length)] as string;
      if (!m.includes(other)) m.push(other);
    }
    const green = rng.next() < 0.1 ? Math.round(randomBetween(rng, 0.5, 0.9) * 100) / 100 : undefined;
    jobs.push({
      id: `g${String(i).padStart(width, '0')}`,
      submitAt: Math.round(t * 1000) / 1000,
      origin: origin.id,
      class: c,
      units: u,
      ...(m && { models: m }),
      durationS,
      latency,
      dataGb,
      ...(green !== undefined && { minGreenShare: green }),
      ...(opts.tenant !== undefined && { tenant: opts.tenant }),
    });
  }
  return jobs;
}
