import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { z } from 'zod';
import { ValidationError, formatPath } from '../core/errors.js';
import type { Issue } from '../core/errors.js';
import { describeValue, issuesFromZod } from '../core/network/scenario.js';
import { readScenarioDocument, readTextFile } from '../formats/scenario-file.js';
import { configSchema } from '../server/config.js';
import { policySchema } from './protocol.js';
import { scenarioPart } from './scenario-part.js';

/** The federations shipped with Suanli. */
export const FEDERATIONS_DIR = fileURLToPath(new URL('../../data/federations/', import.meta.url));

const ROLES = ['national', 'hub', 'regional'] as const;
/** Settings the demo sets itself for each platform, or derives from the data dir it gives it: a federation file may not. */
const RESERVED = ['host', 'port', 'dataDir', 'plannerDir', 'databaseUrl', 'scenario', 'demo', 'role', 'platformId', 'commissionBps', 'demoJobsPerMinute'] as const;

const id = z.string({ message: 'must be a text' }).regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit' });
const text = z.string({ message: 'must be a text' }).min(1, { message: 'must not be empty' });
const settings = z.record(z.string(), z.unknown(), { message: 'must be a mapping of platform settings' });

const selectionSchema = z.strictObject({
  file: text.describe('A scenario file, relative to the federation file.'),
  hubs: z.array(id).min(1, { message: 'must name at least one hub' }).optional().describe('Keep the data centers of these hubs.'),
  dataCenters: z.array(id).min(1, { message: 'must name at least one data center' }).optional().describe('Keep these data centers.'),
  origins: z.array(id).min(1, { message: 'must name at least one origin' }).optional().describe('Keep only these origins of demand (default: all of the file).'),
});

const platformSchema = z.strictObject({
  id: id.describe("The platform's id in the federation (its resource identifiers are suanli://ID/...)."),
  role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
  parent: id.optional().describe('The id of the platform it joins; absent for the one at the top.'),
  name: text,
  nameZh: text,
  source: text.describe('Where the platform is described, or "assumption".'),
  scenario: selectionSchema.optional().describe('The part of a scenario whose data centers this platform owns and simulates; absent for a platform that owns none.'),
  commissionBps: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0).max(10_000).optional(),
  demandPerMinute: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(0).max(10_000).optional()
    .describe('Jobs its simulated demand submits per minute (default 0).'),
  policies: policySchema.optional().describe('Policies it sets for itself and everything below it.'),
  settings: settings.optional().describe('Any other platform settings (suanli serve --help), for this platform.'),
});

const federationSchema = z.strictObject({
  version: z.literal(1, { message: 'must be 1' }),
  id,
  name: text,
  nameZh: text,
  description: text,
  source: text.optional(),
  settings: settings.optional().describe('Platform settings for every platform of the federation.'),
  platforms: z.array(platformSchema).min(1, { message: 'must list at least one platform' }).max(16, { message: 'must list at most 16 platforms' }),
});

export type FederationPlatform = z.output<typeof platformSchema>;

/** A platform of a checked federation: its scenario part built, its settings merged. */
export interface PlannedPlatform extends Omit<FederationPlatform, 'scenario' | 'settings'> {
  /** The scenario document of the data centers it owns, or none. */
  scenario?: { document: Record<string, unknown>; dataCenters: number };
  settings: Record<string, unknown>;
  depth: number;
}

export interface Federation {
  id: string;
  name: string;
  nameZh: string;
  description: string;
  file: string;
  /** Parents before children. */
  platforms: PlannedPlatform[];
}

/** `yrd-1plus4` -> the shipped file; anything with a slash or a .yaml/.json ending is a path. */
export function federationFile(name: string): string {
  if (/[/\\]/.test(name) || /\.(ya?ml|json)$/i.test(name)) return resolve(name);
  const file = join(FEDERATIONS_DIR, `${name}.yaml`);
  if (!existsSync(file)) {
    throw new ValidationError('federation', [{ path: '', message: `no federation named "${name}" (known: ${listFederations().map((f) => f.id).join(', ')}; or give a file's path)` }]);
  }
  return file;
}

/** The shipped federations, by file name. */
export function listFederations(): { id: string; file: string }[] {
  return readdirSync(FEDERATIONS_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ id: basename(f, '.yaml'), file: join(FEDERATIONS_DIR, f) }));
}

/**
 * Reads and checks a federation file: its shape, the links between its
 * platforms (one at the top, parents that exist, no cycle), each platform's
 * scenario part (the file readable and valid, every hub, data center and
 * origin named in it present) and its settings. Every problem is reported at
 * once, each with its path.
 */
