import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passable, untilState } from '../../../test/executors.js';
import type { ExecJob, ExecState, Executor } from './executor.js';
import { ExecutorError } from './executor.js';
import { processesOf, resolveIsolation } from './isolation.js';
import type { Isolation } from './isolation.js';
import { LocalExecutor } from './local.js';

const ROOT = process.getuid?.() === 0;
/**
 * As root, jobs run as uids of their own; otherwise as the test's user. Each
 * executor gets a range of its own, as each agent on a host must: an executor
 * kills whatever runs as its job's uid when that job stops.
 */
let nextRange = 231_000;
const isolated = (sandbox: 'none' | 'bwrap' = 'none', from = (nextRange += 50)): Isolation =>
  resolveIsolation({ uids: { from, to: from + 49 }, sandbox, limits: { processes: 64, openFiles: 256 }, allowUnisolatedCommands: true });
const executor = (dir: string, isolation: Isolation = isolated()) => new LocalExecutor(dir, { isolation });
/** Where a job's own directory is kept once it has ended. */
const workOf = (dir: string, id: string) => join(dir, 'jobs', id, 'work');

const until = (ex: Executor, id: string, states: ExecState[], ms = 10_000) => untilState(ex, id, states, ms, 50);

const job = (id: string, over: Partial<ExecJob> = {}): ExecJob => ({ id, epoch: 1, command: 'true', timeLimitS: 60, units: 2, pool: 'cpu', ...over });


