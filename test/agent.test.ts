import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from '../src/agent/agent.js';
import { parseAgentConfig } from '../src/agent/config.js';
import { LocalExecutor } from '../src/agent/executors/local.js';
import { SlurmExecutor } from '../src/agent/executors/slurm.js';
import { platformClient } from '../src/agent/platform-client.js';
import { ValidationError } from '../src/core/errors.js';
import { loadConfig } from '../src/server/config.js';
import { startServer } from '../src/server/serve.js';
import type { RunningServer } from '../src/server/serve.js';
import { runCli, tempDir } from './helpers.js';

/** Two data centers in one western hub; dc-a is cheaper, so jobs go there while it lives. */
function twoDataCenters(): Record<string, unknown> {
  const dc = (id: string, price: number) => ({
    id, name: id, hub: 'west', province: 'Gansu', lat: 35.7, lon: 107.6, pue: 1.2, electricityPrice: 0.3, greenShare: 0.6, gridFactor: 0.5,
    racks: { built: 100, inUse: 50 }, pools: [{ id: 'cpu', class: 'general', model: 'Xeon', units: 64, unitTflops: 0.1, unitPowerKw: 0.01, price }],
  });
  return {
    version: 1, name: 'two data centers',
    hubs: [{ id: 'west', name: 'West', side: 'west' }],
    origins: [{ id: 'city', name: 'City', province: 'Gansu', lat: 36, lon: 104, weight: 1 }],
    dataCenters: [dc('dc-a', 0.1), dc('dc-b', 0.2)],
  };
}

