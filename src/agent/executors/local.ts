import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../core/errors.js';
import { ExecutorError } from './executor.js';
import { freeUid, isolatedArgv, signalUid, unreachableAncestor } from './isolation.js';
import type { Isolation } from './isolation.js';
import { JobFiles, writeAtomic } from './job-files.js';
import type { ExecJob, ExecStatus, Executor } from './executor.js';
import type { SupervisorSpec } from './supervisor.js';

/** What the executor keeps of each job on disk, so that a restarted agent finds it again. */
interface JobMeta {
  id: string;
  epoch: number;
  /** The job's supervisor, which leads its process group. */
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/PID/stat), to tell it from a later process with the same id. */
  procStart: string;
  startedAt: number;
  units: number;
  timeLimitS: number;
  /** The job's own uid, when it runs isolated. */
  uid?: number;
  /** The job is over, its user's processes are gone and its directory is out of that user's reach: the uid may be reused. */
  retired?: boolean;
}

const GRACE_MS = 5000;

/** The compiled supervisor; tests run the TypeScript sources, beside a built dist/. */
function supervisorScript(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return join(dirname(here), 'supervisor.js');
  return join(dirname(here), '..', '..', '..', 'dist', 'agent', 'executors', 'supervisor.js');
}

/** State letter and start time (field 22, clock ticks since boot) of a process, from /proc. */
function procStat(pid: number): { state: string; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields are counted after the command name in parentheses, which may hold spaces.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0]!, start: rest[19]! };
  } catch {
    return undefined;
  }
}

function procStart(pid: number): string | undefined {
  return procStat(pid)?.start;
}

export interface LocalExecutorOptions {
  /** How commands run: as users of their own (the default for root), as the agent's user, or not at all. */
  isolation?: Isolation;
  now?: () => number;
}

/**
 * Runs jobs as local processes. Each job has a record directory only the
 * agent's user can open (`DIR/jobs/ID/`: meta.json, stdout, stderr, exit)
 * and a working directory of its own (`DIR/work/ID/`, 0700, owned by the
 * job's user). A supervisor process of the agent's user starts the command,
 * leads its process group and records its exit status. Isolated jobs run as
 * a uid of their own from the configured range, so that they cannot read the
 * agent's files, signal it, or touch another job. Processes outlive the
 * agent; a new executor on the same directory reports on them without
 * starting them again.
 */
export class LocalExecutor implements Executor {
  readonly name = 'local';
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly files: JobFiles<JobMeta>;
  private readonly isolation: Isolation;
  private readonly now: () => number;
  private readonly workRoot: string;
  /** Uids held by jobs not yet retired, by job id. */
  private readonly uids = new Map<string, number>();

  constructor(private readonly root: string, options: LocalExecutorOptions = {}) {
    this.isolation = options.isolation ?? { kind: 'unisolated' };
    this.now = options.now ?? Date.now;
    mkdirSync(root, { recursive: true });
    this.files = new JobFiles(root);
    this.workRoot = join(root, 'work');
    mkdirSync(this.workRoot, { recursive: true });
    chmodSync(join(root, 'jobs'), 0o700);
    if (this.isolation.kind === 'users') {
      // Job users reach their own directories by path; the agent's records stay closed to them.
      chmodSync(root, 0o711);
      chmodSync(this.workRoot, 0o711);
      const closed = unreachableAncestor(this.workRoot);
      // A setup the operator chooses, not a fault of the agent: a usage error (exit 2, one line).
      if (closed) throw new UsageError(`job users cannot reach their directories under ${this.workRoot}: ${closed} is closed to other users; choose a data dir on a path they can pass through, e.g. /var/lib/suanli-agent`);
      for (const id of readdirSync(join(root, 'jobs'))) {
        const m = this.files.meta(id);
        if (m?.uid !== undefined && m.retired !== true) this.uids.set(m.id, m.uid);
      }
    } else {
      chmodSync(root, 0o700);
    }
  }

  private jobDir(id: string): string {
    return this.files.dir(id);
  }

