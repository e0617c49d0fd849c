import { z } from 'zod';
import { COMPUTE_CLASSES } from '../network/compute-class.js';
import type { ComputeClass } from '../network/compute-class.js';
import { LATENCY_BOUND_MS, LATENCY_CLASSES, latencyClassFor } from '../network/latency.js';
import type { LatencyClass } from '../network/latency.js';
import type { Network } from '../network/network.js';
import { idSchema, yuanSchema } from '../network/scenario.schema.js';
import type { Issue } from '../errors.js';
import { yuanToMinor } from '../money.js';
import type { Money } from '../money.js';

/** A unit of work to place: what it needs, where its users and data are, and what it may cost. */
export interface JobSpec {
  id: string;
  /** Seconds from the start of the stream. */
  submitAt: number;
  origin: string;
  class: ComputeClass;
  units: number;
  /** Acceptable hardware models, any one of them; undefined means any model of the class. */
  models?: string[];
  durationS: number;
  /** The kind of work; derived from maxLatencyMs when only that is given. */
  latency: LatencyClass;
  /** An explicit one-way bound that replaces the class bound. */
  maxLatencyMs?: number;
  /** Input data moved if the job runs outside its origin's home hub, GB. */
  dataGb: number;
  /** Hub ids or provinces the job must stay in; undefined means anywhere. */
  residency?: string[];
  minGreenShare?: number;
  /** Highest acceptable posted price per unit-hour, in 1/10,000 yuan. */
  maxPrice?: Money;
  /** Seconds the job may wait past submitAt to start (a cheaper or greener hour); absent or 0: it starts when submitted. */
  maxWaitS?: number;
  tenant?: string;
}

/** The one-way latency bound a job must meet, ms (Infinity for none). */
export function latencyBoundMs(job: Pick<JobSpec, 'latency' | 'maxLatencyMs'>): number {
  return job.maxLatencyMs ?? LATENCY_BOUND_MS[job.latency];
}

/** `A100|H800` or `["A100", "H800"]` -> list; blank -> undefined. */
const alternatives = z
  .union([z.string(), z.array(z.string())], { message: 'must be a text of "|"-separated values or a list' })
  .transform((v, ctx) => {
    const list = (Array.isArray(v) ? v : v.split('|')).map((s) => s.trim());
    if (list.some((s) => s === '')) {
      ctx.addIssue({ code: 'custom', message: 'has an empty alternative' });
      return z.NEVER;
    }
    return list.length === 0 ? undefined : list;
  });

/**
 * One record of a job stream (a CSV row or a JSON line), as written. Defined
 * field by field in docs/scenario-format.md.
 */
export const jobFieldsSchema = z
  .strictObject({
    id: idSchema,
    submitAt: z.number().min(0, { message: 'must not be negative' }).max(1e12).describe('Seconds from the start of the stream.'),
    origin: idSchema.describe('Origin id: where the users and the data are.'),
    class: z.enum(COMPUTE_CLASSES, { message: `must be one of ${COMPUTE_CLASSES.join(', ')}` }),
    units: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).max(1e9),
    model: alternatives.optional(),
    durationS: z.number().positive({ message: 'must be greater than 0' }).max(1e10),
    latency: z.enum(LATENCY_CLASSES, { message: `must be one of ${LATENCY_CLASSES.join(', ')}` }).optional(),
    maxLatencyMs: z.number().min(0, { message: 'must not be negative' }).max(1e6).optional(),
    dataGb: z.number().min(0, { message: 'must not be negative' }).max(1e9).default(0),
    residency: alternatives.optional(),
    minGreenShare: z.number().min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).optional(),
    maxPrice: yuanSchema('Highest acceptable price per unit-hour.').optional(),
    maxWaitS: z.number({ message: 'must be a whole number of seconds, 0 or more' }).int({ message: 'must be a whole number of seconds' })
      .min(0, { message: 'must not be negative' }).max(365 * 86_400, { message: 'must be at most a year (31536000 s)' }).optional()
      .describe('Seconds the job may wait past submitAt to start; 0 (the default): it starts when submitted.'),
    tenant: z.string().min(1).max(200).optional(),
  });

/** A job must say how far from its users it may run: a latency class or an explicit bound. */
export function requireLatency(j: { latency?: unknown; maxLatencyMs?: unknown }, ctx: z.RefinementCtx): void {
  if (j.latency === undefined && j.maxLatencyMs === undefined) {
    ctx.addIssue({ code: 'custom', path: ['latency'], message: 'give a latency class (realtime, interactive, batch) or maxLatencyMs' });
  }
}

export const jobRecordSchema = jobFieldsSchema.superRefine(requireLatency);

export type JobRecord = z.input<typeof jobRecordSchema>;

/** Turns a shape-checked record into a JobSpec. */
export function toJobSpec(r: z.output<typeof jobRecordSchema>): JobSpec {
  const latency = r.latency ?? latencyClassFor(r.maxLatencyMs as number);
  return {
    id: r.id,
    submitAt: r.submitAt,
    origin: r.origin,
    class: r.class,
    units: r.units,
    ...(r.model !== undefined && { models: r.model }),
    durationS: r.durationS,
    latency,
    ...(r.maxLatencyMs !== undefined && { maxLatencyMs: r.maxLatencyMs }),
    dataGb: r.dataGb,
    ...(r.residency !== undefined && { residency: r.residency }),
    ...(r.minGreenShare !== undefined && { minGreenShare: r.minGreenShare }),
    ...(r.maxPrice !== undefined && { maxPrice: yuanToMinor(r.maxPrice) }),
    ...(r.maxWaitS !== undefined && r.maxWaitS > 0 && { maxWaitS: r.maxWaitS }),
    ...(r.tenant !== undefined && { tenant: r.tenant }),
  };
}

/**
 * Checks a job against a network: its origin and residency must exist
 * (errors); a model no pool of its class offers is a warning, since the job is
 * valid but will find no home.
 */
export function checkJobAgainstNetwork(job: JobSpec, net: Network, provinces: ReadonlySet<string>): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  if (!net.origins.has(job.origin)) errors.push({ path: 'origin', message: `unknown origin "${job.origin}"` });
  job.residency?.forEach((r, i) => {
    if (!net.hubs.has(r) && !provinces.has(r)) {
      errors.push({ path: `residency[${i}]`, message: `"${r}" is neither a hub id nor the province of any data center` });
    }
  });
  const offered = net.modelsOf(job.class);
  if (offered.size === 0) {
    warnings.push({ path: 'class', message: `job "${job.id}": no pool offers class ${job.class}` });
  } else if (job.models && !job.models.some((m) => offered.has(m))) {
    warnings.push({ path: 'model', message: `job "${job.id}": no ${job.class} pool offers model ${job.models.join(' or ')}` });
  }
  return { errors, warnings };
}