export function loadFederation(file: string): Federation {
  const raw = parseYaml(readTextFile(file), file);
  const parsed = federationSchema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(file, issuesFromZod(parsed.error));
  const f = parsed.data;
  const issues: Issue[] = [];
  const at = (i: number, ...rest: (string | number)[]) => formatPath(['platforms', i, ...rest]);
  const index = new Map<string, number>();
  f.platforms.forEach((p, i) => {
    if (index.has(p.id)) issues.push({ path: at(i, 'id'), message: `"${p.id}" is already the id of platforms[${index.get(p.id)}]` });
    else index.set(p.id, i);
  });
  const roots = f.platforms.filter((p) => p.parent === undefined);
  if (roots.length !== 1) issues.push({ path: 'platforms', message: `exactly one platform must have no parent (the top), found ${roots.length}${roots.length > 1 ? `: ${roots.map((r) => r.id).join(', ')}` : ''}` });
  f.platforms.forEach((p, i) => {
    if (p.parent === undefined) return;
    if (p.parent === p.id) issues.push({ path: at(i, 'parent'), message: 'a platform cannot be its own parent' });
    else if (!index.has(p.parent)) issues.push({ path: at(i, 'parent'), message: `no platform "${p.parent}" in this federation` });
    if (p.role === 'national') issues.push({ path: at(i, 'role'), message: 'a national platform has no parent' });
  });
  const depth = depths(f.platforms, index, (i) => issues.push({ path: at(i, 'parent'), message: 'the parents of this platform form a cycle' }));
  const owner = new Map<string, string>();
  // Several platforms take their parts of one scenario file: it is read and parsed once.
  const documents = new Map<string, unknown>();
  const documentOf = (file: string): unknown => {
    if (!documents.has(file)) documents.set(file, readScenarioDocument(file));
    return documents.get(file);
  };
  const planned: PlannedPlatform[] = [];
  f.platforms.forEach((p, i) => {
    const merged = { ...f.settings, ...p.settings };
    for (const [k, v] of Object.entries(merged)) {
      const where = p.settings && k in p.settings ? at(i, 'settings', k) : formatPath(['settings', k]);
      if ((RESERVED as readonly string[]).includes(k)) issues.push({ path: where, message: 'is set by the demo for each platform (use the platform\'s own field where there is one)' });
      else if (!(k in configSchema.shape)) issues.push({ path: where, message: `unknown setting (known: ${Object.keys(configSchema.shape).filter((x) => !(RESERVED as readonly string[]).includes(x)).join(', ')})` });
      else {
        const one = configSchema.shape[k as keyof typeof configSchema.shape].safeParse(v);
        if (!one.success) issues.push(...issuesFromZod(one.error).map((x) => ({ path: where, message: `${x.message} (got ${describeValue(v)})` })));
      }
    }
    const { scenario, settings: _own, ...rest } = p;
    const plan: PlannedPlatform = { ...rest, settings: merged, depth: depth[i] ?? 0 };
    if (scenario) {
      const scenarioFile = resolve(dirname(file), scenario.file);
      try {
        const part = scenarioPart(documentOf(scenarioFile), scenario, `${f.id}/${p.id}`);
        for (const x of part.issues) issues.push({ path: at(i, 'scenario', ...x.path), message: x.message });
        for (const dc of part.dataCenterIds) {
          const other = owner.get(dc);
          if (other !== undefined) issues.push({ path: at(i, 'scenario'), message: `data center "${dc}" is already owned by platform "${other}"` });
          else owner.set(dc, p.id);
        }
        if (part.issues.length === 0) plan.scenario = { document: part.document, dataCenters: part.dataCenterIds.length };
      } catch (e) {
        const inner = e instanceof ValidationError ? e.issues.map((x) => `${x.path ? `${x.path}: ` : ''}${x.message}`).join('; ') : (e as Error).message;
        issues.push({ path: at(i, 'scenario', 'file'), message: `${scenarioFile}: ${inner}` });
      }
    }
    planned.push(plan);
  });
  if (issues.length > 0) throw new ValidationError(file, issues);
  return { id: f.id, name: f.name, nameZh: f.nameZh, description: f.description, file, platforms: planned.sort((a, b) => a.depth - b.depth) };
}

/** Each platform's distance from the top; calls `cycle` for each platform on a cycle of parents. */
function depths(platforms: readonly FederationPlatform[], index: ReadonlyMap<string, number>, cycle: (i: number) => void): number[] {
  return platforms.map((p, i) => {
    const seen = new Set<number>([i]);
    let d = 0;
    let cur = p;
    while (cur.parent !== undefined && index.has(cur.parent)) {
      const next = index.get(cur.parent)!;
      if (seen.has(next)) {
        cycle(i);
        return 0;
      }
      seen.add(next);
      cur = platforms[next]!;
      d++;
    }
    return d;
  });
}

function parseYaml(content: string, source: string): unknown {
  try {
    const v = jsYaml.load(content, { schema: jsYaml.CORE_SCHEMA, filename: source });
    if (v === undefined || v === null) throw new ValidationError(source, [{ path: '', message: 'is empty: expected a federation (version, id, name, nameZh, description, platforms)' }]);
    return v;
  } catch (e) {
    if (e instanceof jsYaml.YAMLException) throw new ValidationError(source, [{ path: '', message: `malformed YAML: ${e.reason}`, ...(e.mark && { line: e.mark.line + 1, column: e.mark.column + 1 }) }]);
    throw e;
  }
}