/** Waits up to a second for a process to be gone (or a zombie). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 20 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('local executor', () => {
  it('runs a shell command in its own directory with its environment, and captures its output', async () => {
    const dir = passable('suanli-local-');
    const ex = executor(join(dir, 'agent'));
    await ex.submit(job('j1', { command: 'echo "hello $GREETING" > out.txt; echo to-stdout; echo to-stderr >&2', env: { GREETING: '算力' } }));
    const s = await until(ex, 'j1', ['succeeded', 'failed']);
    expect(s).toMatchObject({ state: 'succeeded', exitCode: 0 });
    expect(readFileSync(join(workOf(join(dir, 'agent'), 'j1'), 'out.txt'), 'utf8')).toBe('hello 算力\n');
    expect(readFileSync(s.stdout!, 'utf8')).toBe('to-stdout\n');
    expect(readFileSync(s.stderr!, 'utf8')).toBe('to-stderr\n');
    expect(s.endedAt! - s.startedAt!).toBeGreaterThanOrEqual(0);
    expect(s.unitSeconds).toBe(Math.round((2 * (s.endedAt! - s.startedAt!)) / 1000));
  });

  it('runs an argument vector without a shell, and reports a non-zero exit as failed', async () => {
    const dir = passable('suanli-local-');
    const ex = executor(dir);
    await ex.submit(job('argv', { command: ['/bin/sh', '-c', 'printf "%s|" "$@"; exit 3', 'name', 'a b', '$HOME;'] }));
    const s = await until(ex, 'argv', ['succeeded', 'failed']);
    expect(s).toMatchObject({ state: 'failed', exitCode: 3, message: 'exit code 3' });
    expect(readFileSync(s.stdout!, 'utf8')).toBe('a b|$HOME;|');
  });

  it('stops a job at its time limit, with everything it started', async () => {
    const dir = passable('suanli-local-');
    const ex = executor(dir);
    await ex.submit(job('slow', { command: 'sleep 30 & echo $! > child.pid; wait', timeLimitS: 1 }));
    const s = await until(ex, 'slow', ['failed', 'succeeded']);
    expect(s).toMatchObject({ state: 'failed', message: 'time limit of 1 s reached' });
    const child = Number(readFileSync(join(workOf(dir, 'slow'), 'child.pid'), 'utf8'));
    expect(await gone(child)).toBe(true);
    expect(s.endedAt! - s.startedAt!).toBeGreaterThanOrEqual(1000);
  });

  it('cancels a job by stopping its process group', async () => {
    const dir = passable('suanli-local-');
    const ex = executor(dir);
    const pid = Number(await ex.submit(job('c', { command: 'sleep 30 & echo $! > child.pid.tmp; mv child.pid.tmp child.pid; wait' })));
    await until(ex, 'c', ['running']);
    while (!existsSync(join(dir, 'work', 'c', 'child.pid'))) await new Promise((r) => setTimeout(r, 20));
    const child = Number(readFileSync(join(dir, 'work', 'c', 'child.pid'), 'utf8'));
    await ex.cancel('c', 'cancelled by the owner');
    const s = await until(ex, 'c', ['cancelled']);
    expect(s.message).toBe('cancelled by the owner');
    expect(await gone(pid)).toBe(true);
    expect(await gone(child)).toBe(true);
    await ex.cancel('c', 'again'); // nothing to do
    expect((await ex.poll(['c'])).get('c')!.message).toBe('cancelled by the owner');
  });

  it('finds its jobs again after a restart and never starts one twice', async () => {
    const dir = passable('suanli-local-');
    const first = executor(join(dir, 'agent'));
    const spec = job('r', { command: 'echo run >> runs.txt; sleep 1' });
    await first.submit(spec);
    const second = executor(join(dir, 'agent'));
    expect((await second.poll(['r'])).get('r')!.state).toBe('running');
    await second.submit(spec);
    expect(await until(second, 'r', ['succeeded'])).toMatchObject({ state: 'succeeded', exitCode: 0 });
    expect(readFileSync(join(workOf(join(dir, 'agent'), 'r'), 'runs.txt'), 'utf8')).toBe('run\n');
    expect((await second.poll(['unknown'])).size).toBe(0);
  });

  it('refuses what it cannot run with a clear message', async () => {
    const ex = executor(passable('suanli-local-'), { kind: 'unisolated' });
    await expect(ex.submit(job('w', { workdir: '/no/such/dir' }))).rejects.toThrow(new ExecutorError('working directory /no/such/dir does not exist'));
    await expect(ex.submit(job('e', { command: [] }))).rejects.toThrow('the job has an empty command');
    await expect(ex.submit(job('../escape'))).rejects.toThrow('job id "../escape" cannot name a directory');
  });

  it.runIf(ROOT)('runs each job as a uid of its own that cannot read the agent, signal it, or touch another job', async () => {
    const dir = passable('suanli-local-');
    const ex = executor(dir);
    const secret = join(dir, 'agent-secret');
    writeFileSync(secret, 'sl_secret', { mode: 0o600 });
    process.env.SUANLI_TEST_CANARY = 'inherited';
    const victim = await ex.submit(job('victim', { command: 'echo mine > mine.txt; sleep 30' }));
    await until(ex, 'victim', ['running']);
    // The hostile job tries the agent's files, the other job's record and directory, and signals.
    const probe = [
      'id -u > uid.txt; id -G > groups.txt',
      `cat ${secret} > got-secret.txt 2>/dev/null; echo "secret $?" >> tries.txt`,
      `ls ${join(dir, 'jobs')} > /dev/null 2>&1; echo "records $?" >> tries.txt`,
      `echo 0 > ${join(dir, 'jobs', 'victim', 'exit')} 2>/dev/null; echo "exit-file $?" >> tries.txt`,
      `cat ${join(dir, 'work', 'victim', 'mine.txt')} > /dev/null 2>&1; echo "other-work $?" >> tries.txt`,
      `kill -9 ${victim} 2>/dev/null; echo "kill-supervisor $?" >> tries.txt`,
      `kill -0 ${process.pid} 2>/dev/null; echo "signal-agent $?" >> tries.txt`,
      'env > env.txt',
    ].join('; ');
    await ex.submit(job('hostile', { command: probe }));
    expect(await until(ex, 'hostile', ['succeeded', 'failed'])).toMatchObject({ state: 'succeeded' });
    const work = workOf(dir, 'hostile');
    const uid = Number(readFileSync(join(work, 'uid.txt'), 'utf8'));
    expect(uid).not.toBe(0);
    expect(uid).not.toBe(process.getuid!());
    expect(uid).toBeGreaterThan(231_000);
    expect(readFileSync(join(work, 'groups.txt'), 'utf8').trim()).toBe(String(uid));
    expect(readFileSync(join(work, 'tries.txt'), 'utf8')).toBe('secret 1\nrecords 2\nexit-file 2\nother-work 1\nkill-supervisor 1\nsignal-agent 1\n');
    expect(readFileSync(join(work, 'got-secret.txt'), 'utf8')).toBe('');
    const env = readFileSync(join(work, 'env.txt'), 'utf8');
    expect(env).not.toContain('SUANLI_TEST_CANARY');
    expect(env).toContain('SUANLI_JOB_ID=hostile');
    // The victim is untouched: still running, its directory its own.
    expect((await ex.poll(['victim'])).get('victim')!.state).toBe('running');
    expect(statSync(join(dir, 'work', 'victim')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'jobs')).mode & 0o777).toBe(0o700);
    await ex.cancel('victim', 'done');
    expect((await until(ex, 'victim', ['cancelled'])).message).toBe('done');
    delete process.env.SUANLI_TEST_CANARY;
  });

  it.runIf(ROOT)('gives a uid again only after its last job ended, with nothing of that job left in reach', async () => {
    const dir = passable('suanli-local-');
    const ex = executor(dir);
    // The first job leaves a process behind and a file in its directory.
    await ex.submit(job('first', { command: 'echo private > left.txt; (setsid sleep 60 &) ; id -u > uid.txt' }));
    expect(await until(ex, 'first', ['succeeded'])).toMatchObject({ exitCode: 0 });
    const uid = Number(readFileSync(join(workOf(dir, 'first'), 'uid.txt'), 'utf8'));
    expect(processesOf(uid)).toEqual([]);
    await ex.submit(job('second', { command: `id -u > uid.txt; cat ${join(dir, 'work', 'first', 'left.txt')} ${join(dir, 'jobs', 'first', 'work', 'left.txt')} > seen.txt 2>/dev/null; true` }));
    await until(ex, 'second', ['succeeded']);
    const second = workOf(dir, 'second');
    expect(Number(readFileSync(join(second, 'uid.txt'), 'utf8'))).toBe(uid);
    expect(readFileSync(join(second, 'seen.txt'), 'utf8')).toBe('');
  });

  it.runIf(ROOT)('holds a fork bomb to its process limit and refuses a job that names its own workdir', async () => {
    const dir = passable('suanli-local-');
    const ex = executor(dir);
    await ex.submit(job('bomb', { command: 'n=0; while [ $n -lt 300 ]; do sleep 30 & n=$((n+1)); done; wait', timeLimitS: 60 }));
    // Past 64 processes the shell cannot fork and ends; the supervisor then stops everything the job's user still runs.
    const s = await until(ex, 'bomb', ['failed', 'succeeded']);
    expect(s).toMatchObject({ state: 'failed', exitCode: 2 });
    expect(readFileSync(s.stderr!, 'utf8')).toContain('Cannot fork');
    const uid = (JSON.parse(readFileSync(join(dir, 'jobs', 'bomb', 'meta.json'), 'utf8')) as { uid: number }).uid;
    expect(processesOf(uid)).toEqual([]);
    await expect(ex.submit(job('w', { workdir: '/tmp' }))).rejects.toThrow('this data center runs each job in a directory of its own; a job cannot name its workdir here');
  });

  it.runIf(ROOT && existsSync('/usr/bin/bwrap'))('in bubblewrap, a job sees its own processes only, a private /tmp and read-only system directories', async () => {
    const dir = passable('suanli-local-');
    const ex = executor(dir, isolated('bwrap'));
    writeFileSync('/tmp/suanli-host-file', 'host');
    await ex.submit(job('boxed', { command: 'ls /proc | grep -c "^[0-9]" > procs.txt; ls /tmp > tmp.txt; touch /usr/x 2>/dev/null; echo "usr $?" > usr.txt; echo ok > /tmp/mine; cat /tmp/mine > tmp-write.txt' }));
    expect(await until(ex, 'boxed', ['succeeded', 'failed'])).toMatchObject({ state: 'succeeded' });
    const work = workOf(dir, 'boxed');
    expect(Number(readFileSync(join(work, 'procs.txt'), 'utf8'))).toBeLessThanOrEqual(4);
    expect(readFileSync(join(work, 'tmp.txt'), 'utf8')).not.toContain('suanli-host-file');
    expect(readFileSync(join(work, 'usr.txt'), 'utf8')).toBe('usr 1\n');
    expect(readFileSync(join(work, 'tmp-write.txt'), 'utf8')).toBe('ok\n');
  });

  it('refuses commands when it cannot isolate them and the operator did not allow it', async () => {
    const iso = resolveIsolation({ uids: { from: 231_000, to: 231_049 }, sandbox: 'none', limits: { processes: 64, openFiles: 256 }, allowUnisolatedCommands: false }, 1000);
    expect(iso).toEqual({ kind: 'refuse', reason: expect.stringContaining('this agent runs as uid 1000 and cannot run jobs as users of their own') });
    const ex = executor(passable('suanli-local-'), iso);
    await expect(ex.submit(job('x'))).rejects.toThrow('jobs with commands are refused (run the agent as root, or set allowUnisolatedCommands: true');
    expect(resolveIsolation({ uids: { from: 231_000, to: 231_049 }, sandbox: 'none', limits: { processes: 64, openFiles: 256 }, allowUnisolatedCommands: true }, 1000)).toEqual({ kind: 'unisolated' });
  });
});
