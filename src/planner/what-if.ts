import type { z } from 'zod';
import { ValidationError } from '../core/errors.js';
import type { Issue } from '../core/errors.js';
import { issuesFromZod } from '../core/network/scenario.js';
import { clusterFileSchema, dataCenterFileSchema, poolFileSchema } from '../core/network/scenario.schema.js';
import type { PlacementPolicies } from '../core/placement/live-rules.js';
import type { PolicyName, PolicyOptions } from '../core/placement/policy.js';
import { SeededRng } from '../core/rng.js';
import type { Outage, SimSettings } from '../core/simulate/simulator.js';
import type { JobSpec } from '../core/workload/job.js';
import { whatIfSchema } from './what-if.schema.js';
import type { Change, WhatIf, Where } from './what-if.schema.js';

/** A scenario document as a file writes it (yuan as numbers or text); the changes edit it before it is built. */
interface DcDoc {
  id: string;
  hub: string;
  cluster?: string;
  province: string;
  pue: number;
  electricityPrice: number | string;
  pools?: { id: string; class: string; units: number; unitPowerKw: number; price: number | string }[];
}
interface ScenarioDoc {
  clusters?: { id: string; hub: string }[];
  hubs: { id: string }[];
  origins: { id: string }[];
  dataCenters: DcDoc[];
  description?: string;
}

/** What one run simulates: the scenario from time 0 and at each later price change, jobs, outages, policy and settings. */
export interface RunPlan {
  name: string;
  description?: string;
  /** Scenario documents, the first at time 0; later ones change prices only. */
  versions: { at: number; doc: unknown }[];
  jobs: JobSpec[];
  outages: Outage[];
  policy: PolicyName;
  policyOptions: PolicyOptions;
  policies: PlacementPolicies;
  settings: SimSettings;
  /** Demand scaled by the what-if: for the report's projection. */
  demandFactor?: number;
}

/** The base of every run: the scenario document, the job stream, the policy and the platform's settings. */
export interface BasePlan {
  doc: unknown;
  jobs: JobSpec[];
  policy: PolicyName;
  policyOptions: PolicyOptions;
  settings: SimSettings;
  seed: number;
}

/** Reads a job stream a what-if adds (path as written in the file). */
export type ReadJobs = (file: string) => JobSpec[];

/** Checks a what-if document against the schema: every issue at its path. */
export function parseWhatIf(doc: unknown, source: string): WhatIf {
  const parsed = whatIfSchema.safeParse(doc, { reportInput: true });
  if (!parsed.success) throw new ValidationError(source, issuesFromZod(parsed.error));
  return parsed.data;
}

/** Yuan with at most 4 decimals, as a number (the scenario format's precision). */
const yuan4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** A timed change of prices: applied from `at` on. */
interface PriceStep {
  at: number;
  apply: (doc: ScenarioDoc) => void;
}

/**
 * Applies a what-if to the base: changes in order, each reference checked
 * against the scenario as it stands after the changes before it. Every
 * problem is reported at once, at its path (`changes[2].dataCenter`), and
 * nothing runs.
 */
