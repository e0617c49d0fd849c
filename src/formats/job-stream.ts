import { ValidationError } from '../core/errors.js';
import type { Issue } from '../core/errors.js';
import { formatYuan } from '../core/money.js';
import { issuesFromZod } from '../core/network/scenario.js';
import type { Network } from '../core/network/network.js';
import { checkJobAgainstNetwork, jobRecordSchema, toJobSpec } from '../core/workload/job.js';
import type { JobSpec } from '../core/workload/job.js';
import { csvField, readCsvTable } from './csv.js';
import { forEachJsonLine } from './json-lines.js';

/** Column order of a job stream; the same order is written to JSON Lines and CSV. */
export const JOB_COLUMNS = [
  'id', 'submitAt', 'origin', 'class', 'units', 'model', 'durationS', 'latency', 'maxLatencyMs',
  'dataGb', 'residency', 'minGreenShare', 'maxPrice', 'maxWaitS', 'tenant',
] as const;

const NUMERIC = new Set(['submitAt', 'units', 'durationS', 'maxLatencyMs', 'dataGb', 'minGreenShare', 'maxPrice', 'maxWaitS']);
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type JobStreamFormat = 'csv' | 'jsonl';

export interface JobStream {
  jobs: JobSpec[];
  warnings: Issue[];
}

/** At most this many errors are listed; the rest are counted. */
const MAX_LISTED = 50;

/** Picks the format from the file name: `.csv` is CSV, anything else JSON Lines. */
export function jobStreamFormatOf(file: string): JobStreamFormat {
  return /\.csv$/i.test(file) ? 'csv' : 'jsonl';
}

/**
 * Parses a job stream. With a network, also checks each job's origin, residency
 * and model against it. Throws one ValidationError listing the problems, each
 * with its line number and field.
 */
export function parseJobStream(text: string, source: string, format: JobStreamFormat, network?: Network): JobStream {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const jobs: JobSpec[] = [];
  const seen = new Map<string, number>();
  const provinces = network?.provinces();

  const accept = (record: unknown, line: number): void => {
    // Duplicates are found on the raw id, so a bad first record still claims its id.
    const rawId = (record as { id?: unknown }).id;
    if (typeof rawId === 'string') {
      const first = seen.get(rawId);
      if (first !== undefined) {
        errors.push({ path: 'id', message: `duplicate job id "${rawId}" (first on line ${first})`, line });
        return;
      }
      seen.set(rawId, line);
    }
    const parsed = jobRecordSchema.safeParse(record, { reportInput: true });
    if (!parsed.success) {
      for (const i of issuesFromZod(parsed.error)) errors.push({ ...i, line });
      return;
    }
    const job = toJobSpec(parsed.data);
    if (network && provinces) {
      const checked = checkJobAgainstNetwork(job, network, provinces);
      for (const e of checked.errors) errors.push({ ...e, line });
      for (const w of checked.warnings) warnings.push({ ...w, line });
    }
    jobs.push(job);
  };

  if (format === 'csv') readCsvRecords(text, source, errors, accept);
  else forEachJsonLine(text, errors, accept);

  if (errors.length > 0) {
    const listed = errors.slice(0, MAX_LISTED);
    if (errors.length > MAX_LISTED) listed.push({ path: '', message: `... and ${errors.length - MAX_LISTED} more errors` });
    throw new ValidationError(source, listed);
  }
  return { jobs, warnings };
}

function readCsvRecords(text: string, source: string, errors: Issue[], accept: (record: unknown, line: number) => void): void {
  const { header, records } = readCsvTable(text, source, 'a header row');
  const columns = header.fields.map((f) => f.trim());
  const known = new Set<string>(JOB_COLUMNS);
  const unknown = columns.filter((c) => !known.has(c));
  const missing = ['id', 'submitAt', 'origin', 'class', 'units', 'durationS'].filter((c) => !columns.includes(c));
  if (unknown.length > 0 || missing.length > 0) {
    const issues: Issue[] = [];
    if (unknown.length > 0) issues.push({ path: '', message: `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')} (known: ${JOB_COLUMNS.join(', ')})`, line: header.line });
    if (missing.length > 0) issues.push({ path: '', message: `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`, line: header.line });
    throw new ValidationError(source, issues);
  }
  for (const r of records) {
    if (r.fields.length !== columns.length) {
      errors.push({ path: '', message: `has ${r.fields.length} fields, the header has ${columns.length}`, line: r.line });
      continue;
    }
    const record: Record<string, unknown> = {};
    columns.forEach((c, i) => {
      const cell = (r.fields[i] as string).trim();
      if (cell === '') return;
      record[c] = NUMERIC.has(c) && NUMBER_TEXT.test(cell) ? Number(cell) : cell;
    });
    accept(record, r.line);
  }
}

/** A job as a plain record in column order, money back in decimal yuan: the inverse of parsing. */
export function jobToRecord(job: JobSpec): Record<string, string | number | string[]> {
  const r: Record<string, string | number | string[]> = {
    id: job.id,
    submitAt: job.submitAt,
    origin: job.origin,
    class: job.class,
    units: job.units,
  };
  if (job.models) r.model = job.models.join('|');
  r.durationS = job.durationS;
  r.latency = job.latency;
  if (job.maxLatencyMs !== undefined) r.maxLatencyMs = job.maxLatencyMs;
  r.dataGb = job.dataGb;
  if (job.residency) r.residency = job.residency.join('|');
  if (job.minGreenShare !== undefined) r.minGreenShare = job.minGreenShare;
  if (job.maxPrice !== undefined) r.maxPrice = Number(formatYuan(job.maxPrice));
  if (job.maxWaitS !== undefined) r.maxWaitS = job.maxWaitS;
  if (job.tenant !== undefined) r.tenant = job.tenant;
  return r;
}

/** One JSON line per job, in column order, ending in a newline. */
export function formatJobsJsonl(jobs: readonly JobSpec[]): string {
  let out = '';
  for (const j of jobs) out += `${JSON.stringify(jobToRecord(j))}\n`;
  return out;
}

/** CSV with a header of all columns. */
export function formatJobsCsv(jobs: readonly JobSpec[]): string {
  const lines = [JOB_COLUMNS.join(',')];
  for (const j of jobs) {
    const r = jobToRecord(j);
    lines.push(JOB_COLUMNS.map((c) => csvField(r[c] as string | number | undefined)).join(','));
  }
  return `${lines.join('\n')}\n`;
}
