import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ExecutorError } from './executor.js';

/** Resource limits on one job, applied with prlimit after the job's user is taken. */
export interface JobLimits {
  /** Processes and threads the job's user may have at once (RLIMIT_NPROC). */
  processes: number;
  /** Open files per process (RLIMIT_NOFILE). */
  openFiles: number;
  /** Address space per process, bytes (RLIMIT_AS); none when absent. */
  memoryBytes?: number;
  /** Largest file the job may write, bytes (RLIMIT_FSIZE); none when absent. */
  fileSizeBytes?: number;
}

/**
 * How the local executor runs a job's command:
 * - `users`: as an unprivileged uid of its own, taken from a range and never
 *   0 or the agent's, with no new privileges, a clean environment, limits,
 *   and optionally inside bubblewrap (private /tmp, read-only system
 *   directories, its own PID namespace);
 * - `unisolated`: as the agent's own user, which the operator allowed
 *   explicitly (`allowUnisolatedCommands: true`);
 * - `refuse`: commands are refused with the reason.
 */
export type Isolation =
  | { kind: 'users'; uids: { from: number; to: number }; sandbox: 'none' | 'bwrap'; limits: JobLimits }
  | { kind: 'unisolated' }
  | { kind: 'refuse'; reason: string };

/** The programs isolation relies on (util-linux and bubblewrap, from Debian). */
export const SETPRIV = '/usr/bin/setpriv';
export const PRLIMIT = '/usr/bin/prlimit';
export const BWRAP = '/usr/bin/bwrap';

export interface IsolationRequest {
  uids: { from: number; to: number };
  sandbox: 'none' | 'bwrap';
  limits: JobLimits;
  allowUnisolatedCommands: boolean;
}

/**
 * Decides how jobs will run on this host. Only root can run a job as another
 * user; an agent that is not root refuses commands unless the operator allowed
 * them to run unisolated. Throws ExecutorError when the requested isolation
 * cannot be had (a missing program, a range that holds the agent's uid).
 */
export function resolveIsolation(req: IsolationRequest, uid = process.getuid?.() ?? -1): Isolation {
  if (uid !== 0) {
    if (req.allowUnisolatedCommands) return { kind: 'unisolated' };
    return {
      kind: 'refuse',
      reason: `this agent runs as uid ${uid} and cannot run jobs as users of their own; jobs with commands are refused (run the agent as root, or set allowUnisolatedCommands: true to run them as the agent's own user)`,
    };
  }
  if (req.uids.from <= 0 || req.uids.to < req.uids.from) throw new ExecutorError(`the job uid range ${req.uids.from}-${req.uids.to} is empty or holds uid 0`);
  for (const p of [SETPRIV, PRLIMIT, ...(req.sandbox === 'bwrap' ? [BWRAP] : [])]) {
    if (!existsSync(p)) throw new ExecutorError(`${p} is missing; job isolation needs it (Debian: ${p === BWRAP ? 'bubblewrap' : 'util-linux'})`);
  }
  return { kind: 'users', uids: req.uids, sandbox: req.sandbox, limits: req.limits };
}

/**
 * The program and arguments that run `argv` once the job's user has been
 * taken: no new privileges, the limits, and the sandbox when one is set.
 * The environment is passed by the process that starts it, never in argv.
 */
export function isolatedArgv(iso: Extract<Isolation, { kind: 'users' }>, workdir: string, argv: readonly string[]): string[] {
  const l = iso.limits;
  const limits = [
    `--nproc=${l.processes}`, `--nofile=${l.openFiles}`, '--core=0',
    ...(l.memoryBytes !== undefined ? [`--as=${l.memoryBytes}`] : []),
    ...(l.fileSizeBytes !== undefined ? [`--fsize=${l.fileSizeBytes}`] : []),
  ];
  return [SETPRIV, '--no-new-privs', '--', PRLIMIT, ...limits, '--', ...(iso.sandbox === 'bwrap' ? bwrapArgs(workdir) : []), ...argv];
}

/** bubblewrap: system directories read-only, nothing else of the host but the job's directory, private /tmp, /proc of its own PID namespace. */
function bwrapArgs(workdir: string): string[] {
  const args = [BWRAP, '--unshare-pid', '--unshare-ipc', '--unshare-uts', '--die-with-parent', '--new-session'];
  for (const d of ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/etc', '/opt']) {
    if (!existsSync(d)) continue;
    const st = lstatSync(d);
    if (st.isSymbolicLink()) args.push('--symlink', readlinkSync(d), d);
    else if (st.isDirectory()) args.push('--ro-bind', d, d);
  }
  args.push('--proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp', '--bind', workdir, workdir, '--chdir', workdir, '--');
  return args;
}