describe('agents running real jobs with the local executor', () => {
  let server: RunningServer;
  let dir: string;
  let member: string;
  const agentTokens: Record<string, string> = {};
  const agents: Agent[] = [];
  const log = pino({ level: 'silent' });

  const api = async (token: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) });
    return (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const startAgent = async (dc: string, executor: 'local' | 'slurm' = 'local', partitions: Record<string, unknown> = {}): Promise<Agent> => {
    const cfg = parseAgentConfig({ dataDir: join(dir, `agent-${dc}`), executor, slurm: { partitions }, pollWaitS: 1, statusIntervalS: 0.2, telemetryIntervalS: 1, pools: [{ id: 'cpu' }] }, 'test');
    const ex = executor === 'slurm' ? new SlurmExecutor(join(cfg.dataDir, 'slurm'), cfg.slurm.partitions) : new LocalExecutor(join(cfg.dataDir, 'local'));
    const agent = new Agent(cfg, ex, platformClient(server.url, agentTokens[dc]!), log);
    await agent.start();
    agents.push(agent);
    return agent;
  };
  const waitFor = async (id: string, state: string, ms = 20_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const j = await api(member, 'GET', `/v1/jobs/${id}`);
      if (j.state === state) return j;
      if (Date.now() > deadline) throw new Error(`job ${id} is ${j.state} (${j.reason}), not ${state}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    dir = tempDir('suanli-agents-');
    const scenario = join(dir, 'two.json');
    (await import('node:fs')).writeFileSync(scenario, JSON.stringify(twoDataCenters()));
    server = await startServer(loadConfig({ flags: { port: 0, dataDir: join(dir, 'platform'), scenario, loopsInWorker: false, placementIntervalMs: 50, agentTimeoutS: 5, staleAfterS: 5, logLevel: 'silent' } }));
    const admin = server.issued[0]!.secret;
    await api(admin, 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' });
    member = (await api(admin, 'POST', '/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).secret;
    for (const dc of ['dc-a', 'dc-b']) agentTokens[dc] = (await api(admin, 'POST', '/v1/users', { name: `agent ${dc}`, role: 'dc-agent', dataCenters: [dc] })).secret;
  });
  afterAll(async () => {
    for (const a of agents) await a.stop();
    await server?.stop();
  });

  it('runs a submitted command, which writes its file, and reports success with metered usage', async () => {
    await startAgent('dc-a');
    const out = join(dir, 'out.txt');
    const job = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 2, durationS: 60, latency: 'batch', command: `echo "ran at $SUANLI_DATA_CENTER" > ${out}; sleep 0.5` });
    const done = await waitFor(job.id, 'succeeded');
    expect(readFileSync(out, 'utf8')).toBe('ran at dc-a\n');
    expect(done.placement.dataCenter).toBe('dc-a');
    expect(done.events.map((e: { state: string }) => e.state)).toEqual(['pending', 'placed', 'running', 'succeeded']);
    expect(done.reason).toBe('exit code 0');
    expect(done.usage.unitSeconds).toBeGreaterThanOrEqual(1);
    expect(done.placement.externalId).toMatch(/^\d+$/); // the process id
    // Start and end as the executor saw them: the command slept half a second.
    expect(Date.parse(done.endedAt) - Date.parse(done.startedAt)).toBeGreaterThanOrEqual(400);
    const failed = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', command: ['/bin/sh', '-c', 'exit 7'] });
    expect((await waitFor(failed.id, 'failed')).reason).toBe('exit code 7');
    const noCommand = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', workdir: '/no/such/dir', command: 'true' });
    expect((await waitFor(noCommand.id, 'failed')).reason).toBe('local executor: working directory /no/such/dir does not exist');
  });

  it('moves a running job off a data center whose agent dies, and the returning agent neither reruns it nor reports it', async () => {
    const runs = join(dir, 'runs.txt');
    const a = agents[0]!;
    await startAgent('dc-b');
    const job = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', command: `echo "$SUANLI_DATA_CENTER $SUANLI_JOB_EPOCH" >> ${runs}; sleep 2` });
    await waitFor(job.id, 'running');
    await a.stop(); // dc-a goes dark: no more heartbeats or telemetry
    const moved = await waitFor(job.id, 'succeeded', 30_000);
    expect(moved.placement).toMatchObject({ dataCenter: 'dc-b', epoch: 2 });
    expect(moved.events.map((e: { state: string }) => e.state)).toEqual(['pending', 'placed', 'running', 'lost', 'pending', 'placed', 'running', 'succeeded']);
    expect(readFileSync(runs, 'utf8')).toBe('dc-a 1\ndc-b 2\n');
    // dc-a's agent comes back on the same state directory.
    const back = await startAgent('dc-a');
    await back.checkStatuses();
    await new Promise((r) => setTimeout(r, 1000));
    expect(readFileSync(runs, 'utf8')).toBe('dc-a 1\ndc-b 2\n');
    const after = await api(member, 'GET', `/v1/jobs/${job.id}`);
    expect(after).toMatchObject({ state: 'succeeded', placement: { dataCenter: 'dc-b', epoch: 2 } });
    expect(existsSync(join(dir, 'agent-dc-a', 'agent-state.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'agent-dc-a', 'agent-state.json'), 'utf8'))).toEqual({});
  });
});

describe.runIf(process.env.SLURM_CONF)('an agent with the Slurm executor', () => {
  let server: RunningServer;
  let agent: Agent | undefined;
  let dir: string;
  afterAll(async () => {
    await agent?.stop();
    await server?.stop();
  });

  it('runs a submitted command in Slurm, and turns a refused submission into a failed job with Slurm\'s message', async () => {
    dir = tempDir('suanli-slurm-agent-');
    const scenario = join(dir, 'two.json');
    (await import('node:fs')).writeFileSync(scenario, JSON.stringify(twoDataCenters()));
    server = await startServer(loadConfig({ flags: { port: 0, dataDir: join(dir, 'platform'), scenario, loopsInWorker: false, placementIntervalMs: 50, logLevel: 'silent' } }));
    const admin = server.issued[0]!.secret;
    const api = async (token: string, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) });
      return (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    await api(admin, 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' });
    const member = (await api(admin, 'POST', '/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).secret;
    const token = (await api(admin, 'POST', '/v1/users', { name: 'agent', role: 'dc-agent', dataCenters: ['dc-a'] })).secret;
    // dc-b has no agent and is made unattractive: its capacity goes to zero.
    await api(admin, 'PATCH', '/v1/datacenters/dc-b', { pools: [{ id: 'cpu', units: 0 }] });
    const waitFor = async (id: string, state: string) => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const j = await api(member, 'GET', `/v1/jobs/${id}`);
        if (j.state === state) return j;
        if (Date.now() > deadline) throw new Error(`job ${id} is ${j.state} (${j.reason}), not ${state}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const cfg = parseAgentConfig({ dataDir: join(dir, 'agent'), executor: 'slurm', slurm: { partitions: { cpu: { partition: 'cpu' } } }, pollWaitS: 1, statusIntervalS: 0.3 }, 'test');
    agent = new Agent(cfg, new SlurmExecutor(join(cfg.dataDir, 'slurm'), cfg.slurm.partitions), platformClient(server.url, token), pino({ level: 'silent' }));
    await agent.start();
    // The agent registered the partition's CPUs from sinfo as the pool's capacity.
    expect((await api(admin, 'GET', '/v1/datacenters/dc-a')).pools[0].units).toBe((await import('node:os')).cpus().length);
    const out = join(dir, 'from-slurm.txt');
    const job = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', command: `echo "$SLURM_JOB_ID at $SUANLI_DATA_CENTER" > ${out}; sleep 1` });
    const done = await waitFor(job.id, 'succeeded');
    expect(readFileSync(out, 'utf8')).toBe(`${done.placement.externalId} at dc-a\n`); // Slurm's job id, kept beside ours
    expect(done.usage.unitSeconds).toBeGreaterThanOrEqual(1);
    await agent.stop();
    // The same data center with a pool mapped to a partition Slurm does not have.
    const bad = parseAgentConfig({ ...cfg, slurm: { partitions: { cpu: { partition: 'no-such-partition' } } } }, 'test');
    agent = new Agent(bad, new SlurmExecutor(join(cfg.dataDir, 'slurm'), bad.slurm.partitions), platformClient(server.url, token), pino({ level: 'silent' }));
    await agent.start();
    const refused = await api(member, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', command: 'true' });
    const failed = await waitFor(refused.id, 'failed');
    expect(failed.reason).toMatch(/^slurm executor: .*Invalid partition name specified/);
  });
});

