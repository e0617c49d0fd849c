import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passable, untilState } from '../../../test/executors.js';
import type { ExecJob, ExecState, Executor } from './executor.js';
import { resolveIsolation } from './isolation.js';
import { LocalExecutor } from './local.js';
import type { ExecutorName } from './names.js';
import { EXECUTORS } from './registry.js';
import { SlurmExecutor } from './slurm.js';

/**
 * The one contract every executor keeps, run against each executor of the
 * registry: local processes always, Slurm against the cluster `.ci/run`
 * starts (SLURM_CONF). A new executor (Kubernetes) joins by adding its
 * factory here and passing.
 */
let nextRange = 281_000;
const FACTORIES: Record<ExecutorName, { available: boolean; make: (dir: string) => Executor; timeLimitS: number; waitMs: number }> = {
  local: {
    available: true,
    make: (dir) => new LocalExecutor(dir, {
      isolation: resolveIsolation({ uids: { from: nextRange, to: (nextRange += 50) - 1 }, sandbox: 'none', limits: { processes: 64, openFiles: 256 }, allowUnisolatedCommands: true }),
    }),
    timeLimitS: 1,
    waitMs: 15_000,
  },
  slurm: {
    available: process.env.SLURM_CONF !== undefined,
    make: (dir) => new SlurmExecutor(dir),
    // Slurm counts time limits in whole minutes and checks them about every 30 s.
    timeLimitS: 60,
    waitMs: 150_000,
  },
};

if (process.env.CI && !FACTORIES.slurm.available) throw new Error('CI must set SLURM_CONF: every executor passes the contract');

/** An agent directory job users may pass through. */
const agentDir = (): string => join(passable('suanli-contract-'), 'agent');
const until = (ex: Executor, id: string, states: ExecState[], ms: number) => untilState(ex, id, states, ms, 100);

const job = (id: string, over: Partial<ExecJob> = {}): ExecJob => ({ id, epoch: 1, command: 'true', timeLimitS: 120, units: 1, pool: 'cpu', ...over });


const kinds = (Object.keys(EXECUTORS) as ExecutorName[]).map((name) => ({ name, ...FACTORIES[name] }));

describe.each(kinds)('executor contract: $name', ({ available, make, timeLimitS, waitMs }) => {
  const run = available ? it : it.skip;

  run('runs a job to success and meters it', async () => {
    const ex = make(agentDir());
    const id = await ex.submit(job('ok', { command: 'echo hello; sleep 1', units: 2 }));
    const s = await until(ex, 'ok', ['succeeded', 'failed'], waitMs);
    expect(s).toMatchObject({ state: 'succeeded', exitCode: 0, externalId: id });
    expect(s.unitSeconds).toBeGreaterThanOrEqual(0);
    expect(s.startedAt).toBeLessThanOrEqual(s.endedAt!);
  }, waitMs + 10_000);

  run('reports a failure with its exit code', async () => {
    const ex = make(agentDir());
    await ex.submit(job('bad', { command: 'exit 3' }));
    expect(await until(ex, 'bad', ['succeeded', 'failed'], waitMs)).toMatchObject({ state: 'failed', exitCode: 3 });
  }, waitMs + 10_000);

  run('cancels a running job, and cancelling it again does nothing', async () => {
    const ex = make(agentDir());
    await ex.submit(job('c', { command: 'sleep 120' }));
    await until(ex, 'c', ['running'], waitMs);
    await ex.cancel('c', 'cancelled by the owner');
    expect((await until(ex, 'c', ['cancelled', 'failed', 'succeeded'], waitMs)).state).toBe('cancelled');
    await ex.cancel('c', 'again');
    expect((await ex.poll(['c'])).get('c')!.state).toBe('cancelled');
  }, waitMs + 10_000);

  run('stops a job at its time limit, as failed', async () => {
    const ex = make(agentDir());
    await ex.submit(job('slow', { command: 'sleep 600', timeLimitS }));
    const s = await until(ex, 'slow', ['failed', 'succeeded', 'cancelled'], waitMs + timeLimitS * 1000);
    expect(s.state).toBe('failed');
    expect(s.message).toMatch(/time limit/);
  }, waitMs + timeLimitS * 1000 + 20_000);

  run('finds its jobs again after a restart and never submits one twice', async () => {
    const dir = agentDir();
    const first = make(dir);
    const id = await first.submit(job('r', { command: 'sleep 2' }));
    const second = make(dir);
    expect(['queued', 'running']).toContain((await second.poll(['r'])).get('r')!.state);
    expect(await second.submit(job('r', { command: 'sleep 2' }))).toBe(id);
    expect(await until(second, 'r', ['succeeded', 'failed'], waitMs)).toMatchObject({ state: 'succeeded', externalId: id });
    expect((await second.poll(['never-seen'])).size).toBe(0);
  }, waitMs + 10_000);

  run('fences by epoch: a newer placement replaces the old run, an older one starts nothing', async () => {
    const ex = make(agentDir());
    const old = await ex.submit(job('e', { command: 'sleep 120', epoch: 1 }));
    await until(ex, 'e', ['running'], waitMs);
    const fresh = await ex.submit(job('e', { command: 'echo second', epoch: 2 }));
    expect(fresh).not.toBe(old);
    expect(await until(ex, 'e', ['succeeded', 'failed'], waitMs)).toMatchObject({ state: 'succeeded', externalId: fresh });
    expect(await ex.submit(job('e', { command: 'sleep 120', epoch: 1 }))).toBe(fresh);
    expect(await ex.submit(job('e', { command: 'sleep 120', epoch: 2 }))).toBe(fresh);
    expect((await ex.poll(['e'])).get('e')).toMatchObject({ state: 'succeeded', externalId: fresh });
  }, waitMs + 10_000);
});