  async submit(job: ExecJob): Promise<string> {
    const dir = this.jobDir(job.id);
    const known = existsSync(join(dir, 'meta.json')) ? this.meta(job.id) : undefined;
    // Submitted before under this epoch (an agent that restarted mid-submission): the job is running or ran; never start it twice.
    if (known && known.epoch >= job.epoch) return String(known.pid);
    if (known) {
      // Placed here again under a newer epoch: the old run stops, its record moves aside, and the job starts afresh.
      await this.stop(job.id, 'cancelled', `placed again (epoch ${job.epoch})`);
      this.files.archive(job.id, known.epoch);
    }
    const iso = this.isolation;
    if (iso.kind === 'refuse') throw new ExecutorError(iso.reason);
    const argv = typeof job.command === 'string' ? ['/bin/sh', '-c', job.command] : job.command;
    if (argv.length === 0 || argv[0] === '') throw new ExecutorError('the job has an empty command');
    if (iso.kind === 'users' && job.workdir !== undefined) throw new ExecutorError('this data center runs each job in a directory of its own; a job cannot name its workdir here');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const own = join(this.workRoot, job.id);
    mkdirSync(own, { recursive: true, mode: 0o700 });
    const cwd = job.workdir ?? own;
    if (!existsSync(cwd) || !statSync(cwd).isDirectory()) throw new ExecutorError(`working directory ${cwd} does not exist`);
    let uid: number | undefined;
    let command = argv;
    if (iso.kind === 'users') {
      uid = freeUid(iso.uids, new Set(this.uids.values()));
      chownSync(own, uid, uid);
      command = isolatedArgv(iso, own, argv);
    }
    const env: Record<string, string> = {
      PATH: '/usr/local/bin:/usr/bin:/bin', HOME: own, TMPDIR: iso.kind === 'users' && iso.sandbox === 'bwrap' ? '/tmp' : own, LANG: 'C.UTF-8',
      ...(uid !== undefined && { USER: `suanli-${uid}`, LOGNAME: `suanli-${uid}` }),
      ...job.env, SUANLI_JOB_ID: job.id,
    };
    const spec: SupervisorSpec = { argv: command, env, cwd, ...(uid !== undefined && { uid }), stdout: join(dir, 'stdout'), stderr: join(dir, 'stderr'), exitFile: join(dir, 'exit') };
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec), { mode: 0o600 });
    const startedAt = this.now();
    const child = spawn(process.execPath, [supervisorScript(), join(dir, 'spec.json')], {
      cwd: dir, detached: true, stdio: 'ignore', env: { PATH: '/usr/bin:/bin' },
    });
    child.on('error', () => undefined);
    child.unref();
    const pid = child.pid;
    if (pid === undefined) throw new ExecutorError(`could not start the supervisor of job ${job.id}`);
    const meta: JobMeta = { id: job.id, epoch: job.epoch, pid, procStart: procStart(pid) ?? '', startedAt, units: job.units, timeLimitS: job.timeLimitS, ...(uid !== undefined && { uid }) };
    this.files.saveMeta(meta);
    if (uid !== undefined) this.uids.set(job.id, uid);
    this.armTimeLimit(meta);
    return String(pid);
  }

  private armTimeLimit(meta: JobMeta): void {
    const left = meta.startedAt + meta.timeLimitS * 1000 - this.now();
    const t = setTimeout(() => void this.stop(meta.id, 'timeout', `time limit of ${meta.timeLimitS} s reached`), Math.max(0, left));
    t.unref();
    this.timers.set(meta.id, t);
  }

  private meta(id: string): JobMeta | undefined {
    return this.files.meta(id);
  }

  private alive(meta: JobMeta): boolean {
    try {
      process.kill(meta.pid, 0);
    } catch {
      return false;
    }
    // An exited process not yet reaped is a zombie; the same pid may now be another process: check both.
    const stat = procStat(meta.pid);
    if (stat?.state === 'Z') return false;
    return stat === undefined || meta.procStart === '' || stat.start === meta.procStart;
  }

  async poll(jobIds: readonly string[]): Promise<Map<string, ExecStatus>> {
    const out = new Map<string, ExecStatus>();
    for (const id of jobIds) {
      const meta = this.meta(id);
      if (!meta) continue;
      const s = this.status(meta);
      // A recovered job past its limit (the agent was down when it fell due) is stopped now.
      if (s.state === 'running' && this.now() > meta.startedAt + meta.timeLimitS * 1000) {
        await this.stop(id, 'timeout', `time limit of ${meta.timeLimitS} s reached`);
        out.set(id, this.status(meta));
      } else {
        if (s.state === 'running' && !this.timers.has(id)) this.armTimeLimit(meta);
        if (s.state !== 'running' && s.state !== 'queued') this.retire(meta);
        out.set(id, s);
      }
    }
    return out;
  }

  private status(meta: JobMeta): ExecStatus {
    const dir = this.jobDir(meta.id);
    const base = { externalId: String(meta.pid), startedAt: meta.startedAt, stdout: join(dir, 'stdout'), stderr: join(dir, 'stderr') };
    // File times are coarser than the clock: an end is never before the start.
    const ended = (at: number): Pick<ExecStatus, 'endedAt' | 'unitSeconds'> => {
      const end = Math.max(at, meta.startedAt);
      return { endedAt: end, unitSeconds: Math.round((meta.units * (end - meta.startedAt)) / 1000) };
    };
    // The exit file's time is when it was written; a stop marker records its own time on its first line.
    const marker = (name: string): { at: number; text: string } | undefined => {
      const f = join(dir, name);
      if (!existsSync(f)) return undefined;
      const text = readFileSync(f, 'utf8');
      if (name === 'exit') return { at: statSync(f).mtimeMs, text };
      const nl = text.indexOf('\n');
      return { at: Number(text.slice(0, nl)), text: text.slice(nl + 1) };
    };
    const stopped = marker('cancelled') ?? marker('timeout');
    const exit = marker('exit');
    if (exit && !stopped) {
      const code = Number(exit.text);
      return { ...base, ...ended(Math.round(exit.at)), state: code === 0 ? 'succeeded' : 'failed', exitCode: code, ...(code !== 0 && { message: `exit code ${code}` }) };
    }
    if (this.alive(meta)) return { ...base, state: 'running' };
    if (stopped) {
      const timedOut = existsSync(join(dir, 'timeout'));
      return { ...base, ...ended(Math.round(stopped.at)), state: timedOut ? 'failed' : 'cancelled', message: stopped.text, ...(exit && { exitCode: Number(exit.text) }) };
    }
    return { ...base, ...ended(this.now()), state: 'failed', message: 'the process ended without recording its exit status (killed outside the agent?)' };
  }

  async cancel(jobId: string, reason: string): Promise<void> {
    await this.stop(jobId, 'cancelled', reason);
  }

  /** Marks why the job is stopping, then stops its process group (and every process of its user): SIGTERM, and SIGKILL after a grace period. */
  private async stop(jobId: string, marker: 'cancelled' | 'timeout', reason: string): Promise<void> {
    const meta = this.meta(jobId);
    if (!meta) return;
    clearTimeout(this.timers.get(jobId));
    this.timers.delete(jobId);
    const dir = this.jobDir(jobId);
    if (!existsSync(join(dir, 'exit')) && !existsSync(join(dir, 'cancelled')) && !existsSync(join(dir, 'timeout'))) {
      writeAtomic(join(dir, marker), `${this.now()}\n${reason}`);
      if (this.alive(meta)) {
        signalGroup(meta.pid, 'SIGTERM');
        if (meta.uid !== undefined) signalUid(meta.uid, 'SIGTERM');
        const deadline = this.now() + GRACE_MS;
        while (this.alive(meta) && this.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      }
      // Whatever is left (a process that ignores SIGTERM, or one that left the group) is killed.
      signalGroup(meta.pid, 'SIGKILL');
      if (meta.uid !== undefined) signalUid(meta.uid, 'SIGKILL');
    }
    this.retire(meta);
  }

  /**
   * Once an isolated job is over: no process of its user is left, and its
   * working directory moves into its record directory, out of reach of the
   * next job that gets the same uid.
   */
  private retire(meta: JobMeta): void {
    if (meta.uid === undefined || meta.retired === true) return;
    // The supervisor writes the exit status last; once it is there, nothing of the job may run on.
    if (!existsSync(join(this.jobDir(meta.id), 'exit')) && this.alive(meta)) return;
    signalUid(meta.uid, 'SIGKILL');
    const work = join(this.workRoot, meta.id);
    if (existsSync(work)) renameSync(work, join(this.jobDir(meta.id), 'work'));
    meta.retired = true;
    this.files.saveMeta(meta);
    this.uids.delete(meta.id);
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}
