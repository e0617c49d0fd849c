import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/formats/csv.js';
import { runCli, tempDir } from './helpers.js';
import { startPlatform, startSuanli as start, stopStarted, until } from './spawned.js';

afterAll(() => stopStarted());

/**
 * The planner's claim: it decides as the platform does. One short stream
 * goes through a real `suanli serve` with three real agents (local
 * executor), and through `suanli simulate` on the same scenario. Where each
 * job runs, and which wait, must agree.
 */
describe('the planner against a real platform', () => {
  it('places a short stream where the platform places it, and leaves waiting what the platform leaves waiting', async () => {
    const dir = tempDir('suanli-agreement-');
    chmodSync(dir, 0o711);
    const dc = (id: string, price: number, units: number, province = 'Gansu') => ({
      id, name: id, hub: 'west', province, lat: 35.7, lon: 107.6, pue: 1.2, electricityPrice: 0.3, greenShare: 0.6, gridFactor: 0.5,
      racks: { built: 100, inUse: 50 }, pools: [{ id: 'cpu', class: 'general', model: 'Xeon', units, unitTflops: 0.1, unitPowerKw: 0.01, price }],
    });
    const scenario = join(dir, 'three.json');
    writeFileSync(scenario, JSON.stringify({
      version: 1, name: 'three', hubs: [{ id: 'west', name: 'West', side: 'west' }],
      origins: [{ id: 'city', name: 'City', province: 'Gansu', lat: 36, lon: 104, weight: 1 }],
      dataCenters: [dc('dc-a', 0.1, 8), dc('dc-b', 0.2, 12), dc('dc-c', 0.3, 8, 'Ningxia')],
    }));
    // Sizes that fill the cheap pools in turn, a job too big for what is left, and one that must stay in Ningxia.
    const stream = [
      { units: 4 }, { units: 4 }, { units: 6 }, { units: 8 }, { units: 2 }, { units: 4, residency: ['Ningxia'] }, { units: 6 }, { units: 2 }, { units: 3, residency: ['Ningxia'] }, { units: 1 },
    ].map((j, i) => ({ id: `j${i}`, submitAt: i, origin: 'city', class: 'general', durationS: 3600, latency: 'batch', ...j }));
    const jobsFile = join(dir, 'jobs.jsonl');
    writeFileSync(jobsFile, stream.map((j) => JSON.stringify(j)).join('\n') + '\n');

    // The second run: dc-a goes dark at 600 s, with the timeouts the platform below runs with.
    const whatIf = join(dir, 'dc-a-dark.yaml');
    writeFileSync(whatIf, 'name: dc-a-dark\nchanges:\n  - change: outage\n    dataCenter: dc-a\n    from: 600\n    to: 100000\n  - change: settings\n    agentTimeoutS: 5\n    staleAfterS: 5\n');
    const sim = await runCli('simulate', '--scenario', scenario, '--jobs', jobsFile, '--what-if', whatIf, '--until', '900', '--out', join(dir, 'sim'));
    expect(sim.code, sim.stderr).toBe(0);
    const rows = parseCsv(readFileSync(join(dir, 'sim', 'jobs.csv'), 'utf8')).map((r) => r.fields);
    const col = (name: string) => rows[0]!.indexOf(name);
    const outcomes = (run: string): Record<string, string> => Object.fromEntries(rows.slice(1).filter((f) => f[col('run')] === run).map((f) => [f[col('job')], `${f[col('state')]} ${f[col('dataCenter')]}`]));
    const simulated = outcomes('base');
    const afterOutage = outcomes('dc-a-dark');

    const platform = await startPlatform(['--data-dir', join(dir, 'platform'), '--scenario', scenario], { SUANLI_PLACEMENT_INTERVAL_MS: '100', SUANLI_AGENT_TIMEOUT_S: '5', SUANLI_STALE_AFTER_S: '5' });
    const { url, admin, api } = platform;
    await api(admin, 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' });
    const member = (await api(admin, 'POST', '/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).secret as string;
    let range = 250_000;
    const agents: Record<string, ReturnType<typeof start>> = {};
    for (const id of ['dc-a', 'dc-b', 'dc-c']) {
      const token = (await api(admin, 'POST', '/v1/users', { name: `agent ${id}`, role: 'dc-agent', dataCenters: [id] })).secret as string;
      range += 100;
      writeFileSync(join(dir, `${id}.yaml`), `platform: ${url}\ntoken: ${token}\ndataDir: ${join(dir, `agent-${id}`)}\npollWaitS: 1\nstatusIntervalS: 0.2\ntelemetryIntervalS: 1\n`
        + `isolation:\n  uids: { from: ${range}, to: ${range + 99} }\n`, { mode: 0o600 });
      const a = start(['agent', '--config', join(dir, `${id}.yaml`), '--log-level', 'warn']);
      await until(`agent ${id}`, () => (a.output().includes('agent running') ? true : undefined));
      agents[id] = a;
    }
    // Placement waits for every data center to report (a platform with agents places nowhere unheard).
    await until('every data center to report', async () => {
      const s = await api(admin, 'GET', '/v1/monitoring/summary');
      return s.dataCenters?.reporting === 3 ? true : undefined;
    });
    const ids: Record<string, string> = {};
    for (const j of stream) {
      const body = { origin: j.origin, class: j.class, units: j.units, durationS: j.durationS, latency: j.latency, name: j.id, command: 'sleep 90', ...(j.residency && { residency: j.residency }) };
      const made = await api(member, 'POST', '/v1/jobs', body);
      expect(made.id, JSON.stringify(made)).toBeDefined();
      ids[j.id] = made.id;
      // One at a time, as the stream's times order them: each is placed (or left waiting) before the next comes.
      await until(`${j.id} to be decided`, async () => {
        const v = await api(member, 'GET', `/v1/jobs/${made.id}`);
        return v.state !== 'pending' || (v.reason ?? '').startsWith('waiting') ? true : undefined;
      });
    }
    const views = () => Promise.all(stream.map((j) => api(member, 'GET', `/v1/jobs/${ids[j.id]}`)));
    const says = (v: Awaited<ReturnType<typeof views>>) => Object.fromEntries(stream.map((j, i) => [j.id, `${v[i]!.state} ${v[i]!.placement?.dataCenter ?? ''}`]));
    const live = await until('placed jobs to run', async () => {
      const v = await views();
      return v.every((x) => x.state === 'running' || x.state === 'pending') ? v : undefined;
    });
    expect(says(live)).toEqual(simulated);

    // dc-a's agent dies: the platform loses its jobs after the timeout and places them again, as the planner did.
    agents['dc-a']!.proc.kill('SIGKILL');
    const onA = Object.entries(simulated).filter(([, s]) => s === 'running dc-a').map(([id]) => id);
    const moved = await until('the jobs of dc-a to be placed again', async () => {
      const v = await views();
      const settled = v.every((x) => x.state === 'running' || (x.state === 'pending' && (x.reason ?? '').startsWith('waiting')));
      return settled && onA.every((id) => v[stream.findIndex((j) => j.id === id)]!.placement?.dataCenter !== 'dc-a') ? v : undefined;
    }, 40_000);
    expect(says(moved)).toEqual(afterOutage);
    expect(onA.length).toBeGreaterThan(0);
    expect(afterOutage).not.toEqual(simulated);
    for (const id of onA) expect(afterOutage[id]).not.toBe('running dc-a');
    // Both left some work waiting and ran some in each data center: the stream tested what it meant to.
    expect(Object.values(simulated).some((s) => s.startsWith('pending'))).toBe(true);
    for (const d of ['dc-a', 'dc-b', 'dc-c']) expect(Object.values(simulated)).toContain(`running ${d}`);
    for (const id of Object.values(ids)) await api(member, 'POST', `/v1/jobs/${id}/cancel`);
    await until('the agents to stop the jobs', async () => {
      const views = await Promise.all(Object.values(ids).map((id) => api(member, 'GET', `/v1/jobs/${id}`)));
      return views.every((v) => v.state === 'cancelled') ? true : undefined;
    });
    await new Promise((r) => setTimeout(r, 2500));
  }, 120_000);
});