export function applyWhatIf(base: BasePlan, w: WhatIf, source: string, readJobs: ReadJobs): RunPlan {
  const doc = structuredClone(base.doc) as ScenarioDoc;
  let jobs = base.jobs.slice();
  const outages: Outage[] = [];
  const steps: PriceStep[] = [];
  const issues: Issue[] = [];
  let policy = base.policy;
  const policyOptions: PolicyOptions = { ...base.policyOptions };
  const policies: PlacementPolicies = {};
  const settings: SimSettings = { ...base.settings };
  let demandFactor: number | undefined;
  const rng = new SeededRng(base.seed);
  w.changes.forEach((c, i) => {
    const at = `changes[${i}]`;
    const issue = (path: string, message: string) => issues.push({ path: path === '' ? at : `${at}.${path}`, message });
    switch (c.change) {
      case 'add-data-centers':
        c.dataCenters.forEach((raw, k) => {
          if (!valid(dataCenterFileSchema, raw, `${at}.dataCenters[${k}]`, issues)) return;
          const dc = raw as DcDoc;
          if (doc.dataCenters.some((d) => d.id === dc.id)) issue(`dataCenters[${k}].id`, `data center "${dc.id}" is already in the scenario`);
          else doc.dataCenters.push(structuredClone(dc));
        });
        break;
      case 'remove-data-centers': {
        const chosen = select(doc, c.where, `${at}.where`, issues);
        if (chosen === undefined) break;
        if (chosen.length === 0) issue('where', 'selects no data center');
        const gone = new Set(chosen.map((d) => d.id));
        doc.dataCenters = doc.dataCenters.filter((d) => !gone.has(d.id));
        break;
      }
      case 'add-clusters':
        c.clusters.forEach((raw, k) => {
          if (!valid(clusterFileSchema, raw, `${at}.clusters[${k}]`, issues)) return;
          const cl = raw as { id: string; hub: string };
          if ((doc.clusters ?? []).some((x) => x.id === cl.id)) issue(`clusters[${k}].id`, `cluster "${cl.id}" is already in the scenario`);
          else if (!doc.hubs.some((h) => h.id === cl.hub)) issue(`clusters[${k}].hub`, unknown('hub', cl.hub, doc.hubs.map((h) => h.id)));
          else (doc.clusters ??= []).push(structuredClone(cl));
        });
        break;
      case 'remove-clusters':
        c.clusters.forEach((id, k) => {
          if (!(doc.clusters ?? []).some((x) => x.id === id)) issue(`clusters${c.clusters.length > 1 ? `[${k}]` : ''}`, unknown('cluster', id, (doc.clusters ?? []).map((x) => x.id)));
        });
        doc.clusters = (doc.clusters ?? []).filter((x) => !c.clusters.includes(x.id));
        doc.dataCenters = doc.dataCenters.filter((d) => d.cluster === undefined || !c.clusters.includes(d.cluster));
        break;
      case 'add-pools': {
        const dc = doc.dataCenters.find((d) => d.id === c.dataCenter);
        if (!dc) {
          issue('dataCenter', unknown('data center', c.dataCenter, doc.dataCenters.map((d) => d.id)));
          break;
        }
        c.pools.forEach((raw, k) => {
          if (!valid(poolFileSchema, raw, `${at}.pools[${k}]`, issues)) return;
          const p = raw as NonNullable<DcDoc['pools']>[number];
          if ((dc.pools ?? []).some((x) => x.id === p.id)) issue(`pools[${k}].id`, `data center ${dc.id} already has a pool "${p.id}"`);
          else (dc.pools ??= []).push(structuredClone(p));
        });
        break;
      }
      case 'scale-pools': {
        const pools = selectPools(doc, c.where, `${at}.where`, issues);
        if (pools?.length === 0) issue('where', 'selects no pool');
        for (const p of pools ?? []) p.units = Math.round(p.units * c.factor);
        break;
      }
      case 'prices':
      case 'tariffs': {
        // Checked now, against the scenario as it stands; applied at `from` (time 0 at once).
        const check = c.change === 'prices' ? selectPools(doc, c.where, `${at}.where`, issues) : select(doc, c.where, `${at}.where`, issues);
        if (check?.length === 0) issue('where', c.change === 'prices' ? 'selects no pool' : 'selects no data center');
        if (check === undefined) break;
        const apply = c.change === 'prices' ? priceChange(c.where, c.factor) : tariffChange(c.where, c.factor);
        if (c.from === 0) apply(doc);
        else steps.push({ at: c.from, apply });
        break;
      }
      case 'outage':
        if (!doc.dataCenters.some((d) => d.id === c.dataCenter)) issue('dataCenter', unknown('data center', c.dataCenter, doc.dataCenters.map((d) => d.id)));
        else outages.push({ dataCenter: c.dataCenter, from: c.from, to: c.to });
        break;
      case 'demand': {
        for (const [k, o] of (c.origin ?? []).entries()) {
          if (!doc.origins.some((x) => x.id === o)) issue(`origin${c.origin!.length > 1 ? `[${k}]` : ''}`, unknown('origin', o, doc.origins.map((x) => x.id)));
        }
        demandFactor = (demandFactor ?? 1) * c.factor;
        jobs = scaleDemand(jobs, c, rng);
        break;
      }
      case 'add-jobs': {
        try {
          const more = readJobs(c.file);
          const have = new Set(jobs.map((j) => j.id));
          const clash = more.find((j) => have.has(j.id));
          if (clash) issue('file', `job "${clash.id}" of ${c.file} is already in the stream: added jobs need ids of their own`);
          else jobs = jobs.concat(more);
        } catch (e) {
          if (!(e instanceof ValidationError)) throw e;
          issue('file', e.message.replace(/\n/g, '; '));
        }
        break;
      }
      case 'policy':
        if (c.policy !== undefined) policy = c.policy;
        if (c.batchMinGreenShare !== undefined) policies.batchMinGreenShare = c.batchMinGreenShare;
        if (c.scarcity !== undefined) policyOptions.scarcity = c.scarcity;
        if (c.reserve !== undefined) policyOptions.reserveShare = c.reserve;
        if (c.keepWhole !== undefined) policyOptions.keepWhole = c.keepWhole;
        break;
      case 'settings':
        Object.assign(settings, Object.fromEntries(Object.entries(c).filter(([k, v]) => k !== 'change' && v !== undefined)));
        break;
    }
  });
  if (issues.length > 0) throw new ValidationError(source, issues);
  doc.description = `${doc.description ?? ''} What-if ${w.name}.`.trim();
  const versions: RunPlan['versions'] = [{ at: 0, doc }];
  const times = [...new Set(steps.map((s) => s.at))].sort((a, b) => a - b);
  let current = doc;
  for (const t of times) {
    current = structuredClone(current);
    for (const s of steps) if (s.at === t) s.apply(current);
    versions.push({ at: t, doc: current });
  }
  return {
    name: w.name, ...(w.description !== undefined && { description: w.description }),
    versions, jobs, outages, policy, policyOptions, policies, settings, ...(demandFactor !== undefined && { demandFactor }),
  };
}