describe('agent configuration', () => {
  it('names every bad field', () => {
    expect(() => parseAgentConfig({ executor: 'kubernetes', pollWaitS: 0, pools: [{ id: 'cpu', units: -1 }], colour: 1 }, 'agent.yaml')).toThrow(ValidationError);
    try {
      parseAgentConfig({ executor: 'kubernetes', pollWaitS: 0, pools: [{ id: 'cpu', units: -1 }], colour: 1 }, 'agent.yaml');
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.path).sort()).toEqual(['', 'executor', 'pollWaitS', 'pools[0].units']);
      expect((e as ValidationError).issues.find((i) => i.path === 'executor')!.message).toContain('must be one of local, slurm');
    }
  });

  it('names every bad isolation setting', () => {
    const bad = { isolation: { uids: { from: 5, to: 200_000 }, sandbox: 'docker', limits: { processes: 0, memoryMiB: 1 } }, allowUnisolatedCommands: 'yes' };
    let issues: { path: string; message: string }[] = [];
    try {
      parseAgentConfig(bad, 'agent.yaml');
    } catch (e) {
      issues = (e as ValidationError).issues;
    }
    expect(issues.map((i) => i.path).sort()).toEqual(['allowUnisolatedCommands', 'isolation.limits.memoryMiB', 'isolation.limits.processes', 'isolation.sandbox', 'isolation.uids.from']);
    expect(issues.find((i) => i.path === 'isolation.uids.from')!.message).toContain('must be 1000 or more');
    expect(issues.find((i) => i.path === 'isolation.sandbox')!.message).toContain('must be auto, bwrap or none');
    let reversed: { path: string; message: string }[] = [];
    try {
      parseAgentConfig({ isolation: { uids: { from: 300_000, to: 200_000 } } }, 'agent.yaml');
    } catch (e) {
      reversed = (e as ValidationError).issues;
    }
    expect(reversed).toEqual([expect.objectContaining({ path: 'isolation.uids', message: expect.stringContaining('to must not be below from') })]);
  });

  it('refuses to start without a platform or a token', async () => {
    const env = { ...process.env };
    delete process.env.SUANLI_URL;
    delete process.env.SUANLI_TOKEN;
    try {
      const r = await runCli('agent', '--data-dir', tempDir());
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('error: no platform URL: pass --platform, set platform in the config, or SUANLI_URL\n');
    } finally {
      process.env = env;
    }
  });
});
