import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { z } from 'zod';
import { ValidationError } from '../core/errors.js';
import type { Issue } from '../core/errors.js';
import { yuanToMinor } from '../core/money.js';
import { describeValue } from '../core/network/scenario.js';

const PLATFORM_ROLES = ['national', 'hub', 'regional'] as const;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const int = (min: number, max: number) => z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(min, { message: `must be at least ${min}` }).max(max, { message: `must be at most ${max}` });

/** An amount of yuan: a number or decimal text with at most 4 decimal places. */
const yuan = (dflt: string) => z.union([z.number(), z.string()], { message: 'must be an amount of yuan' }).superRefine((v, ctx) => {
  try {
    yuanToMinor(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
}).default(dflt);

/**
 * Every setting of `suanli serve`, with its default and description. Values
 * come from the defaults, then a config file (`--config`), then the
 * environment (`SUANLI_` + the key in upper snake case, and DATABASE_URL),
 * then command-line flags; later sources win.
 */
export const configSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1').describe('Address to listen on.'),
  port: int(0, 65535).default(8080).describe('TCP port to listen on (0 picks a free one).'),
  dataDir: z.string().min(1).default('.suanli').describe('Directory of the embedded SQLite database and local state.'),
  plannerDir: z.string().min(1).optional().describe('Folder the console lists planner runs from: each of its folders is the --out of a suanli simulate. Default: planner/ in dataDir.'),
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// or postgresql:// URL' }).optional()
    .describe('PostgreSQL URL; when set, the platform stores its data there instead of SQLite (also read from DATABASE_URL).'),
  scenario: z.string().min(1).optional().describe('Scenario file whose network is loaded at start (YAML or JSON).'),
  demo: z.boolean({ message: 'must be true or false' }).default(false).describe('Demo mode: load the reference network, simulate its data centers and submit demand.'),
  role: z.enum(PLATFORM_ROLES, { message: `must be one of ${PLATFORM_ROLES.join(', ')}` }).default('national').describe('Where this platform sits in a federation.'),
  platformId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, { message: 'must be 1-128 letters, digits, ".", "_" or "-"' }).default('suanli')
    .describe("This platform's id in a federation (fixed at first start, with its key pair)."),
  federationIntervalMs: int(100, 3_600_000).default(5000).describe('How often a child platform uploads its summary to its parent, ms.'),
  federationWindowS: int(5, 86_400).default(300).describe('Messages from other platforms timed further than this from now are refused, seconds.'),
  acceptRoutedCommands: z.boolean({ message: 'must be true or false' }).default(false)
    .describe("Run the commands of jobs routed here from other platforms on this platform's data centers; refused by default."),
  joinRequestsPerHour: int(1, 100_000).default(5).describe('Join requests one client address may make per hour (429 above); a request no admin decides is dropped after 24 h.'),
  routeAfterS: int(1, 86_400).default(60).describe('A job that has waited this long for capacity is routed to the parent platform, if there is one.'),
  federationOutboxMax: int(10, 10_000_000).default(10_000).describe('Uploads kept while the parent is unreachable; beyond it the oldest summaries are folded into newer ones, and the parent is told how many.'),
  requestTimeoutS: int(1, 3600).default(30).describe('A request whose headers and body have not all arrived this long after it began is closed, seconds.'),
  authFailuresPerSecond: int(1, 10_000).default(2).describe('Failed authentications allowed per client address per second, sustained (429 above), so that guessing tokens is slow.'),
  authFailureBurst: int(1, 100_000).default(20).describe('Failed authentications a client address may make at once before that limit applies.'),
  bodyLimitBytes: int(1024, 64 * 1024 * 1024).default(1024 * 1024).describe('Largest request body accepted, bytes (413 above).'),
  rateLimitPerSecond: int(1, 10_000_000).default(2000).describe('Requests per second allowed per token (429 above), sustained.'),
  rateLimitBurst: int(1, 10_000_000).default(4000).describe('Requests a token may send at once before the rate limit applies.'),
  staleAfterS: int(5, 86_400).default(60).describe('A data center silent this long is stale: alerted, and its jobs are not placed there.'),
  agentTimeoutS: int(5, 86_400).default(30).describe('A data center whose agent and telemetry are silent this long loses its jobs: they are placed again elsewhere.'),
  requireReport: z.boolean({ message: 'must be true or false' }).optional()
    .describe('On a platform where some data center has reported, one that never has gets no placements (its agent is not running). Default: true, except in demo mode.'),
  usageToleranceS: int(0, 3600).default(10)
    .describe("Reported use is capped at the job's units x (seconds since the platform saw it start + this), seconds."),
  maxAttempts: int(1, 100).default(3).describe('Placements a job may have; a job lost more often fails.'),
  futureSkewS: int(0, 86_400).default(300).describe('How far in the future a telemetry timestamp may be, seconds.'),
  placementIntervalMs: int(10, 60_000).default(200).describe('How often pending jobs are placed, ms.'),
  rollupIntervalMs: int(100, 600_000).default(5000).describe('How often telemetry is rolled up and alerts are checked, ms.'),
  leaderCheckMs: int(100, 60_000).default(2000).describe('How often a process checks or takes leadership of the background loops, ms.'),
  loopsInWorker: z.boolean({ message: 'must be true or false' }).default(true)
    .describe('Run placement, rollups and alerts in a worker thread with its own store connection, so they use a second core.'),
  auditCheckpointIntervalMs: int(1000, 86_400_000).default(60_000)
    .describe("How often the audit chain's head is signed with the platform's key (and at every stop), ms."),
  rawRetentionH: int(1, 24 * 365).default(48).describe('Hours raw telemetry samples are kept; rollups are kept.'),
  commissionBps: int(0, 10_000).default(500).describe("The platform's commission on money captured from orders, basis points (500 = 5%)."),
  minBalance: yuan('0').describe('Yuan. A tenant whose available balance is at or below this may not order, and its spot work is stopped.'),
  lowBalanceAlert: yuan('100').describe('Yuan. A low-balance alert is open for a tenant whose available balance is at or below this.'),
  spotNoticeS: int(0, 86_400).default(30).describe('Notice a spot order gets before it is preempted, seconds.'),
  marketIntervalMs: int(100, 600_000).default(1000).describe('How often the market clears spot offers, ends orders whose term is over and checks balances, ms.'),
  demoJobsPerMinute: int(0, 100_000).default(30).describe('Demo mode: jobs the demand generator submits per minute.'),
  metricsRequireToken: z.boolean({ message: 'must be true or false' }).default(false)
    .describe('Serve /metrics only to a bearer token of a platform admin, regulator or data center operator (Prometheus: authorization.credentials_file).'),
  logLevel: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info').describe('Least severe log level written (logs are JSON lines on standard output).'),
});

