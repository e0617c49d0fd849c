import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ExecutorError } from './executor.js';
import { JobFiles } from './job-files.js';
import type { ExecJob, ExecState, ExecStatus, Executor } from './executor.js';

const run = promisify(execFile);

/** How a pool maps onto Slurm: its partition and what one unit is. */
export interface SlurmPool {
  partition: string;
  /** cpus: --cpus-per-task; gpus: --gres=gpu:N; nodes: --nodes. */
  unit: 'cpus' | 'gpus' | 'nodes';
}

interface SlurmMeta {
  id: string;
  slurmId: string;
  units: number;
  /** The last state Slurm reported, kept for when it forgets the job. */
  last?: ExecStatus;
  cancelled?: string;
}

/** Slurm's job states -> ours (see `man squeue`, JOB STATE CODES). */
const STATES: Record<string, ExecState> = {
  PENDING: 'queued', CONFIGURING: 'queued', REQUEUED: 'queued', REQUEUE_HOLD: 'queued', RESV_DEL_HOLD: 'queued',
  RUNNING: 'running', COMPLETING: 'running', SUSPENDED: 'running', STAGE_OUT: 'running', SIGNALING: 'running', RESIZING: 'running',
  COMPLETED: 'succeeded',
  FAILED: 'failed', TIMEOUT: 'failed', NODE_FAIL: 'failed', OUT_OF_MEMORY: 'failed', BOOT_FAIL: 'failed', DEADLINE: 'failed', REVOKED: 'failed', SPECIAL_EXIT: 'failed',
  CANCELLED: 'cancelled', PREEMPTED: 'cancelled',
};

/** `'a b'` -> `'a b'` quoted for a POSIX shell. */
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** `Key=Value Key2=Value2 ...` of `scontrol show job -o` (values without spaces, as the keys we read have). */
function parseScontrol(line: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of line.trim().split(/\s+/)) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

/** Slurm's times are local, without a zone, or `Unknown`/`None`. */
function slurmTime(v: string | undefined): number | undefined {
  if (!v || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(v)) return undefined;
  return new Date(v).getTime();
}

/**
 * Runs jobs through Slurm: `sbatch` to submit (job name, partition, units as
 * CPUs, GPUs or nodes, time limit, working directory, environment, output
 * files), `scontrol show job` to track, `scancel` to cancel. Our job id and
 * Slurm's are kept side by side under `DIR/jobs/ID/`, so a restarted agent
 * tracks its jobs again and never submits one twice.
 */
export class SlurmExecutor implements Executor {
  readonly name = 'slurm';

  private readonly files: JobFiles<SlurmMeta>;

  constructor(
    dir: string,
    private readonly pools: Record<string, SlurmPool> = {},
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.files = new JobFiles(dir);
  }

  private jobDir(id: string): string {
    return this.files.dir(id);
  }

  private meta(id: string): SlurmMeta | undefined {
    return this.files.meta(id);
  }

  private saveMeta(m: SlurmMeta): void {
    this.files.saveMeta(m);
  }

  private async slurm(cmd: string, args: string[]): Promise<string> {
    try {
      const { stdout } = await run(cmd, args, { env: this.env, timeout: 30_000 });
      return stdout;
    } catch (e) {
      const err = e as { stderr?: string; message: string; code?: string };
      const text = (err.stderr ?? '').trim().split('\n').filter((l) => l.trim() !== '').join('; ');
      throw new ExecutorError(err.code === 'ENOENT' ? `${cmd} is not installed or not on PATH` : text || err.message);
    }
  }

  async submit(job: ExecJob): Promise<string> {
    const known = this.meta(job.id);
    if (known) return known.slurmId;
    const dir = this.jobDir(job.id);
    mkdirSync(dir, { recursive: true });
    const pool = this.pools[job.pool] ?? { partition: job.pool, unit: 'cpus' as const };
    const units = pool.unit === 'cpus' ? ['--cpus-per-task', String(job.units)] : pool.unit === 'gpus' ? [`--gres=gpu:${job.units}`] : ['--nodes', String(job.units)];
    const command = typeof job.command === 'string' ? job.command : job.command.map(shellQuote).join(' ');
    const env = { SUANLI_JOB_ID: job.id, ...job.env };
    const exports = ['ALL', ...Object.entries(env).map(([k, v]) => `${k}=${v}`)];
    if (exports.some((e) => e.slice(4).includes(','))) throw new ExecutorError('an environment value holds a comma, which sbatch --export cannot carry');
    const out = await this.slurm('sbatch', [
      '--parsable', '--job-name', `suanli-${job.id}`, '--partition', pool.partition, '--ntasks', '1', ...units,
      '--time', String(Math.max(1, Math.ceil(job.timeLimitS / 60))),
      '--chdir', job.workdir ?? dir, '--output', join(dir, 'stdout'), '--error', join(dir, 'stderr'),
      `--export=${exports.join(',')}`, '--wrap', command,
    ]);
    const slurmId = out.trim().split(';')[0]!;
    if (!/^\d+$/.test(slurmId)) throw new ExecutorError(`sbatch answered "${out.trim()}", not a job id`);
    this.saveMeta({ id: job.id, slurmId, units: job.units });
    return slurmId;
  }

