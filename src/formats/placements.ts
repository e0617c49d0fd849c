import { z } from 'zod';
import { ValidationError } from '../core/errors.js';
import type { Issue } from '../core/errors.js';
import { formatYuan, yuanToMinor } from '../core/money.js';
import type { Money } from '../core/money.js';
import { issuesFromZod } from '../core/network/scenario.js';
import { forEachJsonLine } from './json-lines.js';
import type { Decision } from '../core/placement/types.js';

/**
 * The placements file: one JSON line per job, written by `suanli schedule` and
 * read by `suanli verify`. Money is decimal yuan (exact: at most 4 decimals).
 *
 *   {"job":"j1","dataCenter":"qy-a","pool":"a100","start":0,"startAt":0,"end":3600,"latencyMs":11.33,
 *    "cost":{"compute":6.5,"transfer":0,"carbon":0.0123,"total":6.5123}}
 *   {"job":"j2","unplaced":true,"reason":"no pool left after the latency check","penalty":50}
 */
export interface PlacementRecord {
  job: string;
  unplaced?: boolean;
  dataCenter?: string;
  pool?: string;
  start?: number;
  /** The same as start, under the name job streams with waiting use; optional in a file. */
  startAt?: number;
  end?: number;
  latencyMs?: number;
  cost?: { compute: Money; transfer: Money; carbon: Money; total: Money };
  reason?: string;
  penalty?: Money;
}

const yuan = z.number().refine((v) => {
  try {
    yuanToMinor(v);
    return true;
  } catch {
    return false;
  }
}, { message: 'must be an amount of yuan with at most 4 decimal places' });

const placementSchema = z.union([
  z.strictObject({
    job: z.string().min(1),
    dataCenter: z.string().min(1),
    pool: z.string().min(1),
    start: z.number(),
    startAt: z.number().optional(),
    end: z.number(),
    latencyMs: z.number().min(0),
    cost: z.strictObject({ compute: yuan, transfer: yuan, carbon: yuan, total: yuan }),
  }),
  z.strictObject({
    job: z.string().min(1),
    unplaced: z.literal(true),
    reason: z.string(),
    penalty: yuan,
  }),
], { message: 'must be a placement ({job, dataCenter, pool, start, startAt, end, latencyMs, cost}) or {job, unplaced: true, reason, penalty}' });

const money = (m: Money): number => Number(formatYuan(m));

/** One decision as a JSON line. */
export function formatPlacement(d: Decision): string {
  if (!d.placed || !d.pool || !d.dc || !d.cost) {
    return JSON.stringify({ job: d.job.id, unplaced: true, reason: d.reason ?? 'unplaced', penalty: money(d.penalty ?? 0) });
  }
  return JSON.stringify({
    job: d.job.id,
    dataCenter: d.dc.id,
    pool: d.pool.id,
    start: d.start,
    startAt: d.start,
    end: d.end,
    latencyMs: Math.round((d.latencyMs ?? 0) * 1e6) / 1e6,
    cost: { compute: money(d.cost.compute), transfer: money(d.cost.transfer), carbon: money(d.cost.carbon), total: money(d.cost.total) },
  });
}

/** Reads a placements file; money comes back in 1/10,000 yuan. */
export function parsePlacements(text: string, source: string): { records: PlacementRecord[] } {
  const errors: Issue[] = [];
  const records: PlacementRecord[] = [];
  forEachJsonLine(text, errors, (value, line) => {
    const parsed = placementSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      for (const issue of issuesFromZod(parsed.error)) errors.push({ ...issue, line });
      return;
    }
    const p = parsed.data;
    records.push(
      'unplaced' in p
        ? { job: p.job, unplaced: true, reason: p.reason, penalty: yuanToMinor(p.penalty) }
        : {
            job: p.job, dataCenter: p.dataCenter, pool: p.pool, start: p.start, ...(p.startAt !== undefined && { startAt: p.startAt }), end: p.end, latencyMs: p.latencyMs,
            cost: { compute: yuanToMinor(p.cost.compute), transfer: yuanToMinor(p.cost.transfer), carbon: yuanToMinor(p.cost.carbon), total: yuanToMinor(p.cost.total) },
          },
    );
  });
  if (errors.length > 0) throw new ValidationError(source, errors.slice(0, 50));
  return { records };
}
