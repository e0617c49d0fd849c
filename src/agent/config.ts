import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { z } from 'zod';
import { EXECUTOR_NAMES } from './executors/names.js';
import { ValidationError } from '../core/errors.js';
import { issuesFromZod } from '../core/network/scenario.js';

/**
 * An agent's settings (agent.yaml). `platform` may instead come from
 * --platform or SUANLI_URL, and the token from a file (--token-file,
 * `tokenFile`, SUANLI_AGENT_TOKEN_FILE) that only the agent's user can read.
 */
export const agentConfigSchema = z.strictObject({
  platform: z.string().regex(/^https?:\/\/\S+$/, { message: 'must be an http:// or https:// URL' }).optional().describe('URL of the platform.'),
  token: z.string().min(10, { message: 'must be a dc-agent token' }).optional()
    .describe("The data center's agent token (role dc-agent); only in a config file that nobody but the agent's user can read (chmod 600)."),
  tokenFile: z.string().min(1).max(4096).optional().describe('A file holding the agent token, readable only by the agent\'s user (chmod 600).'),
  allowUnisolatedCommands: z.boolean().default(false)
    .describe("Run job commands as the agent's own user when the agent cannot run them as users of their own (it is not root). Jobs could then read the agent's token and state."),
  isolation: z.strictObject({
    uids: z.strictObject({
      from: z.number().int().min(1000, { message: 'must be 1000 or more' }).max(4_294_967_294),
      to: z.number().int().min(1000, { message: 'must be 1000 or more' }).max(4_294_967_294),
    }).refine((r) => r.to >= r.from, { message: 'to must not be below from' }).default({ from: 200_000, to: 200_999 })
      .describe('The uids jobs run as, one per running job; nothing else on the host may use them, and each agent on a host needs its own range.'),
    sandbox: z.enum(['auto', 'bwrap', 'none'], { message: 'must be auto, bwrap or none' }).default('auto')
      .describe('bwrap: each job in bubblewrap (private /tmp, read-only system directories, its own PID namespace); auto: bwrap where it works on this host.'),
    limits: z.strictObject({
      processes: z.number().int().min(1).max(1_000_000).default(512).describe("Processes and threads of a job's user at once."),
      openFiles: z.number().int().min(16).max(1_048_576).default(4096).describe('Open files per process.'),
      memoryMiB: z.number().int().min(16).optional().describe('Address space per process, MiB; no limit when absent.'),
      fileSizeMiB: z.number().int().min(1).optional().describe('Largest file a job may write, MiB; no limit when absent.'),
    }).default({ processes: 512, openFiles: 4096 }),
  }).default({ uids: { from: 200_000, to: 200_999 }, sandbox: 'auto', limits: { processes: 512, openFiles: 4096 } })
    .describe("How the local executor isolates jobs when the agent runs as root (docs/security.md)."),
  dataDir: z.string().min(1).default('.suanli-agent').describe("Where the agent keeps its state and each job's directory."),
  executor: z.enum(EXECUTOR_NAMES, { message: `must be one of ${EXECUTOR_NAMES.join(', ')}` }).default('local').describe('Which workload manager runs the jobs (executors/registry.ts).'),
  slurm: z.strictObject({
    partitions: z.record(z.string().min(1).max(128), z.strictObject({
      partition: z.string().min(1).max(128).describe('The Slurm partition.'),
      unit: z.enum(['cpus', 'gpus', 'nodes'], { message: 'must be cpus, gpus or nodes' }).default('cpus').describe('What one unit of the pool is in Slurm.'),
    })).default({}).describe('Pool id -> Slurm partition and unit; a pool not listed uses the partition of its own name, in CPUs.'),
    tenants: z.record(z.string().min(1).max(200), z.strictObject({
      account: z.string().min(1).max(128).optional().describe('The Slurm account the tenant\'s jobs are charged to (--account).'),
      user: z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/, { message: 'must be a Unix user name' }).optional()
        .describe('The Unix user the tenant\'s jobs run as (--uid/--gid); the agent must run as root.'),
    })).default({}).describe('Tenant id -> Slurm account and Unix user; a tenant not listed runs as the agent\'s user.'),
  }).default({ partitions: {}, tenants: {} }),
  pollWaitS: z.number().int().min(1).max(60).default(25).describe('How long one request for assignments may wait for a change, seconds.'),
  statusIntervalS: z.number().min(0.1).max(600).default(2).describe("How often the executor's job states are checked, seconds."),
  telemetryIntervalS: z.number().min(1).max(3600).default(10).describe('How often telemetry is sent, seconds.'),
  pools: z.array(z.strictObject({
    id: z.string().min(1).max(128),
    units: z.number().int({ message: 'must be a whole number' }).min(0, { message: 'must not be negative' }).max(1e9).optional().describe('Units to register for the pool (its capacity).'),
    model: z.string().min(1).max(128).optional().describe('Hardware model to register for the pool, e.g. A100.'),
  })).max(1000).default([]).describe('Pools whose capacity the agent registers at start; others keep what the platform has.'),
  meterFile: z.string().min(1).max(4096).optional()
    .describe('A JSON file a facility meter keeps current: {"powerKw": n, "pue": n, "greenShare": n}. Its figures are sent as metered.'),
  estimates: z.strictObject({
    pue: z.number().min(1).max(10).optional(),
    powerKwPerUnit: z.number().min(0).max(1000).optional(),
  }).default({}).describe('Facility figures to report where no meter file exists; sent labelled as estimates.'),
});

export type AgentConfig = z.output<typeof agentConfigSchema>;

/** Reads and validates an agent config file; every problem names its field. */
export function readAgentConfig(file: string): AgentConfig {
  let doc: unknown;
  try {
    doc = jsYaml.load(readFileSync(file, 'utf8')) ?? {};
  } catch (e) {
    throw new ValidationError(file, [{ path: '', message: `cannot read it: ${(e as Error).message.split('\n')[0]}` }]);
  }
  return parseAgentConfig(doc, file);
}

export function parseAgentConfig(doc: unknown, source: string): AgentConfig {
  const r = agentConfigSchema.safeParse(doc, { reportInput: true });
  if (!r.success) throw new ValidationError(source, issuesFromZod(r.error));
  return r.data;
}