  async poll(jobIds: readonly string[]): Promise<Map<string, ExecStatus>> {
    const out = new Map<string, ExecStatus>();
    for (const id of jobIds) {
      const m = this.meta(id);
      if (!m) continue;
      if (m.last && m.last.state !== 'queued' && m.last.state !== 'running') {
        out.set(id, m.last);
        continue;
      }
      let line: string;
      try {
        line = await this.slurm('scontrol', ['show', 'job', '-o', m.slurmId]);
      } catch (e) {
        // Slurm forgets finished jobs after MinJobAge: keep the last state it gave.
        const status: ExecStatus = m.last?.state === 'running' || m.last?.state === 'queued' || !m.last
          ? { state: m.cancelled ? 'cancelled' : 'failed', externalId: m.slurmId, message: m.cancelled ?? `Slurm no longer knows job ${m.slurmId}: ${(e as Error).message}` }
          : m.last;
        out.set(id, status);
        continue;
      }
      const f = parseScontrol(line);
      const slurmState = (f.get('JobState') ?? 'UNKNOWN').replace(/\+$/, '');
      let state = STATES[slurmState] ?? 'running';
      const [code, signal] = (f.get('ExitCode') ?? '0:0').split(':').map(Number) as [number, number];
      const startedAt = slurmTime(f.get('StartTime'));
      const endedAt = state === 'queued' || state === 'running' ? undefined : slurmTime(f.get('EndTime'));
      let message: string | undefined;
      if (state === 'failed') message = slurmState === 'TIMEOUT' ? 'time limit reached (Slurm TIMEOUT)' : `Slurm ${slurmState}, exit code ${code}${signal ? `, signal ${signal}` : ''}`;
      if (state === 'cancelled') {
        message = m.cancelled ?? `Slurm ${slurmState}`;
        if (!m.cancelled) state = 'failed';
      }
      const status: ExecStatus = {
        state, externalId: m.slurmId,
        ...(state === 'succeeded' || state === 'failed' ? { exitCode: code } : {}),
        ...(startedAt !== undefined && { startedAt }),
        ...(endedAt !== undefined && { endedAt }),
        ...(startedAt !== undefined && endedAt !== undefined && { unitSeconds: Math.round((m.units * Math.max(0, endedAt - startedAt)) / 1000) }),
        ...(message !== undefined && { message }),
        stdout: join(this.jobDir(id), 'stdout'), stderr: join(this.jobDir(id), 'stderr'),
      };
      if (status.state !== 'queued' && status.state !== 'running') this.saveMeta({ ...m, last: status });
      out.set(id, status);
    }
    return out;
  }

  async cancel(jobId: string, reason: string): Promise<void> {
    const m = this.meta(jobId);
    if (!m || m.cancelled || (m.last && m.last.state !== 'queued' && m.last.state !== 'running')) return;
    this.saveMeta({ ...m, cancelled: reason });
    await this.slurm('scancel', [m.slurmId]).catch(() => undefined);
  }

  private poolOf(pool: string): SlurmPool {
    return this.pools[pool] ?? { partition: pool, unit: 'cpus' };
  }

  /** Node lines of a partition: `sinfo -N` with CPUs as allocated/idle/other/total, GRES and state. */
  private async nodes(partition: string): Promise<{ cpus: number[]; gres: string; state: string }[]> {
    const out = await this.slurm('sinfo', ['-h', '-N', '-p', partition, '-o', '%C|%G|%T']);
    return out.trim().split('\n').filter((l) => l.trim() !== '').map((l) => {
      const [cpus, gres, state] = l.split('|');
      return { cpus: (cpus ?? '').split('/').map(Number), gres: gres ?? '', state: state ?? '' };
    });
  }

  /** GPUs a GRES string names: `gpu:4`, `gpu:a100:8(S:0-1)` ... */
  private static gpus(gres: string): number {
    return gres.split(',').reduce((n, g) => {
      const m = /^gpu(?::[^:(]+)?:(\d+)/.exec(g.trim());
      return n + (m ? Number(m[1]) : 0);
    }, 0);
  }

  /** Each pool's capacity from sinfo: CPUs, GPUs or nodes of its partition. */
  async inventory(pools: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const pool of pools) {
      const p = this.poolOf(pool);
      const nodes = await this.nodes(p.partition).catch(() => []);
      if (nodes.length === 0) continue;
      out.set(pool, p.unit === 'cpus' ? nodes.reduce((s, n) => s + (n.cpus[3] ?? 0), 0) : p.unit === 'gpus' ? nodes.reduce((s, n) => s + SlurmExecutor.gpus(n.gres), 0) : nodes.length);
    }
    return out;
  }

  /** Units in use per pool: allocated CPUs, GPUs of running jobs, or busy nodes, everyone's jobs included. */
  async unitsInUse(pools: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const pool of pools) {
      const p = this.poolOf(pool);
      if (p.unit === 'gpus') {
        const jobs = await this.slurm('squeue', ['-h', '-p', p.partition, '-t', 'RUNNING', '-o', '%D|%b']).catch(() => '');
        out.set(pool, jobs.trim().split('\n').filter((l) => l !== '').reduce((s, l) => {
          const [nodes, tres] = l.split('|');
          return s + Number(nodes) * SlurmExecutor.gpus((tres ?? '').replace(/^gres\//, '').replace(/^gres:/, ''));
        }, 0));
        continue;
      }
      const nodes = await this.nodes(p.partition).catch(() => []);
      out.set(pool, p.unit === 'cpus' ? nodes.reduce((s, n) => s + (n.cpus[0] ?? 0), 0) : nodes.filter((n) => /^(allocated|mixed|completing)/.test(n.state)).length);
    }
    return out;
  }

  /** Whether the job's directory exists (for tests and diagnostics). */
  knows(jobId: string): boolean {
    return existsSync(join(this.jobDir(jobId), 'meta.json'));
  }
}
