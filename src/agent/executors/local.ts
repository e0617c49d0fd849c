import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExecutorError } from './executor.js';
import { JobFiles, writeAtomic } from './job-files.js';
import type { ExecJob, ExecStatus, Executor } from './executor.js';

/** What the executor keeps of each job on disk, so that a restarted agent finds it again. */
interface JobMeta {
  id: string;
  epoch: number;
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/PID/stat), to tell it from a later process with the same id. */
  procStart: string;
  startedAt: number;
  units: number;
  timeLimitS: number;
}

/**
 * The wrapper every job runs under: it runs the command, then records the
 * exit status in a file, written whole by a rename. The wrapper leads the
 * job's process group, so stopping the group stops everything the job started.
 */
const WRAPPER = '"$@"; code=$?; printf "%s" "$code" > "$SUANLI_EXIT_FILE.tmp" && mv "$SUANLI_EXIT_FILE.tmp" "$SUANLI_EXIT_FILE"';
const GRACE_MS = 5000;

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

/**
 * Runs jobs as local processes: each in its own process group and directory
 * (`DIR/jobs/ID/`: stdout, stderr, exit, meta.json), with its working
 * directory, environment and time limit. Processes outlive the agent; a new
 * executor on the same directory reports on them without starting them again.
 */
export class LocalExecutor implements Executor {
  readonly name = 'local';
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly files: JobFiles<JobMeta>;

  constructor(dir: string, private readonly now: () => number = Date.now) {
    this.files = new JobFiles(dir);
  }

  private jobDir(id: string): string {
    return this.files.dir(id);
  }

  async submit(job: ExecJob): Promise<string> {
    const dir = this.jobDir(job.id);
    if (existsSync(join(dir, 'meta.json'))) {
      // Submitted before (an agent that restarted mid-submission): the job is running or ran; never start it twice.
      return String(this.meta(job.id)!.pid);
    }
    mkdirSync(dir, { recursive: true });
    const cwd = job.workdir ?? dir;
    if (!existsSync(cwd) || !statSync(cwd).isDirectory()) throw new ExecutorError(`working directory ${cwd} does not exist`);
    const argv = typeof job.command === 'string' ? ['/bin/sh', '-c', job.command] : job.command;
    if (argv.length === 0 || argv[0] === '') throw new ExecutorError('the job has an empty command');
    const startedAt = this.now();
    const out = openSync(join(dir, 'stdout'), 'a');
    const err = openSync(join(dir, 'stderr'), 'a');
    let pid: number | undefined;
    try {
      const child = spawn('/bin/sh', ['-c', WRAPPER, 'suanli-job', ...argv], {
        cwd,
        detached: true,
        stdio: ['ignore', out, err],
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/', ...job.env, SUANLI_JOB_ID: job.id, SUANLI_EXIT_FILE: join(dir, 'exit') },
      });
      pid = child.pid;
      child.on('error', () => undefined);
      child.unref();
    } finally {
      closeSync(out);
      closeSync(err);
    }
    if (pid === undefined) throw new ExecutorError(`could not start /bin/sh for job ${job.id}`);
    const meta: JobMeta = { id: job.id, epoch: job.epoch, pid, procStart: procStart(pid) ?? '', startedAt, units: job.units, timeLimitS: job.timeLimitS };
    this.files.saveMeta(meta);
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

  /** Marks why the job is stopping, then stops its process group: SIGTERM, and SIGKILL after a grace period. */
  private async stop(jobId: string, marker: 'cancelled' | 'timeout', reason: string): Promise<void> {
    const meta = this.meta(jobId);
    if (!meta) return;
    clearTimeout(this.timers.get(jobId));
    this.timers.delete(jobId);
    const dir = this.jobDir(jobId);
    if (existsSync(join(dir, 'exit')) || existsSync(join(dir, 'cancelled')) || existsSync(join(dir, 'timeout'))) return;
    writeAtomic(join(dir, marker), `${this.now()}\n${reason}`);
    if (!this.alive(meta)) return;
    signalGroup(meta.pid, 'SIGTERM');
    const deadline = this.now() + GRACE_MS;
    while (this.alive(meta) && this.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    // Whatever of the group is left (a process that ignores SIGTERM, or one the job left behind) is killed.
    signalGroup(meta.pid, 'SIGKILL');
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}
