import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { startPlatform, startSuanli as start, stopStarted, until } from './spawned.js';

afterAll(() => stopStarted());

describe('failover with the default settings', () => {
  it('never gives a job to a data center without an agent, and moves a job off a killed agent\'s data center for good', async () => {
    const dir = tempDir('suanli-failover-');
    chmodSync(dir, 0o711);
    // dc-none is the cheapest and has no agent; dc-a is cheaper than dc-b.
    const dc = (id: string, price: number) => ({
      id, name: id, hub: 'west', province: 'Gansu', lat: 35.7, lon: 107.6, pue: 1.2, electricityPrice: 0.3, greenShare: 0.6, gridFactor: 0.5,
      racks: { built: 100, inUse: 50 }, pools: [{ id: 'cpu', class: 'general', model: 'Xeon', units: 64, unitTflops: 0.1, unitPowerKw: 0.01, price }],
    });
    writeFileSync(join(dir, 'net.json'), JSON.stringify({
      version: 1, name: 'three', hubs: [{ id: 'west', name: 'West', side: 'west' }],
      origins: [{ id: 'city', name: 'City', province: 'Gansu', lat: 36, lon: 104, weight: 1 }],
      dataCenters: [dc('dc-none', 0.05), dc('dc-a', 0.1), dc('dc-b', 0.2)],
    }));
    const platform = await startPlatform(['--data-dir', join(dir, 'platform'), '--scenario', join(dir, 'net.json')]);
    const { url, admin, api } = platform;
    await api(admin, 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' });
    const member = (await api(admin, 'POST', '/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).secret as string;
    const agents: Record<string, ReturnType<typeof start>> = {};
    let range = 270_000;
    for (const id of ['dc-a', 'dc-b']) {
      const token = (await api(admin, 'POST', '/v1/users', { name: `agent ${id}`, role: 'dc-agent', dataCenters: [id] })).secret as string;
      writeFileSync(join(dir, `${id}.token`), token, { mode: 0o600 });
      writeFileSync(join(dir, `${id}.yaml`), `dataDir: ${join(dir, `agent-${id}`)}\nisolation:\n  uids: { from: ${range}, to: ${range + 99} }\n`);
      range += 100;
      agents[id] = start(['agent', '--platform', url, '--token-file', join(dir, `${id}.token`), '--config', join(dir, `${id}.yaml`), '--log-level', 'warn']);
      await until(`agent ${id}`, () => (agents[id]!.output().includes('agent running') ? true : undefined));
    }
    const job = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', command: 'sleep 3' });
    const running = await until('the job to run', async () => {
      const j = await api(member, 'GET', `/v1/jobs/${job.id}`);
      return j.state === 'running' ? j : undefined;
    });
    // The cheapest data center has no agent: the job went to the cheapest one that has.
    expect(running.placement.dataCenter).toBe('dc-a');
    agents['dc-a']!.proc.kill('SIGKILL');
    const killedAt = Date.now();
    // Defaults: staleAfterS 60, agentTimeoutS 30.
    const done = await until('the job to succeed elsewhere', async () => {
      const j = await api(member, 'GET', `/v1/jobs/${job.id}`);
      return j.state === 'succeeded' || j.state === 'failed' ? j : undefined;
    }, (60 + 30 + 10) * 1000);
    expect(Date.now() - killedAt).toBeLessThan(100_000);
    expect(done).toMatchObject({ state: 'succeeded', placement: { dataCenter: 'dc-b', epoch: 2 } });
    expect(done.events.map((e: { state: string }) => e.state)).toEqual(['pending', 'placed', 'running', 'lost', 'pending', 'placed', 'running', 'succeeded']);
    stopStarted('SIGTERM');
  }, 150_000);
});