/** The base itself as a run. */
export function basePlan(base: BasePlan): RunPlan {
  return { name: 'base', versions: [{ at: 0, doc: base.doc }], jobs: base.jobs, outages: [], policy: base.policy, policyOptions: base.policyOptions, policies: {}, settings: base.settings };
}

function valid(schema: z.ZodType, raw: unknown, path: string, issues: Issue[]): boolean {
  const r = schema.safeParse(raw, { reportInput: true });
  if (!r.success) issues.push(...issuesFromZod(r.error).map((i) => ({ ...i, path: i.path === '' ? path : `${path}.${i.path}` })));
  return r.success;
}

function unknown(kind: string, id: string, known: readonly string[]): string {
  const list = known.length <= 8 ? known.join(', ') : `${known.slice(0, 8).join(', ')} and ${known.length - 8} more`;
  return `no ${kind} "${id}" in the scenario${known.length > 0 ? ` (it has ${list})` : ''}`;
}

/** The data centers a `where` selects; undefined (with issues) when it names something the scenario does not have. */
function select(doc: ScenarioDoc, where: Omit<Where, 'class'>, path: string, issues: Issue[]): DcDoc[] | undefined {
  let bad = false;
  const check = (field: string, values: readonly string[] | undefined, known: readonly string[], kind: string) => {
    (values ?? []).forEach((v, k) => {
      if (!known.includes(v)) {
        issues.push({ path: `${path}.${field}${values!.length > 1 ? `[${k}]` : ''}`, message: unknown(kind, v, known) });
        bad = true;
      }
    });
  };
  check('dataCenter', where.dataCenter, doc.dataCenters.map((d) => d.id), 'data center');
  check('hub', where.hub, doc.hubs.map((h) => h.id), 'hub');
  check('cluster', where.cluster, (doc.clusters ?? []).map((c) => c.id), 'cluster');
  check('province', where.province, [...new Set(doc.dataCenters.map((d) => d.province))], 'province with a data center');
  if (bad) return undefined;
  return doc.dataCenters.filter((d) => matches(d, where));
}

function matches(d: DcDoc, where: Omit<Where, 'class'>): boolean {
  return (where.dataCenter === undefined || where.dataCenter.includes(d.id))
    && (where.hub === undefined || where.hub.includes(d.hub))
    && (where.cluster === undefined || (d.cluster !== undefined && where.cluster.includes(d.cluster)))
    && (where.province === undefined || where.province.includes(d.province));
}

function selectPools(doc: ScenarioDoc, where: Where, path: string, issues: Issue[]): NonNullable<DcDoc['pools']> | undefined {
  return select(doc, where, path, issues)?.flatMap((d) => (d.pools ?? []).filter((p) => where.class === undefined || p.class === where.class));
}

/** Pool prices x factor. */
function priceChange(where: Where, factor: number): (doc: ScenarioDoc) => void {
  return (doc) => {
    for (const d of doc.dataCenters.filter((x) => matches(x, where))) {
      for (const p of (d.pools ?? []).filter((x) => where.class === undefined || x.class === where.class)) p.price = yuan4(Number(p.price) * factor);
    }
  };
}

/**
 * Electricity x factor: the data center's tariff, and each pool's price by
 * the change in what its power costs (unit power x PUE x the tariff's change),
 * as the reference price rule builds prices (docs/reference-network.md).
 */
function tariffChange(where: Omit<Where, 'class'>, factor: number): (doc: ScenarioDoc) => void {
  return (doc) => {
    for (const d of doc.dataCenters.filter((x) => matches(x, where))) {
      const tariff = Number(d.electricityPrice);
      for (const p of d.pools ?? []) p.price = yuan4(Math.max(0, Number(p.price) + p.unitPowerKw * d.pue * tariff * (factor - 1)));
      d.electricityPrice = yuan4(tariff * factor);
    }
  };
}

/**
 * Demand x factor for the jobs it selects: each job stays (for a factor of 1
 * or more) and gains whole copies, with one more at the fraction's chance
 * (a seeded draw); below 1, each job stays at that chance. A copy starts
 * when its original does and has the id `<id>.x2`, `.x3` ...
 */
function scaleDemand(jobs: JobSpec[], c: Extract<Change, { change: 'demand' }>, rng: SeededRng): JobSpec[] {
  const out: JobSpec[] = [];
  const whole = Math.floor(c.factor);
  const frac = c.factor - whole;
  for (const j of jobs) {
    const hit = (c.origin === undefined || c.origin.includes(j.origin)) && (c.class === undefined || c.class === j.class);
    if (!hit) {
      out.push(j);
      continue;
    }
    const copies = whole + (frac > 0 && rng.next() < frac ? 1 : 0);
    for (let k = 0; k < copies; k++) out.push(k === 0 ? j : { ...j, id: `${j.id}.x${k + 1}` });
  }
  return out;
}
