import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { tempDir } from './helpers.js';
import { startPlatform, startSuanli, stopStarted, until } from './spawned.js';

afterAll(() => stopStarted());

describe("a job's output, from a real agent to suanli jobs logs", () => {
  it('follows what a running job writes until it ends, then stops', async () => {
    const dir = tempDir('suanli-output-');
    // Job users pass through it to their own directories.
    chmodSync(dir, 0o711);
    const platform = await startPlatform(['--data-dir', join(dir, 'platform'), '--scenario', join(import.meta.dirname, '..', 'data', 'scenarios', 'chongqing-west.yaml')], { SUANLI_PLACEMENT_INTERVAL_MS: '100' });
    const { url, admin, api } = platform;
    await api(admin, 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' });
    const member = (await api(admin, 'POST', '/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).secret as string;
    const token = (await api(admin, 'POST', '/v1/users', { name: 'agent', role: 'dc-agent', dataCenters: ['cq-liangjiang'] })).secret as string;
    writeFileSync(join(dir, 'agent.token'), `${token}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'agent.yaml'), `dataDir: ${join(dir, 'agent')}\npollWaitS: 1\nstatusIntervalS: 0.2\ntelemetryIntervalS: 1\nisolation:\n  uids: { from: 262000, to: 262099 }\n  sandbox: none\n`);
    const agent = startSuanli(['agent', '--platform', url, '--token-file', join(dir, 'agent.token'), '--config', join(dir, 'agent.yaml'), '--log-level', 'warn']);
    await until('the agent', () => (agent.output().includes('agent running') ? true : undefined), 10_000).catch((e: Error) => {
      throw new Error(`${e.message}: ${agent.output()}`);
    });
    const job = await api(member, 'POST', '/v1/jobs', {
      origin: 'chongqing', class: 'general', units: 1, durationS: 60, latency: 'batch', residency: ['Chongqing'],
      command: 'for i in 1 2 3 4; do echo "line $i"; echo "warn $i" >&2; sleep 1; done',
    });
    await until('the job to run', async () => ((await api(member, 'GET', `/v1/jobs/${job.id}`)).state === 'running' ? true : undefined));
    let out = '';
    const code = await main(['jobs', 'logs', job.id, '--follow', '--url', url, '--token', member], { stdout: (t) => (out += t), stderr: () => undefined });
    expect(code).toBe(0);
    // Every line, once each, in order, though it was read while the job wrote it; and the command ended with the job.
    expect(out).toBe('line 1\nline 2\nline 3\nline 4\n');
    expect((await api(member, 'GET', `/v1/jobs/${job.id}`)).state).toBe('succeeded');
    let err = '';
    await main(['jobs', 'logs', job.id, '--stderr', '--url', url, '--token', member], { stdout: (t) => (err += t), stderr: () => undefined });
    expect(err).toBe('warn 1\nwarn 2\nwarn 3\nwarn 4\n');
    let json = '';
    await main(['jobs', 'logs', job.id, '--json', '--url', url, '--token', member], { stdout: (t) => (json += t), stderr: () => undefined });
    expect(JSON.parse(json)).toMatchObject({ job: job.id, state: 'succeeded', stdout: { text: 'line 1\nline 2\nline 3\nline 4\n', bytes: 28, truncated: false } });
    // Another tenant's user does not learn that the job exists.
    await api(admin, 'POST', '/v1/tenants', { id: 'evil', name: 'Evil' });
    const other = (await api(admin, 'POST', '/v1/users', { name: 'm', role: 'tenant-member', tenant: 'evil' })).secret as string;
    let refused = '';
    expect(await main(['jobs', 'logs', job.id, '--url', url, '--token', other], { stdout: () => undefined, stderr: (t) => (refused += t) })).toBe(2);
    expect(refused).toMatch(/not found/);
  }, 90_000);
});
