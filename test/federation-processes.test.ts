import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHONGQING, NATIONAL, runCli, tempDir } from './helpers.js';
import { exited, killStarted, serveProcess } from './servers.js';
import type { ServerProcess } from './servers.js';

afterEach(killStarted);

const BIN = join(import.meta.dirname, '..', 'bin', 'suanli.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `suanli serve` as its own process, with its own SQLite file and the loops in-process. */
const serve = (args: string[], env: Record<string, string>): Promise<ServerProcess> => serveProcess(args, { SUANLI_LOOPS_IN_WORKER: 'false', ...env });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
async function get(url: string, token: string, path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}


describe('federated platforms as real processes', () => {
  it('uploads the child\'s figures so that the national summary equals the child\'s, sends the national policy down, and loses or doubles nothing across a cut link', async () => {
    const port = await freePort();
    const pdir = tempDir('suanli-fed-parent-');
    const parentEnv = { SUANLI_PLATFORM_ID: 'national' };
    let parent = await serve(['--port', String(port), '--data-dir', pdir], parentEnv);
    const parentAdmin = parent.tokens[0]!;
    const child = await serve(['--port', '0', '--data-dir', tempDir('suanli-fed-child-'), '--scenario', CHONGQING], { SUANLI_PLATFORM_ID: 'chongqing', SUANLI_ROLE: 'hub', SUANLI_FEDERATION_INTERVAL_MS: '300', SUANLI_ROLLUP_INTERVAL_MS: '300', SUANLI_REQUIRE_REPORT: 'false', SUANLI_AUDIT_CHECKPOINT_INTERVAL_MS: '1000' });
    const childAdmin = child.tokens[0]!;

    const joined = await runCli('federation', 'join', '--parent', parent.url, '--token', parentAdmin, '--url', child.url, '--admin-token', childAdmin);
    expect(joined.stderr).toBe('');
    expect(joined.stdout).toBe(`joined national at ${parent.url}: uploads start at the next round\n`);
    // A wrong token is refused by the parent, and the child says so.
    const refused = await runCli('federation', 'join', '--parent', parent.url, '--token', 'sl_wrong', '--url', child.url, '--admin-token', childAdmin);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/the parent refused the join \(401\)/);

    const national = await until('the first upload', async () => {
      const r = await get(parent.url, parentAdmin, '/v1/monitoring/summary');
      return r.status === 200 ? r.body : undefined;
    });
    const own = (await get(child.url, childAdmin, '/v1/monitoring/summary')).body;
    // The hub's whole figure is its own, not the nation's, and says so; the national platform's is the nation's.
    expect(own.platform).toEqual({ id: 'chongqing', role: 'hub' });
    expect((await runCli('monitor', '--url', child.url, '--token', childAdmin)).stdout).toMatch(/^chongqing \(hub platform, with all below it\) at \S+: 15 data centers/);
    expect((await runCli('monitor', '--url', parent.url, '--token', parentAdmin)).stdout).toMatch(/^national at \S+: 15 data centers/);
    for (const k of ['dataCenters', 'capacityP', 'capacityUnits'] as const) expect(national[k]).toEqual(own[k]);
    expect(national.racks.built).toBe(own.racks.built);
    expect(national.federation.children).toEqual([expect.objectContaining({ id: 'chongqing', dataCenters: 15 })]);
    expect(national.federation.children[0].lagS).toBeLessThan(10);

    // The child's signed audit checkpoints go up with its uploads, and the parent keeps them.
    const kept = await until('the child\'s audit checkpoints at the parent', async () => {
      const r = (await get(parent.url, parentAdmin, '/v1/federation/children/chongqing/audit-checkpoints')).body;
      return r.checkpoints?.length > 0 ? r.checkpoints : undefined;
    });
    expect(kept[0]).toMatchObject({ platformId: 'chongqing', seq: expect.any(Number), headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // The child's data centers have global identifiers that the parent resolves.
    const dc = (await get(child.url, childAdmin, '/v1/datacenters?limit=1')).body.dataCenters[0];
    const resolved = await until('the inventory upload', async () => {
      const r = await get(parent.url, parentAdmin, `/v1/resolve/${encodeURIComponent(`suanli://chongqing/${dc.id}/${dc.pools[0].id}`)}`);
      return r.status === 200 ? r.body : undefined;
    });
    expect(resolved).toMatchObject({ kind: 'pool', owner: { platform: 'chongqing', role: 'hub', reachedThrough: 'chongqing' }, resource: { id: dc.pools[0].id, units: dc.pools[0].units } });

    // The series go up too: the parent's trend for the child, and for everything below it, is the child's own.
    const at = Date.now();
    const samples = [dc.id, (await get(child.url, childAdmin, '/v1/datacenters?limit=2')).body.dataCenters[1].id].map((id, i) => ({ dataCenter: id, at, powerKw: 1000 * (i + 1), pue: 1.2 + i / 10, greenShare: 0.5 + i / 10 }));
    expect((await fetch(`${child.url}/v1/telemetry`, { method: 'POST', headers: { authorization: `Bearer ${childAdmin}`, 'content-type': 'application/json' }, body: JSON.stringify({ samples }) })).status).toBe(202);
    const minute = Math.floor(at / 60_000) * 60_000;
    const q = (scope: string, metric: string) => `/v1/monitoring/series?scope=${scope}&metric=${metric}&from=${minute}&to=${minute + 60_000}`;
    for (const metric of ['power_kw', 'pue', 'green_share']) {
      const mine = await until(`the child's ${metric} rollup`, async () => {
        const r = (await get(child.url, childAdmin, q('national', metric))).body;
        return r.points?.length === 1 ? r.points : undefined;
      });
      for (const scope of ['platform:chongqing', 'federation']) {
        const theirs = await until(`the ${metric} series at the parent (${scope})`, async () => {
          const r = (await get(parent.url, parentAdmin, q(scope, metric))).body;
          return r.points?.length === 1 ? r.points : undefined;
        });
        expect(theirs[0].value).toBeCloseTo(mine[0].value, 9);
      }
    }

    // Down: the national policy (batch work on at least 80% green power) reaches the hub and binds its placements.
    const post = async (url: string, token: string, path: string, body: unknown) => (await fetch(`${url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
    await post(parent.url, parentAdmin, '/v1/federation/policies', { batchMinGreenShare: 0.8 });
    await until('the policy to reach the hub', async () => {
      const r = await get(child.url, childAdmin, '/v1/federation/policies');
      return r.body.effective.batchMinGreenShare === 0.8 ? r.body : undefined;
    });
    await post(child.url, childAdmin, '/v1/tenants', { id: 'acme', name: 'Acme' });
    const job = await post(child.url, childAdmin, '/v1/jobs', { tenant: 'acme', origin: 'chongqing', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' }) as { id: string };
    const placed = await until('the batch job to be placed', async () => {
      const r = await get(child.url, childAdmin, `/v1/jobs/${job.id}`);
      return r.body.state === 'placed' ? r.body : undefined;
    });
    expect((await get(child.url, childAdmin, `/v1/datacenters/${placed.placement.dataCenter}`)).body.greenShare).toBeGreaterThanOrEqual(0.8);

    // Cut the link: the parent stops; the child keeps its uploads in its outbox.
    parent.proc.kill('SIGTERM');
    await exited(parent.proc);
    const down = await until('the child to notice', async () => {
      const s = (await get(child.url, childAdmin, '/v1/federation/status')).body;
      return s.parent.healthy === false && s.parent.outbox.messages >= 3 ? s : undefined;
    });
    expect(down.parent.lastError).toMatch(/cannot deliver/);
    const cli = await runCli('federation', 'status', '--url', child.url, '--token', childAdmin);
    expect(cli.stdout).toMatch(/^chongqing \(hub\), key SHA256:\S+\nparent national at \S+: DOWN \(cannot deliver/);

    // Restore it: the outbox drains, and every sequence number is applied exactly once.
    parent = await serve(['--port', String(port), '--data-dir', pdir], parentEnv);
    const up = await until('the outbox to drain', async () => {
      const s = (await get(child.url, childAdmin, '/v1/federation/status')).body;
      return s.parent.healthy && s.parent.outbox.messages === 0 ? s : undefined;
    });
    const status = (await get(parent.url, parentAdmin, '/v1/federation/status')).body;
    const c = status.children[0];
    expect(c.id).toBe('chongqing');
    expect(c.lastSeq).toBeGreaterThanOrEqual(up.parent.acked);
    expect(c.applied).toBe(c.lastSeq);
    expect(c.gaps).toBe(0);
    const after = (await get(parent.url, parentAdmin, '/v1/monitoring/summary')).body;
    expect(after.capacityUnits).toEqual(own.capacityUnits);
    // Nothing forged got in: the parent's audit chain is whole.
    expect((await get(parent.url, parentAdmin, '/v1/audit/verify')).body.ok).toBe(true);
  }, 90_000);

  it('runs national, two hubs and a regional platform below the eastern hub: national totals add up through both levels', async () => {
    const dir = tempDir('suanli-fed-four-');
    const regionalScenario = join(dir, 'regional.json');
    expect((await runCli('scenario', 'generate', '--dcs', '4', '--origins', '3', '--seed', '7', '--out', regionalScenario)).code).toBe(0);
    const fast = { SUANLI_FEDERATION_INTERVAL_MS: '300' };
    const national = await serve(['--port', '0', '--data-dir', join(dir, 'national'), '--platform-id', 'national'], fast);
    const east = await serve(['--port', '0', '--data-dir', join(dir, 'east'), '--platform-id', 'hub-east', '--role', 'hub', '--scenario', NATIONAL], fast);
    const west = await serve(['--port', '0', '--data-dir', join(dir, 'west'), '--platform-id', 'hub-west', '--role', 'hub', '--scenario', CHONGQING], fast);
    const regional = await serve(['--port', '0', '--data-dir', join(dir, 'regional'), '--platform-id', 'regional-sh', '--role', 'regional', '--scenario', regionalScenario], fast);
    const join_ = async (child: ServerProcess, parent: ServerProcess) => {
      const r = await runCli('federation', 'join', '--parent', parent.url, '--token', parent.tokens[0]!, '--url', child.url, '--admin-token', child.tokens[0]!);
      expect(r.stderr).toBe('');
    };
    // The regional platform asks without a token; the eastern hub's admin checks the key's fingerprint and approves.
    const asked = await runCli('federation', 'join', '--parent', east.url, '--url', regional.url, '--admin-token', regional.tokens[0]!);
    expect(asked.stderr).toBe('');
    // Asked, not yet approved: its link is not healthy, whether or not its first delivery has been refused yet.
    expect((await get(regional.url, regional.tokens[0]!, '/v1/federation/status')).body.parent).toMatchObject({ id: 'hub-east', healthy: false });
    const fingerprint = /this platform's key is (SHA256:\S+)/.exec(asked.stdout)?.[1];
    expect(fingerprint).toBeDefined();
    const listed = await runCli('federation', 'requests', '--url', east.url, '--token', east.tokens[0]!, '--json');
    expect(JSON.parse(listed.stdout).requests).toEqual([expect.objectContaining({ id: 'regional-sh', role: 'regional', keyFingerprint: fingerprint })]);
    await join_(east, national);
    await join_(west, national);
    // Until approval, the regional platform's uploads wait in its outbox.
    const waiting = await until('the refused upload', async () => {
      const st = (await get(regional.url, regional.tokens[0]!, '/v1/federation/status')).body;
      return st.parent?.lastError ? st : undefined;
    });
    expect(waiting.parent.lastError).toMatch(/awaits approval/);
    expect(waiting.parent.healthy).toBe(false);
    expect(waiting.parent.outbox.messages).toBeGreaterThan(0);
    const approved = await runCli('federation', 'approve', 'regional-sh', '--url', east.url, '--token', east.tokens[0]!);
    expect(approved.stdout).toBe('approved regional-sh\n');

    const summary = async (s: ServerProcess) => (await get(s.url, s.tokens[0]!, '/v1/monitoring/summary')).body;
    const [westOwn, regionalOwn] = [await summary(west), await summary(regional)];
    expect(regionalOwn.dataCenters.total).toBe(4);
    // The eastern hub's national figure adds its regional platform's to its own 51 data centers.
    const eastAll = await until('the regional upload at the eastern hub', async () => {
      const e = await summary(east);
      return e.dataCenters?.total === 51 + 4 ? e : undefined;
    });
    // The national total is every data center of all four platforms, the regional one's counted once, through the eastern hub.
    const total = await until('uploads through both levels', async () => {
      const n = await summary(national);
      return n.dataCenters?.total === 51 + 15 + 4 ? n : undefined;
    });
    for (const cls of ['general', 'intelligent', 'super']) {
      expect(total.capacityUnits[cls] ?? 0).toBe((eastAll.capacityUnits[cls] ?? 0) + (westOwn.capacityUnits[cls] ?? 0));
    }
    expect(total.federation.children.map((c: { id: string }) => c.id)).toEqual(['hub-east', 'hub-west']);
    // The regional platform's pools resolve at the national platform, reached through the eastern hub.
    const r = await until('the regional inventory at the top', async () => {
      const x = await get(national.url, national.tokens[0]!, '/v1/resolve/suanli://regional-sh/dc-1');
      return x.status === 200 ? x.body : undefined;
    });
    expect(r.owner).toEqual({ platform: 'regional-sh', role: 'regional', self: false, reachedThrough: 'hub-east' });
  }, 90_000);

  it('routes a job from a regional platform with no capacity left, through its hub and the national platform, to the western hub, where an agent runs it; the submitter sees it succeed and is billed, and the ledgers reconcile', async () => {
    const dir = tempDir('suanli-fed-route-');
    // Agents run jobs as uids of their own: they pass through this directory, and write what the test reads in a shared one.
    chmodSync(dir, 0o711);
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    let range = 260_000;
    const scenario = async (name: string, seed: string) => {
      const file = join(dir, `${name}.json`);
      expect((await runCli('scenario', 'generate', '--dcs', '4', '--origins', '3', '--seed', seed, '--out', file)).code).toBe(0);
      return file;
    };
    const fast = { SUANLI_FEDERATION_INTERVAL_MS: '250', SUANLI_PLACEMENT_INTERVAL_MS: '100', SUANLI_ROUTE_AFTER_S: '2' };
    const national = await serve(['--port', '0', '--data-dir', join(dir, 'national'), '--platform-id', 'national'], fast);
    const east = await serve(['--port', '0', '--data-dir', join(dir, 'east'), '--platform-id', 'hub-east', '--role', 'hub', '--scenario', await scenario('east', '8')], fast);
    // The western hub runs the routed job's command: its operator allows commands from other platforms.
    const west = await serve(['--port', '0', '--data-dir', join(dir, 'west'), '--platform-id', 'hub-west', '--role', 'hub', '--scenario', CHONGQING], { ...fast, SUANLI_ACCEPT_ROUTED_COMMANDS: 'true' });
    const regional = await serve(['--port', '0', '--data-dir', join(dir, 'regional'), '--platform-id', 'regional-sh', '--role', 'regional', '--scenario', await scenario('regional', '7')], fast);
    for (const [child, parent] of [[east, national], [west, national], [regional, east]] as const) {
      const r = await runCli('federation', 'join', '--parent', parent.url, '--token', parent.tokens[0]!, '--url', child.url, '--admin-token', child.tokens[0]!);
      expect(r.stderr).toBe('');
    }
    const post = async (s: ServerProcess, path: string, body: unknown, token = s.tokens[0]!) =>
      (await fetch(`${s.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
    // The platforms above must know the inventories below before they can route.
    await until('the inventories at the top', async () => {
      const st = (await get(national.url, national.tokens[0]!, '/v1/federation/status')).body;
      return st.children.length === 2 && st.children.find((c: { id: string }) => c.id === 'hub-east')?.dataCenters === 8 && st.children.every((c: { dataCenters: number }) => c.dataCenters > 0) ? st : undefined;
    });
    // Every platform that owns data centers runs a real agent process for one of them.
    const agents: ReturnType<typeof spawn>[] = [];
    const startAgent = async (s: ServerProcess, dc: string, extra = '') => {
      const token = (await post(s, '/v1/users', { name: `agent-${dc}`, role: 'dc-agent', dataCenters: [dc] }) as { secret: string }).secret;
      const file = join(dir, `agent-${dc}.yaml`);
      range += 100;
      writeFileSync(file, `platform: ${s.url}\ntoken: ${token}\ndataDir: ${join(dir, `agent-${dc}`)}\npollWaitS: 1\nstatusIntervalS: 0.2\ntelemetryIntervalS: 1\n`
        + `isolation:\n  uids: { from: ${range}, to: ${range + 99} }\n  sandbox: none\n${extra}`, { mode: 0o600 });
      agents.push(spawn(process.execPath, [BIN, 'agent', '--config', file, '--log-level', 'warn'], { stdio: 'ignore' }));
    };
    try {
      // The regional platform's data center has eight Ascend 910B cards (its agent registers them), and they are busy.
      const regionalDc = (await get(regional.url, regional.tokens[0]!, '/v1/datacenters')).body.dataCenters[0] as { id: string; pools: { id: string; class: string }[] };
      const gpuPool = regionalDc.pools.find((p) => p.class === 'intelligent')!.id;
      await startAgent(regional, regionalDc.id, `pools:\n  - { id: ${gpuPool}, model: Ascend910B, units: 8 }\n`);
      await post(regional, '/v1/tenants', { id: 'acme', name: 'Acme' });
      await post(regional, '/v1/tenants/acme/top-ups', { amount: 1000 });
      await until('the Ascend cards registered', async () => {
        const pools = (await get(regional.url, regional.tokens[0]!, `/v1/datacenters/${regionalDc.id}`)).body.pools as { id: string; model: string; units: number }[];
        return pools.find((p) => p.id === gpuPool && p.model === 'Ascend910B' && p.units === 8);
      });
      const ascend = { tenant: 'acme', origin: 'shanghai', class: 'intelligent', model: 'Ascend910B', units: 8, latency: 'batch' };
      const localPid = join(shared, 'local.pid');
      const local = await post(regional, '/v1/jobs', { ...ascend, durationS: 600, command: `sleep 120 & echo $! > ${localPid}; wait` }) as { id: string };
      const localRun = await until('the regional platform\'s own job running on its agent', async () => {
        const j = (await get(regional.url, regional.tokens[0]!, `/v1/jobs/${local.id}`)).body;
        return j.state === 'running' ? j : undefined;
      });
      expect(localRun.placement).toMatchObject({ dataCenter: regionalDc.id, pool: gpuPool });

      // The eastern hub's own work runs on the eastern hub's agent.
      await post(east, '/v1/tenants', { id: 'initech', name: 'Initech' });
      const eastOut = join(shared, 'east.txt');
      const eastJob = await post(east, '/v1/jobs', { tenant: 'initech', origin: 'shanghai', class: 'general', units: 1, durationS: 60, latency: 'batch', command: `echo "east at $SUANLI_DATA_CENTER" > ${eastOut}` }) as { id: string };
      const eastPlaced = await until('the eastern job placed', async () => {
        const j = (await get(east.url, east.tokens[0]!, `/v1/jobs/${eastJob.id}`)).body;
        return j.state === 'placed' ? j : undefined;
      });
      await startAgent(east, eastPlaced.placement.dataCenter);

      // A batch job that needs Ascend 910B accelerators, submitted to the regional platform, whose cards are all in use.
      const out = join(shared, 'ran.txt');
      const job = await post(regional, '/v1/jobs', { ...ascend, durationS: 60, command: `echo "ran at $SUANLI_DATA_CENTER" > ${out}; sleep 1` }) as { id: string };
      const routed = await until('the job to be routed up', async () => {
        const j = (await get(regional.url, regional.tokens[0]!, `/v1/jobs/${job.id}`)).body;
        return j.state === 'routed' ? j : undefined;
      });
      expect(routed.reason).toMatch(/^routed to the parent platform hub-east as regional-sh:job_\S+: no capacity here for \d+ s: /);
      const globalId = `regional-sh:${job.id}`;
      // The eastern hub's own Ascend cards have no agent (their data center never reported), so it passes the job up; the national
      // platform sends it down to the western hub.
      const there = await until('the job at the western hub', async () => {
        const list = (await get(west.url, west.tokens[0]!, '/v1/jobs?state=placed')).body.jobs as { id: string; spec: { name?: string }; placement: { dataCenter: string; pool: string; epoch: number } }[];
        return list.find((j) => j.spec.name === globalId);
      });
      const pools = (await get(west.url, west.tokens[0]!, `/v1/datacenters/${there.placement.dataCenter}`)).body.pools as { id: string; model: string; priceMinor: number }[];
      expect(pools.find((p) => p.id === there.placement.pool)!.model).toBe('Ascend910B');
      // That data center's agent, a real process, runs its command.
      await startAgent(west, there.placement.dataCenter);
      {
        const done = await until('success seen at the origin', async () => {
          const j = (await get(regional.url, regional.tokens[0]!, `/v1/jobs/${job.id}`)).body;
          return j.state === 'succeeded' ? j : undefined;
        }, 40_000);
        expect(readFileSync(out, 'utf8')).toBe(`ran at ${there.placement.dataCenter}\n`);
        const runsAt = `suanli://hub-west/${there.placement.dataCenter}/${there.placement.pool}`;
        expect(done.reason).toBe(`succeeded at ${runsAt}: exit code 0`);
        expect(done.explanation).toMatchObject({ policy: 'routed', globalId, runsAt });

        // Money follows the job down the path and back: west charges its metered use and pays its operator; the national
        // platform and the eastern hub each add 5%; the submitter pays the total. Every pair of platforms agrees.
        const used = (await get(west.url, west.tokens[0]!, `/v1/jobs/${there.id}`)).body.usage.unitSeconds as number;
        expect(done.usage).toEqual({ unitSeconds: used });
        const price = pools.find((p) => p.id === there.placement.pool)!.priceMinor;
        const commission = (x: number) => Math.floor((x * 500) / 10_000);
        const cWest = Math.floor((price * used) / 3600);
        const cNational = cWest + commission(cWest);
        const cEast = cNational + commission(cNational);
        const bill = cEast + commission(cEast);
        expect(done.explanation).toMatchObject({ billedMinor: bill });
        const balances = async (s: ServerProcess, account: string) => until(`${account}`, async () => {
          const v = (await get(s.url, s.tokens[0]!, '/v1/ledger/verify')).body;
          expect(v.problems).toEqual([]);
          const b = Object.fromEntries(((await get(s.url, s.tokens[0]!, '/v1/ledger/accounts')).body.accounts as { id: string; balance: number }[]).map((a) => [a.id, a.balance]));
          return b[account] !== undefined ? b : undefined;
        });
        const w = await balances(west, 'peer:national');
        const n = await balances(national, 'peer:hub-east');
        const e = await balances(east, 'peer:regional-sh');
        const r = await balances(regional, 'peer:hub-east');
        expect(w).toMatchObject({ 'peer:national': -cWest, [`dc:${there.placement.dataCenter}:receivable`]: cWest - commission(cWest), 'platform:commission': commission(cWest) });
        expect(n).toMatchObject({ 'peer:hub-west': cWest, 'peer:hub-east': -cNational, 'platform:commission': commission(cWest) });
        expect(e).toMatchObject({ 'peer:national': cNational, 'peer:regional-sh': -cEast, 'platform:commission': commission(cNational) });
        expect(r).toMatchObject({ 'tenant:acme:available': 10_000_000 - bill, 'peer:hub-east': cEast, 'platform:commission': commission(cEast) });
        expect(w['peer:national']! + n['peer:hub-west']!).toBe(0);
        expect(n['peer:hub-east']! + e['peer:national']!).toBe(0);
        expect(e['peer:regional-sh']! + r['peer:hub-east']!).toBe(0);

        // A tenant who cannot pay: the bill is kept as unpaid, shown in the status, and chased until a top-up covers it.
        await post(regional, '/v1/tenants', { id: 'tiny', name: 'Tiny' });
        const poor = await post(regional, '/v1/jobs', { ...ascend, tenant: 'tiny', durationS: 60, command: 'sleep 1' }) as { id: string };
        const unpaid = await until('the unpaid bill', async () => {
          const j = (await get(regional.url, regional.tokens[0]!, `/v1/jobs/${poor.id}`)).body;
          return j.state === 'succeeded' ? j : undefined;
        }, 40_000);
        expect(unpaid.explanation).toMatchObject({ billed: null, unpaidMinor: expect.any(Number) });
        const owed = unpaid.explanation.unpaidMinor as number;
        expect(owed).toBeGreaterThan(0);
        expect((await get(regional.url, regional.tokens[0]!, '/v1/federation/status')).body.unpaidBills).toEqual({ count: 1, amountMinor: owed });
        await post(regional, '/v1/tenants/tiny/top-ups', { amount: 1000 });
        const paid = await until('the bill paid late', async () => {
          const j = (await get(regional.url, regional.tokens[0]!, `/v1/jobs/${poor.id}`)).body;
          return j.explanation.paidLate === true ? j : undefined;
        });
        expect(paid.explanation).toMatchObject({ billedMinor: owed });
        expect(paid.explanation.unpaidMinor).toBeUndefined();
        expect((await balances(regional, 'tenant:tiny:available'))['tenant:tiny:available']).toBe(10_000_000 - owed);
        expect((await get(regional.url, regional.tokens[0]!, '/v1/federation/status')).body.unpaidBills).toEqual({ count: 0, amountMinor: 0 });

        // Cancelled at its origin while it runs, a routed job stops where it runs, and its use so far is billed back along the path.
        const long = await post(regional, '/v1/jobs', { tenant: 'acme', origin: 'shanghai', class: 'intelligent', model: 'Ascend910B', units: 8, durationS: 600, latency: 'batch', command: 'sleep 60' }) as { id: string };
        const running = await until('the second job running at the west', async () => {
          const list = (await get(west.url, west.tokens[0]!, '/v1/jobs?state=running')).body.jobs as { id: string; spec: { name?: string } }[];
          return list.find((j) => j.spec.name === `regional-sh:${long.id}`);
        }, 40_000);
        await new Promise((res) => setTimeout(res, 1500));
        expect((await post(regional, `/v1/jobs/${long.id}/cancel`, {}) as { state: string }).state).toBe('cancelled');
        const stopped = await until('the cancel at the west', async () => {
          const j = (await get(west.url, west.tokens[0]!, `/v1/jobs/${running.id}`)).body;
          return j.state === 'cancelled' ? j : undefined;
        });
        expect(stopped.reason).toBe('cancelled by its owner at the platform it came from');
        expect(stopped.usage.unitSeconds).toBeGreaterThan(0);
        await until('the second bill at the origin', async () => {
          const b = await balances(regional, 'tenant:acme:available');
          return b['tenant:acme:available']! < 10_000_000 - bill ? b : undefined;
        });
      }
      // The regional agent stops the regional job when it is cancelled.
      expect((await post(regional, `/v1/jobs/${local.id}/cancel`, {}) as { state: string }).state).toBe('cancelled');
      const pid = Number(readFileSync(localPid, 'utf8'));
      await until('the regional job\'s process to stop', async () => {
        try {
          process.kill(pid, 0);
          return undefined;
        } catch {
          return true;
        }
      });
      // Meanwhile the eastern agent ran the eastern job where it was placed.
      const eastDone = await until('the eastern job', async () => {
        const j = (await get(east.url, east.tokens[0]!, `/v1/jobs/${eastJob.id}`)).body;
        return j.state === 'succeeded' ? j : undefined;
      });
      expect(readFileSync(eastOut, 'utf8')).toBe(`east at ${eastDone.placement.dataCenter}\n`);
    } finally {
      for (const a of agents) a.kill('SIGTERM');
      await Promise.all(agents.map((a) => exited(a)));
    }
  }, 150_000);
});