export type Config = z.output<typeof configSchema>;
export type ConfigKey = keyof Config;
export const CONFIG_KEYS = Object.keys(configSchema.shape) as ConfigKey[];

/** `rateLimitPerSecond` -> `SUANLI_RATE_LIMIT_PER_SECOND`. */
export function envName(key: string): string {
  return `SUANLI_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/** The kind of value a key takes, to read it from text (environment, flags). */
function kindOf(key: ConfigKey): 'number' | 'boolean' | 'string' {
  let t: z.ZodType = configSchema.shape[key];
  while (t instanceof z.ZodDefault || t instanceof z.ZodOptional) t = (t as z.ZodDefault<z.ZodType>).unwrap() as z.ZodType;
  if (t instanceof z.ZodNumber) return 'number';
  if (t instanceof z.ZodBoolean) return 'boolean';
  return 'string';
}

/** Text from the environment or a flag -> the key's type; leaves it as text when it does not parse, so the schema names the problem. */
function fromText(key: ConfigKey, text: string): unknown {
  const kind = kindOf(key);
  if (kind === 'number') return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  if (kind === 'boolean') {
    if (/^(true|1|yes|on)$/i.test(text)) return true;
    if (/^(false|0|no|off)$/i.test(text)) return false;
  }
  return text;
}

export interface ConfigSources {
  /** A parsed config file (object), and its name for messages. */
  file?: { name: string; values: unknown };
  env?: Record<string, string | undefined>;
  /** Flag values already keyed by config key (text or typed). */
  flags?: Partial<Record<ConfigKey, unknown>>;
}

/**
 * Merges the sources and validates once. A bad value stops start-up with
 * every problem, each naming the key and where the value came from.
 */
export function loadConfig(src: ConfigSources): Config {
  const merged: Record<string, unknown> = {};
  const origin: Record<string, string> = {};
  const issues: Issue[] = [];
  if (src.file) {
    const v = src.file.values;
    if (v !== undefined && v !== null && (typeof v !== 'object' || Array.isArray(v))) {
      throw new ValidationError(src.file.name, [{ path: '', message: `must be a mapping of settings, found ${describeValue(v)}` }]);
    }
    for (const [k, val] of Object.entries((v ?? {}) as Record<string, unknown>)) {
      merged[k] = val;
      origin[k] = src.file.name;
    }
  }
  const env = src.env ?? {};
  if (env.DATABASE_URL) {
    merged.databaseUrl = env.DATABASE_URL;
    origin.databaseUrl = 'DATABASE_URL';
  }
  for (const key of CONFIG_KEYS) {
    const name = envName(key);
    const text = env[name];
    if (text === undefined || text === '') continue;
    merged[key] = fromText(key, text);
    origin[key] = name;
  }
  for (const [key, val] of Object.entries(src.flags ?? {})) {
    if (val === undefined) continue;
    merged[key] = typeof val === 'string' && CONFIG_KEYS.includes(key as ConfigKey) ? fromText(key as ConfigKey, val) : val;
    origin[key] = `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  }
  const parsed = configSchema.safeParse(merged);
  if (parsed.success) {
    SOURCES.set(parsed.data, origin);
    return parsed.data;
  }
  for (const i of parsed.error.issues) {
    const key = String(i.path[0] ?? '');
    const message = i.code === 'unrecognized_keys' ? `unknown setting${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')} (known: ${CONFIG_KEYS.join(', ')})` : i.message;
    const where = origin[key] ? ` (from ${origin[key]}, value ${describeValue(merged[key])})` : '';
    issues.push({ path: key, message: `${message}${where}` });
  }
  throw new ValidationError('config', issues);
}

