import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ExecutorError } from './executor.js';
import { JobFiles } from './job-files.js';
import type { ExecJob, ExecState, ExecStatus, Executor } from './executor.js';

const run = promisify(execFile);

/** The Slurm account and Unix user a tenant's jobs run under. */
export interface SlurmTenant {
  account?: string;
  user?: string;
}

/** How a pool maps onto Slurm: its partition and what one unit is. */
export interface SlurmPool {
  partition: string;
  /** cpus: --cpus-per-task; gpus: --gres=gpu:N; nodes: --nodes. */
  unit: 'cpus' | 'gpus' | 'nodes';
}

interface SlurmMeta {
  id: string;
  /** The placement epoch it was submitted under (absent in records of older agents: taken as current). */
  epoch?: number;
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
    /** Tenant id -> the Slurm account its jobs are charged to and the Unix user they run as. */
    private readonly tenants: Record<string, SlurmTenant> = {},
    private readonly asRoot = process.getuid?.() === 0,
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
    // Submitted before under this epoch: never twice.
    if (known && (known.epoch ?? job.epoch) >= job.epoch) return known.slurmId;
    if (known) {
      // Placed here again under a newer epoch: the old Slurm job is cancelled, its record moves aside, and the job is submitted afresh.
      await this.cancel(job.id, `placed again (epoch ${job.epoch})`);
      this.files.archive(job.id, known.epoch ?? 0);
    }
    const dir = this.jobDir(job.id);
    mkdirSync(dir, { recursive: true });
    const pool = this.pools[job.pool] ?? { partition: job.pool, unit: 'cpus' as const };
    const units = pool.unit === 'cpus' ? ['--cpus-per-task', String(job.units)] : pool.unit === 'gpus' ? [`--gres=gpu:${job.units}`] : ['--nodes', String(job.units)];
    const command = typeof job.command === 'string' ? job.command : job.command.map(shellQuote).join(' ');
    // Only the job's own environment goes with it (Slurm adds its SLURM_* variables), never the agent's.
    const env = { PATH: '/usr/local/bin:/usr/bin:/bin', LANG: 'C.UTF-8', SUANLI_JOB_ID: job.id, ...job.env };
    const exports = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    if (Object.values(env).some((v) => v.includes(','))) throw new ExecutorError('an environment value holds a comma, which sbatch --export cannot carry');
    const as = await this.tenantArgs(job, dir);
    const out = await this.slurm('sbatch', [
      '--parsable', '--job-name', `suanli-${job.id}`, '--partition', pool.partition, '--ntasks', '1', ...units,
      '--time', String(Math.max(1, Math.ceil(job.timeLimitS / 60))), ...as.args,
      '--chdir', job.workdir ?? as.outDir, '--output', join(as.outDir, 'stdout'), '--error', join(as.outDir, 'stderr'),
      `--export=${exports.join(',')}`, '--wrap', command,
    ]);
    const slurmId = out.trim().split(';')[0]!;
    if (!/^\d+$/.test(slurmId)) throw new ExecutorError(`sbatch answered "${out.trim()}", not a job id`);
    this.saveMeta({ id: job.id, epoch: job.epoch, slurmId, units: job.units });
    return slurmId;
  }

  /**
   * The account and user a tenant's job is submitted under. A job whose
   * tenant maps to a Unix user runs as that user (`--uid`, `--gid`: only a
   * root agent may), writing its output in a directory of its own; otherwise
   * it runs as the agent's user, charged to the tenant's account if one is set.
   */
  private async tenantArgs(job: ExecJob, dir: string): Promise<{ args: string[]; outDir: string }> {
    const t = job.tenant !== undefined ? this.tenants[job.tenant] : undefined;
    const args = t?.account !== undefined ? ['--account', t.account] : [];
    if (t?.user === undefined) return { args, outDir: dir };
    if (!this.asRoot) throw new ExecutorError(`tenant ${job.tenant} maps to the Slurm user ${t.user}, but only an agent running as root may submit as another user`);
    let uid: number;
    let gid: number;
    try {
      uid = Number((await run('id', ['-u', t.user])).stdout.trim());
      gid = Number((await run('id', ['-g', t.user])).stdout.trim());
    } catch {
      throw new ExecutorError(`tenant ${job.tenant} maps to the user ${t.user}, who does not exist on this host`);
    }
    if (uid === 0) throw new ExecutorError(`tenant ${job.tenant} maps to ${t.user}, which is root: jobs never run as root`);
    // The user passes through the job's record (not listable) to a directory of its own.
    chmodSync(dir, 0o711);
    const outDir = join(dir, 'out');
    mkdirSync(outDir, { recursive: true, mode: 0o700 });
    chownSync(outDir, uid, gid);
    return { args: [...args, '--uid', String(uid), '--gid', String(gid)], outDir };
  }

  /** Where a job's output is: beside its record, or in its own directory when it runs as its tenant's user. */
  private outputFiles(id: string): { stdout: string; stderr: string } {
    const dir = this.jobDir(id);
    const where = existsSync(join(dir, 'out')) ? join(dir, 'out') : dir;
    return { stdout: join(where, 'stdout'), stderr: join(where, 'stderr') };
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
        ...this.outputFiles(id),
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
