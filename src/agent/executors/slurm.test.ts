import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { untilState } from '../../../test/executors.js';
import { tempDir } from '../../../test/helpers.js';
import type { ExecJob, ExecState } from './executor.js';
import { ExecutorError } from './executor.js';
import { SlurmExecutor } from './slurm.js';

/**
 * Against a real Slurm: `.ci/run` starts a one-node cluster with
 * scripts/slurm-test-cluster.sh and sets SLURM_CONF; in CI its absence is an error.
 */
const SLURM = process.env.SLURM_CONF;
if (process.env.CI && !SLURM) throw new Error('CI must set SLURM_CONF: the Slurm executor is tested against a real cluster');

const until = (ex: SlurmExecutor, id: string, states: ExecState[], ms = 30_000) => untilState(ex, id, states, ms, 200);

const job = (id: string, over: Partial<ExecJob> = {}): ExecJob => ({ id, epoch: 1, command: 'true', timeLimitS: 120, units: 1, pool: 'cpu', ...over });


describe.runIf(SLURM)('slurm executor', () => {
  it('runs a command through sbatch in its working directory, with its environment, and meters it', async () => {
    const dir = tempDir('suanli-slurm-');
    const work = join(dir, 'work');
    mkdirSync(work);
    const ex = new SlurmExecutor(join(dir, 'agent'));
    const slurmId = await ex.submit(job('s1', { command: 'echo "hello $WHO" > out.txt; echo to-stdout; sleep 1', workdir: work, env: { WHO: 'slurm' }, units: 2 }));
    expect(slurmId).toMatch(/^\d+$/);
    expect(await ex.submit(job('s1'))).toBe(slurmId); // never twice
    const s = await until(ex, 's1', ['succeeded', 'failed']);
    expect(s).toMatchObject({ state: 'succeeded', exitCode: 0, externalId: slurmId });
    expect(readFileSync(join(work, 'out.txt'), 'utf8')).toBe('hello slurm\n');
    expect(readFileSync(s.stdout!, 'utf8')).toBe('to-stdout\n');
    expect(s.endedAt! - s.startedAt!).toBeGreaterThanOrEqual(1000);
    expect(s.unitSeconds).toBe(Math.round((2 * (s.endedAt! - s.startedAt!)) / 1000));
  });

  it('reports a non-zero exit as failed, with Slurm\'s state and the code', async () => {
    const ex = new SlurmExecutor(tempDir('suanli-slurm-'));
    await ex.submit(job('s2', { command: ['/bin/sh', '-c', 'exit 3'] }));
    expect(await until(ex, 's2', ['failed', 'succeeded'])).toMatchObject({ state: 'failed', exitCode: 3, message: 'Slurm FAILED, exit code 3' });
  });

  it('submits a tenant\'s job under its mapped account and user, with none of the agent\'s environment', async () => {
    // The tenant's user passes through the agent's directory to its own (mkdtemp makes it 0700).
    const root = tempDir('suanli-slurm-');
    chmodSync(root, 0o711);
    const ex = new SlurmExecutor(root, {}, { ...process.env, SUANLI_AGENT_CANARY: 'secret' }, { acme: { account: 'acme-compute', user: 'nobody' }, plain: { account: 'plain-acct' } });
    await ex.submit(job('t1', { tenant: 'acme', command: 'id -un; echo "account $SLURM_JOB_ACCOUNT"; env | grep -c SUANLI_AGENT_CANARY; true' }));
    const s = await until(ex, 't1', ['succeeded', 'failed']);
    expect(s.state).toBe('succeeded');
    expect(readFileSync(s.stdout!, 'utf8')).toBe('nobody\naccount acme-compute\n0\n');
    // Not root: a tenant mapped to a user is refused with the reason; one mapped to an account only runs.
    const notRoot = new SlurmExecutor(tempDir('suanli-slurm-'), {}, process.env, { acme: { user: 'nobody' }, plain: { account: 'plain-acct' } }, false);
    await expect(notRoot.submit(job('t2', { tenant: 'acme' }))).rejects.toThrow('tenant acme maps to the Slurm user nobody, but only an agent running as root may submit as another user');
    await notRoot.submit(job('t3', { tenant: 'plain', command: 'echo "account $SLURM_JOB_ACCOUNT"' }));
    const plain = await until(notRoot, 't3', ['succeeded', 'failed']);
    expect(readFileSync(plain.stdout!, 'utf8')).toBe('account plain-acct\n');
    const rootUser = new SlurmExecutor(tempDir('suanli-slurm-'), {}, process.env, { evil: { user: 'root' } });
    await expect(rootUser.submit(job('t4', { tenant: 'evil' }))).rejects.toThrow('tenant evil maps to root, which is root: jobs never run as root');
  });

  it('cancels a job with scancel', async () => {
    const ex = new SlurmExecutor(tempDir('suanli-slurm-'));
    await ex.submit(job('s3', { command: 'sleep 60' }));
    await until(ex, 's3', ['running']);
    await ex.cancel('s3', 'cancelled by the owner');
    expect(await until(ex, 's3', ['cancelled', 'failed'])).toMatchObject({ state: 'cancelled', message: 'cancelled by the owner' });
  });

  it('reports the capacity and the units in use of a partition', async () => {
    const ex = new SlurmExecutor(tempDir('suanli-slurm-'));
    expect(await ex.inventory(['cpu', 'missing'])).toEqual(new Map([['cpu', cpus().length]]));
    await ex.submit(job('s6', { command: 'sleep 5' }));
    await until(ex, 's6', ['running']);
    expect((await ex.unitsInUse(['cpu'])).get('cpu')).toBeGreaterThanOrEqual(1);
    await ex.cancel('s6', 'done');
    await until(ex, 's6', ['cancelled']);
  });

  it('turns a refused submission into an error carrying Slurm\'s message', async () => {
    const ex = new SlurmExecutor(tempDir('suanli-slurm-'), { gpu: { partition: 'no-such-partition', unit: 'cpus' } });
    await expect(ex.submit(job('s4', { pool: 'gpu' }))).rejects.toThrow(ExecutorError);
    await expect(ex.submit(job('s5', { pool: 'gpu' }))).rejects.toThrow(/Batch job submission failed: Invalid partition name specified/);
    expect(ex.knows('s4')).toBe(false);
  });
});
