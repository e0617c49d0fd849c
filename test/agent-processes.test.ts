import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { startPlatform, startSuanli as start, stopStarted, until } from './spawned.js';

afterAll(() => stopStarted());

describe('platform and agents as real processes', () => {
  it('fails a job over from an agent killed with SIGKILL, the restarted agent does not run it again, and a Slurm agent runs its job', async () => {
    const dir = tempDir('suanli-agent-procs-');
    // Jobs run as uids of their own: they pass through the test's directory to theirs, and write what they report in a shared one.
    chmodSync(dir, 0o711);
    const shared = join(dir, 'shared');
    mkdirSync(shared, { mode: 0o1777 });
    chmodSync(shared, 0o1777);
    let range = 240_000;
    const dc = (id: string, price: number) => ({
      id, name: id, hub: 'west', province: 'Gansu', lat: 35.7, lon: 107.6, pue: 1.2, electricityPrice: 0.3, greenShare: 0.6, gridFactor: 0.5,
      racks: { built: 100, inUse: 50 }, pools: [{ id: 'cpu', class: 'general', model: 'Xeon', units: 64, unitTflops: 0.1, unitPowerKw: 0.01, price }],
    });
    // dc-c, in another province, is run by Slurm; jobs that must stay in Ningxia go there.
    writeFileSync(join(dir, 'two.json'), JSON.stringify({
      version: 1, name: 'three', hubs: [{ id: 'west', name: 'West', side: 'west' }],
      origins: [{ id: 'city', name: 'City', province: 'Gansu', lat: 36, lon: 104, weight: 1 }],
      dataCenters: [dc('dc-a', 0.1), dc('dc-b', 0.2), { ...dc('dc-c', 0.3), province: 'Ningxia' }],
    }));
    const platform = await startPlatform(['--data-dir', join(dir, 'platform'), '--scenario', join(dir, 'two.json')], { SUANLI_AGENT_TIMEOUT_S: '5', SUANLI_STALE_AFTER_S: '5', SUANLI_PLACEMENT_INTERVAL_MS: '100' });
    const { url, admin, api } = platform;
    await api(admin, 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' });
    const member = (await api(admin, 'POST', '/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).secret as string;
    const agent = async (id: string, extra = '') => {
      const token = (await api(admin, 'POST', '/v1/users', { name: `agent ${id}`, role: 'dc-agent', dataCenters: [id] })).secret as string;
      range += 100;
      writeFileSync(join(dir, `${id}.yaml`), `platform: ${url}\ntoken: ${token}\ndataDir: ${join(dir, `agent-${id}`)}\npollWaitS: 1\nstatusIntervalS: 0.2\ntelemetryIntervalS: 1\n`
        + `isolation:\n  uids: { from: ${range}, to: ${range + 99} }\n${extra}`, { mode: 0o600 });
      return () => start(['agent', '--config', join(dir, `${id}.yaml`), '--log-level', 'warn']);
    };
    const startA = await agent('dc-a');
    const startB = await agent('dc-b');
    const a = startA();
    await until('agent dc-a', () => (a.output().includes('agent running') ? true : undefined));
    const b = startB();
    await until('agent dc-b', () => (b.output().includes('agent running') ? true : undefined));
        const job = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', command: 'echo "$SUANLI_DATA_CENTER $SUANLI_JOB_EPOCH"; sleep 2' });
    // What the job printed on each data center (its standard output, kept in the agent's record of the job).
    const runs = () => ['dc-a', 'dc-b'].map((d) => join(dir, `agent-${d}`, 'local', 'jobs', job.id, 'stdout')).filter((f) => existsSync(f)).map((f) => readFileSync(f, 'utf8')).join('');
    await until('the job to run at dc-a', async () => ((await api(member, 'GET', `/v1/jobs/${job.id}`)).state === 'running' ? true : undefined));
    a.proc.kill('SIGKILL');
    const done = await until('the job to succeed elsewhere', async () => {
      const j = await api(member, 'GET', `/v1/jobs/${job.id}`);
      return j.state === 'succeeded' ? j : undefined;
    }, 40_000);
    expect(done.placement).toMatchObject({ dataCenter: 'dc-b', epoch: 2 });
    expect(done.events.map((e: { state: string }) => e.state)).toEqual(['pending', 'placed', 'running', 'lost', 'pending', 'placed', 'running', 'succeeded']);
    expect(runs()).toBe('dc-a 1\ndc-b 2\n');
    const again = startA();
    await until('agent dc-a again', () => (again.output().includes('agent running') ? true : undefined));
    await new Promise((r) => setTimeout(r, 1500));
    expect(runs()).toBe('dc-a 1\ndc-b 2\n');
    expect(await api(member, 'GET', `/v1/jobs/${job.id}`)).toMatchObject({ state: 'succeeded', placement: { dataCenter: 'dc-b', epoch: 2 } });
    expect(JSON.parse(readFileSync(join(dir, 'agent-dc-a', 'agent-state.json'), 'utf8'))).toEqual({});
    if (process.env.SLURM_CONF) {
      // The same platform, a third agent with the Slurm executor: a command runs in Slurm and writes its file.
      const c = (await agent('dc-c', 'executor: slurm\nslurm:\n  partitions:\n    cpu: { partition: cpu, unit: cpus }\n'))();
      await until('agent dc-c', () => (c.output().includes('agent running') ? true : undefined));
      const out = join(shared, 'slurm-out.txt');
      const sj = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', residency: ['Ningxia'], command: `echo "$SLURM_JOB_ID $SUANLI_DATA_CENTER" > ${out}` });
      const sdone = await until('the Slurm job to succeed', async () => {
        const j = await api(member, 'GET', `/v1/jobs/${sj.id}`);
        return j.state === 'succeeded' || j.state === 'failed' ? j : undefined;
      }, 40_000);
      expect(sdone).toMatchObject({ state: 'succeeded', placement: { dataCenter: 'dc-c' } });
      expect(readFileSync(out, 'utf8')).toBe(`${sdone.placement.externalId} dc-c\n`);
      expect(sdone.usage.unitSeconds).toBeGreaterThanOrEqual(0);
      c.proc.kill('SIGTERM');
    }
    for (const p of [again, b, platform]) p.proc.kill('SIGTERM');
  });
});