/** Where each setting of a loaded config came from: a file, an environment variable or a flag; absent means its default. */
const SOURCES = new WeakMap<Config, Record<string, string>>();

/** A setting as the platform shows it to its admin: its value (a database password hidden), where it came from, and what it does. */
export interface EffectiveSetting { key: string; value: unknown; source: string; env: string; description: string }

/** Every setting in force, with its source: what `GET /v1/settings` answers. */
export function effectiveSettings(c: Config): EffectiveSetting[] {
  const from = SOURCES.get(c) ?? {};
  return CONFIG_KEYS.map((key) => ({
    key, value: key === 'databaseUrl' && typeof c[key] === 'string' ? redactUrl(c[key]) : (c[key] ?? null),
    source: from[key] ?? 'default', env: envName(key), description: configSchema.shape[key].description ?? '',
  }));
}

/** A URL with its password replaced by ***. */
function redactUrl(u: string): string {
  try {
    const url = new URL(u);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '***';
  }
}

/** Reads a YAML or JSON config file for `loadConfig`. */
export function readConfigFile(file: string): { name: string; values: unknown } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ValidationError(file, [{ path: '', message: `cannot read the config file: ${(e as Error).message}` }]);
  }
  try {
    return { name: file, values: jsYaml.load(text) };
  } catch (e) {
    throw new ValidationError(file, [{ path: '', message: `not valid YAML or JSON: ${(e as Error).message.split('\n')[0]}` }]);
  }
}

/** Every key with its environment name, default and description (for `suanli serve --help` and the docs). */
export function describeConfig(): { key: string; env: string; default: unknown; description: string }[] {
  const defaults = configSchema.parse({});
  return CONFIG_KEYS.map((key) => ({ key, env: envName(key), default: defaults[key], description: configSchema.shape[key].description ?? '' }));
}
