import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import type { ExecJob, ExecState, Executor } from './executor.js';
import { ExecutorError } from './executor.js';
import { LocalExecutor } from './local.js';

const job = (id: string, over: Partial<ExecJob> = {}): ExecJob => ({ id, epoch: 1, command: 'true', timeLimitS: 60, units: 2, pool: 'cpu', ...over });

async function until(ex: Executor, id: string, states: ExecState[], ms = 10_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = (await ex.poll([id])).get(id);
    if (s && states.includes(s.state)) return s;
    if (Date.now() > deadline) throw new Error(`job ${id} is ${s?.state ?? 'unknown'}, not ${states.join(' or ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

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
  it('runs a shell command in its working directory with its environment, and captures its output', async () => {
    const dir = tempDir('suanli-local-');
    const work = join(dir, 'work');
    mkdirSync(work);
    const ex = new LocalExecutor(join(dir, 'agent'));
    await ex.submit(job('j1', { command: 'echo "hello $GREETING" > out.txt; echo to-stdout; echo to-stderr >&2', workdir: work, env: { GREETING: '算力' } }));
    const s = await until(ex, 'j1', ['succeeded', 'failed']);
    expect(s).toMatchObject({ state: 'succeeded', exitCode: 0 });
    expect(readFileSync(join(work, 'out.txt'), 'utf8')).toBe('hello 算力\n');
    expect(readFileSync(s.stdout!, 'utf8')).toBe('to-stdout\n');
    expect(readFileSync(s.stderr!, 'utf8')).toBe('to-stderr\n');
    expect(s.endedAt! - s.startedAt!).toBeGreaterThanOrEqual(0);
    expect(s.unitSeconds).toBe(Math.round((2 * (s.endedAt! - s.startedAt!)) / 1000));
  });

  it('runs an argument vector without a shell, and reports a non-zero exit as failed', async () => {
    const dir = tempDir('suanli-local-');
    const ex = new LocalExecutor(dir);
    await ex.submit(job('argv', { command: ['/bin/sh', '-c', 'printf "%s|" "$@"; exit 3', 'name', 'a b', '$HOME;'] }));
    const s = await until(ex, 'argv', ['succeeded', 'failed']);
    expect(s).toMatchObject({ state: 'failed', exitCode: 3, message: 'exit code 3' });
    expect(readFileSync(s.stdout!, 'utf8')).toBe('a b|$HOME;|');
  });

  it('stops a job at its time limit, with everything it started', async () => {
    const dir = tempDir('suanli-local-');
    const ex = new LocalExecutor(dir);
    await ex.submit(job('slow', { command: `sleep 30 & echo $! > ${join(dir, 'child.pid')}; wait`, timeLimitS: 1 }));
    const s = await until(ex, 'slow', ['failed', 'succeeded']);
    expect(s).toMatchObject({ state: 'failed', message: 'time limit of 1 s reached' });
    const child = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    expect(await gone(child)).toBe(true);
    expect(s.endedAt! - s.startedAt!).toBeGreaterThanOrEqual(1000);
  });

  it('cancels a job by stopping its process group', async () => {
    const dir = tempDir('suanli-local-');
    const ex = new LocalExecutor(dir);
    const pid = Number(await ex.submit(job('c', { command: `sleep 30 & echo $! > ${join(dir, 'child.pid')}; wait` })));
    await until(ex, 'c', ['running']);
    while (!existsSync(join(dir, 'child.pid'))) await new Promise((r) => setTimeout(r, 20));
    await ex.cancel('c', 'cancelled by the owner');
    const s = await until(ex, 'c', ['cancelled']);
    expect(s.message).toBe('cancelled by the owner');
    expect(await gone(pid)).toBe(true);
    expect(await gone(Number(readFileSync(join(dir, 'child.pid'), 'utf8')))).toBe(true);
    await ex.cancel('c', 'again'); // nothing to do
    expect((await ex.poll(['c'])).get('c')!.message).toBe('cancelled by the owner');
  });

  it('finds its jobs again after a restart and never starts one twice', async () => {
    const dir = tempDir('suanli-local-');
    const runs = join(dir, 'runs.txt');
    const first = new LocalExecutor(join(dir, 'agent'));
    const spec = job('r', { command: `echo run >> ${runs}; sleep 1` });
    await first.submit(spec);
    const second = new LocalExecutor(join(dir, 'agent'));
    expect((await second.poll(['r'])).get('r')!.state).toBe('running');
    await second.submit(spec);
    expect(await until(second, 'r', ['succeeded'])).toMatchObject({ state: 'succeeded', exitCode: 0 });
    expect(readFileSync(runs, 'utf8')).toBe('run\n');
    expect((await second.poll(['unknown'])).size).toBe(0);
  });

  it('refuses what it cannot run with a clear message', async () => {
    const ex = new LocalExecutor(tempDir('suanli-local-'));
    await expect(ex.submit(job('w', { workdir: '/no/such/dir' }))).rejects.toThrow(new ExecutorError('working directory /no/such/dir does not exist'));
    await expect(ex.submit(job('e', { command: [] }))).rejects.toThrow('the job has an empty command');
    await expect(ex.submit(job('../escape'))).rejects.toThrow('job id "../escape" cannot name a directory');
  });
});