/**
 * The first uid of the range that no job of ours holds and no process runs
 * as (another agent's job, or a leftover after a crash, is never disturbed).
 */
export function freeUid(range: { from: number; to: number }, taken: ReadonlySet<number>): number {
  let running: Set<number> | undefined;
  for (let u = range.from; u <= range.to; u++) {
    if (taken.has(u)) continue;
    running ??= uidsRunning();
    if (!running.has(u)) return u;
  }
  throw new ExecutorError(`every uid of the job range ${range.from}-${range.to} is in use`);
}

/** The real, effective and saved uids of every process. */
function uidsRunning(): Set<number> {
  const out = new Set<number>();
  for (const e of procEntries()) {
    const m = uidLine(e);
    if (m) for (const u of m) out.add(u);
  }
  return out;
}

function procEntries(): string[] {
  try {
    return readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
}

function uidLine(pid: string): number[] | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    // A zombie runs nothing: it only waits for its parent to collect it.
    if (/^State:\s+Z/m.test(status)) return undefined;
    const m = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
  } catch {
    return undefined; // The process ended while we looked.
  }
}

/** Process ids of every process whose real, effective or saved uid is `uid`. */
export function processesOf(uid: number): number[] {
  return procEntries().filter((e) => uidLine(e)?.includes(uid) === true).map(Number);
}

/** Sends `signal` to every process of `uid`, until none is left or a few rounds have passed (a fork loop races the scan). */
export function signalUid(uid: number, signal: NodeJS.Signals): void {
  if (uid <= 0) return;
  for (let round = 0; round < 20; round++) {
    const pids = processesOf(uid);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // Gone already.
      }
    }
    if (signal !== 'SIGKILL') return;
  }
}

/**
 * The first directory on the way to `dir` that other users cannot pass
 * through (no execute bit for others), or undefined when a job's user can
 * reach `dir` by its path.
 */
export function unreachableAncestor(dir: string): string | undefined {
  let d = resolve(dir);
  const chain: string[] = [];
  for (;;) {
    chain.push(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const p of chain.reverse()) {
    try {
      if ((statSync(p).mode & 0o001) === 0) return p;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Whether bubblewrap runs here for an unprivileged user (it needs user namespaces). */
export function bwrapWorks(asUid: number): boolean {
  if (!existsSync(BWRAP) || !existsSync(SETPRIV)) return false;
  const r = spawnSync(SETPRIV, ['--reuid', String(asUid), '--regid', String(asUid), '--clear-groups', '--no-new-privs', '--', BWRAP, '--ro-bind', '/', '/', '--unshare-pid', '--proc', '/proc', '--', '/bin/true'], { timeout: 10_000, stdio: 'ignore' });
  return r.status === 0;
}

/** The agent config's isolation keys. */
export interface IsolationConfig {
  allowUnisolatedCommands: boolean;
  isolation: { uids: { from: number; to: number }; sandbox: 'auto' | 'bwrap' | 'none'; limits: { processes: number; openFiles: number; memoryMiB?: number; fileSizeMiB?: number } };
}

/**
 * The isolation an agent's config asks for on this host, and one line that
 * says at start what it is. `sandbox: auto` takes bubblewrap where it works.
 */
export function isolationFromConfig(cfg: IsolationConfig, uid = process.getuid?.() ?? -1): { isolation: Isolation; notice: string } {
  const i = cfg.isolation;
  const want = i.sandbox === 'auto' ? (uid === 0 && bwrapWorks(i.uids.from) ? 'bwrap' : 'none') : i.sandbox;
  const isolation = resolveIsolation({
    uids: i.uids, sandbox: want, allowUnisolatedCommands: cfg.allowUnisolatedCommands,
    limits: {
      processes: i.limits.processes, openFiles: i.limits.openFiles,
      ...(i.limits.memoryMiB !== undefined && { memoryBytes: i.limits.memoryMiB * 1024 * 1024 }),
      ...(i.limits.fileSizeMiB !== undefined && { fileSizeBytes: i.limits.fileSizeMiB * 1024 * 1024 }),
    },
  }, uid);
  const notice = isolation.kind === 'users'
    ? `jobs run as uids ${i.uids.from}-${i.uids.to}, one per job, with no new privileges${isolation.sandbox === 'bwrap' ? ', in bubblewrap' : ''}`
    : isolation.kind === 'unisolated'
      ? "WARNING: job commands run as the agent's own user (allowUnisolatedCommands: true); a job can read the agent's token and state"
      : `job commands are refused: ${isolation.reason}`;
  return { isolation, notice };
}
