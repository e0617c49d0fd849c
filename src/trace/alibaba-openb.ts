import { ValidationError } from '../core/errors.js';
import type { Issue } from '../core/errors.js';
import type { Network } from '../core/network/network.js';
import type { LatencyClass } from '../core/network/latency.js';
import { SeededRng, WeightedSampler } from '../core/rng.js';
import type { JobSpec } from '../core/workload/job.js';
import { readCsvTable } from '../formats/csv.js';

/**
 * Turns the Alibaba GPU cluster trace v2023 ("openb", Weng et al., USENIX ATC
 * 2023) into a Suanli job stream. The mapping rules are documented in
 * docs/trace-alibaba.md; every random choice comes from one seeded Rng, so the
 * same seed gives the same stream byte for byte.
 */

/** Trace GPU model -> scenario models a task asking for it can run on (same or newer, same software stack). */
export const GPU_SPEC_MODELS: Readonly<Record<string, readonly string[]>> = {
  P100: ['P100', 'V100M16', 'V100M32', 'A10', 'A100', 'H800'],
  T4: ['T4', 'A10', 'A100', 'H20'],
  V100M16: ['V100M16', 'V100M32', 'A100', 'H800'],
  V100M32: ['V100M32', 'A100', 'H800'],
  A10: ['A10', 'A100', 'H20'],
  // G1-G3 are undisclosed internal models: assumed to be current data-center GPUs.
  G1: ['A100', 'H800', 'H20'],
  G2: ['A100', 'H800', 'H20'],
  G3: ['A100', 'H800', 'H20'],
};

/** Trace QoS -> latency class. */
export const QOS_LATENCY: Readonly<Record<string, LatencyClass>> = {
  LS: 'interactive',
  BE: 'batch',
  Burstable: 'batch',
  Guaranteed: 'realtime',
};

const REQUIRED_COLUMNS = ['name', 'cpu_milli', 'num_gpu', 'gpu_milli', 'gpu_spec', 'qos', 'creation_time', 'deletion_time'] as const;

export interface ConvertOptions {
  seed: number;
  /** Submit times are divided by this factor to compress the trace (durations are kept). Default 1. */
  compress?: number;
  /** Tenant name written on every job. */
  tenant?: string;
  /** Called now and then with the records converted so far, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface ConvertStats {
  tasks: number;
  byClass: Record<string, number>;
  byLatency: Record<string, number>;
  /** Tasks asking for part of one GPU, rounded up to a whole card. */
  fractionalGpuRoundedUp: number;
  /** Tasks of zero duration, given 1 s. */
  zeroDuration: number;
  /** Tasks whose gpu_spec mapped to no model the scenario offers. */
  unmatchedSpec: number;
}

export interface ConvertResult {
  jobs: JobSpec[];
  stats: ConvertStats;
  warnings: Issue[];
}

