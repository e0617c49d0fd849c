import { z } from 'zod';
import { COMPUTE_CLASSES } from '../core/network/compute-class.js';
import { idSchema } from '../core/network/scenario.schema.js';
import { POLICY_NAMES } from '../core/placement/policy.js';

/**
 * The what-if file format (docs/planner.md): a name and a list of changes to
 * the base scenario, job stream, policy or platform settings. One zod schema;
 * references to the base (data centers, hubs, origins) are checked when the
 * changes are applied (what-if.ts), each at its path.
 */

const UNIT_S: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds, as a number or as text such as `90m`, `12h`, `1d6h`. */
export const timeSchema = z.unknown().transform((v, ctx): number => {
  const fail = (message: string): never => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : fail('must be 0 or more seconds');
  if (typeof v !== 'string') return fail('must be seconds (a number) or a time such as "12h" or "1d6h"');
  const parts = [...v.matchAll(/(\d+(?:\.\d+)?)\s*([smhd])/g)];
  if (parts.length === 0 || parts.map((m) => m[0]).join('').replace(/\s/g, '') !== v.replace(/\s/g, '')) {
    return fail(`"${v}" is not a time: write seconds, or a number with s, m, h or d such as "12h" or "1d6h"`);
  }
  return parts.reduce((s, m) => s + Number(m[1]) * (UNIT_S[m[2] as string] as number), 0);
});

const ids = z.union([idSchema, z.array(idSchema).min(1, { message: 'must name at least one' })]).transform((v) => (Array.isArray(v) ? v : [v]));
const factor = z.number({ message: 'must be a number above 0' }).positive({ message: 'must be above 0' }).finite();

/** Which data centers (and, where it applies, which pools) a change reaches; every field narrows it, none means all. */
export const whereSchema = z.strictObject({
  dataCenter: ids.optional().describe('Data center ids.'),
  hub: ids.optional().describe('Hub ids.'),
  cluster: ids.optional().describe('Cluster ids.'),
  province: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])).optional().describe('Provinces.'),
  class: z.enum(COMPUTE_CLASSES, { message: `must be one of ${COMPUTE_CLASSES.join(', ')}` }).optional().describe('Pools of this class only (where the change is about pools).'),
});
export type Where = z.output<typeof whereSchema>;

const change = <K extends string, S extends z.ZodRawShape>(name: K, shape: S) => z.strictObject({ change: z.literal(name), ...shape });

const outage = change('outage', {
  dataCenter: idSchema,
  from: timeSchema,
  to: timeSchema,
}).superRefine((o, ctx) => {
  if (o.to <= o.from) ctx.addIssue({ code: 'custom', path: ['to'], message: `ends at ${o.to} s, not after it starts (${o.from} s)` });
});

export const changeSchema = z.discriminatedUnion('change', [
  change('add-data-centers', { dataCenters: z.array(z.unknown()).min(1, { message: 'must list at least one data center' }).describe('Data centers as a scenario file writes them.') }),
  change('remove-data-centers', { where: whereSchema.omit({ class: true }) }),
  change('add-clusters', { clusters: z.array(z.unknown()).min(1, { message: 'must list at least one cluster' }) }),
  change('remove-clusters', { clusters: ids.describe('Cluster ids; their data centers go with them.') }),
  change('add-pools', { dataCenter: idSchema, pools: z.array(z.unknown()).min(1, { message: 'must list at least one pool' }) }),
  change('scale-pools', { where: whereSchema.default({}), factor }),
  change('prices', { where: whereSchema.default({}), factor, from: timeSchema.default(0) }),
  change('tariffs', { where: whereSchema.omit({ class: true }).default({}), factor, from: timeSchema.default(0) }),
  outage,
  change('demand', {
    factor: z.number({ message: 'must be a number, 0 or more' }).nonnegative({ message: 'must be 0 or more' }).finite(),
    origin: ids.optional(),
    class: z.enum(COMPUTE_CLASSES, { message: `must be one of ${COMPUTE_CLASSES.join(', ')}` }).optional(),
  }),
  change('add-jobs', { file: z.string().min(1, { message: 'must name a job stream file' }).describe('A job stream, relative to the what-if file.') }),
  change('policy', {
    policy: z.enum(POLICY_NAMES, { message: `must be one of ${POLICY_NAMES.join(', ')}` }).optional(),
    batchMinGreenShare: z.number().min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).optional(),
    scarcity: z.number().nonnegative({ message: 'must be 0 or more' }).optional(),
    reserve: z.number().min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).optional(),
    keepWhole: z.number().int({ message: 'must be a whole number' }).nonnegative({ message: 'must be 0 or more' }).optional(),
  }),
  change('settings', {
    agentTimeoutS: z.number().int().min(1).optional(),
    staleAfterS: z.number().int().min(1).optional(),
    maxAttempts: z.number().int().min(1).max(100).optional(),
    retryAfterS: z.number().positive().optional(),
  }),
], { message: 'names no known change: one of add-data-centers, remove-data-centers, add-clusters, remove-clusters, add-pools, scale-pools, prices, tariffs, outage, demand, add-jobs, policy, settings' });
export type Change = z.output<typeof changeSchema>;

export const whatIfSchema = z.strictObject({
  name: idSchema.describe('Names the run in the outputs.'),
  description: z.string().optional(),
  changes: z.array(changeSchema).describe('Applied in order to the base.'),
});
export type WhatIf = z.output<typeof whatIfSchema>;