/** Converts the text of openb_pod_list_default.csv into jobs for `network`. */
export function convertAlibabaOpenb(text: string, source: string, network: Network, opts: ConvertOptions): ConvertResult {
  const compress = opts.compress ?? 1;
  if (!(compress > 0) || !Number.isFinite(compress)) {
    throw new ValidationError('--compress', [{ path: '', message: `must be a number greater than 0, got ${compress}` }]);
  }
  const { header, records } = readCsvTable(text, source, 'the openb pod list header');
  const col = new Map(header.fields.map((f, i) => [f.trim(), i]));
  const missing = REQUIRED_COLUMNS.filter((c) => !col.has(c));
  if (missing.length > 0) {
    throw new ValidationError(source, [{ path: '', line: header.line, message: `not an openb pod list: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` }]);
  }

  const origins = network.scenario.origins.filter((o) => o.weight > 0);
  const originSampler = new WeightedSampler(origins, (o) => o.weight);
  const rng = new SeededRng(opts.seed);
  const offered = network.modelsOf('intelligent');
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const stats: ConvertStats = {
    tasks: 0, byClass: {}, byLatency: {}, fractionalGpuRoundedUp: 0, zeroDuration: 0, unmatchedSpec: 0,
  };
  const jobs: JobSpec[] = [];

  const every = Math.max(1, Math.floor(records.length / 200));
  for (const [n, r] of records.entries()) {
    if (n % every === 0) opts.onProgress?.(n, records.length);
    const get = (c: (typeof REQUIRED_COLUMNS)[number]): string => (r.fields[col.get(c) as number] ?? '').trim();
    const int = (c: (typeof REQUIRED_COLUMNS)[number]): number | undefined => {
      const v = get(c);
      if (!/^\d+$/.test(v)) {
        errors.push({ path: c, line: r.line, message: `must be a whole number >= 0, got "${v}"` });
        return undefined;
      }
      return Number(v);
    };
    const name = get('name');
    const cpuMilli = int('cpu_milli');
    const numGpu = int('num_gpu');
    const gpuMilli = int('gpu_milli');
    const created = int('creation_time');
    const deleted = int('deletion_time');
    const qos = get('qos');
    const latency = QOS_LATENCY[qos];
    if (latency === undefined) errors.push({ path: 'qos', line: r.line, message: `unknown QoS "${qos}" (known: ${Object.keys(QOS_LATENCY).join(', ')})` });
    if (!name) errors.push({ path: 'name', line: r.line, message: 'is empty' });
    if (cpuMilli === undefined || numGpu === undefined || gpuMilli === undefined || created === undefined || deleted === undefined || latency === undefined || !name) continue;
    if (deleted < created) {
      errors.push({ path: 'deletion_time', line: r.line, message: `ends (${deleted}) before it starts (${created})` });
      continue;
    }

    // Two draws per task, always in this order: the origin, then the data size.
    const origin = originSampler.pick(rng);
    const dataDraw = rng.next();

    const gpu = numGpu > 0 || gpuMilli > 0;
    let units: number;
    if (gpu) {
      units = Math.max(1, numGpu);
      if (numGpu <= 1 && gpuMilli > 0 && gpuMilli < 1000) stats.fractionalGpuRoundedUp++;
    } else {
      units = Math.max(1, Math.ceil(cpuMilli / 1000));
    }
    let models: string[] | undefined;
    const spec = get('gpu_spec');
    if (gpu && spec !== '') {
      const wanted = new Set<string>();
      for (const s of spec.split('|')) for (const m of GPU_SPEC_MODELS[s.trim()] ?? [s.trim()]) wanted.add(m);
      const present = [...wanted].filter((m) => offered.has(m));
      if (present.length === 0) {
        stats.unmatchedSpec++;
        warnings.push({ path: 'gpu_spec', line: r.line, message: `"${spec}" maps to no model this scenario offers; kept as ${[...wanted].join('|')}` });
        models = [...wanted];
      } else {
        models = present;
      }
    }
    let durationS = deleted - created;
    if (durationS === 0) {
      durationS = 1;
      stats.zeroDuration++;
    }
    // Input data: log-uniform from 1 to 1,000 GB per task, times the GPUs it uses (an assumption: the trace has no data sizes).
    const dataGb = Math.round(10 ** (3 * dataDraw) * (gpu ? units : 1) * 10) / 10;
    const cls = gpu ? 'intelligent' : 'general';
    jobs.push({
      id: name,
      submitAt: compress === 1 ? created : Math.round((created / compress) * 1000) / 1000,
      origin: origin.id,
      class: cls,
      units,
      ...(models && { models }),
      durationS,
      latency,
      dataGb,
      ...(opts.tenant !== undefined && { tenant: opts.tenant }),
    });
    stats.tasks++;
    stats.byClass[cls] = (stats.byClass[cls] ?? 0) + 1;
    stats.byLatency[latency] = (stats.byLatency[latency] ?? 0) + 1;
  }
  if (errors.length > 0) throw new ValidationError(source, errors.slice(0, 50));
  jobs.sort((a, b) => a.submitAt - b.submitAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { jobs, stats, warnings };
}
