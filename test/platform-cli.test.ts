import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.js';
import { startServer } from '../src/server/serve.js';
import { auditHash } from '../src/store/repositories/audit.repository.js';
import type { RunningServer } from '../src/server/serve.js';
import { signEnvelope } from '../src/federation/envelope.js';
import { NATIONAL, runCli, tempDir } from './helpers.js';

interface AuditRow { seq: number; at: number; actor: string; action: string; target: string; source: string; detail: string; prev_hash: string; hash: string }

/**
 * Edits entry `seq`'s actor and recomputes every hash from there on, as
 * someone with the database but without the platform's key would; returns the
 * rows as they were, and the statement that writes a row's chain fields back.
 */
function editAndRecompute(db: Database.Database, seq: number): { backup: AuditRow[]; update: Database.Statement } {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
  const backup = rows.map((r) => ({ ...r }));
  const update = db.prepare('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?');
  rows[seq - 1]!.actor = 'someone else';
  let prev = rows[seq - 2]!.hash;
  for (const r of rows.slice(seq - 1)) {
    const hash = auditHash({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, target: r.target, source: r.source, detail: r.detail, prevHash: prev });
    update.run(r.actor, prev, hash, r.seq);
    prev = hash;
  }
  return { backup, update };
}

describe('the CLI against a running platform', () => {
  let server: RunningServer;
  let dir: string;
  let admin: string;
  let member: string;
  beforeAll(async () => {
    dir = tempDir('suanli-cli-');
    server = await startServer(loadConfig({ flags: { port: 0, dataDir: dir, scenario: NATIONAL, loopsInWorker: false, placementIntervalMs: 50, logLevel: 'silent' } }));
    admin = server.issued[0]!.secret;
    const post = async (path: string, body: unknown) => (await fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<{ secret: string }>;
    await post('/v1/tenants', { id: 'acme', name: 'Acme' });
    member = (await post('/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).secret;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('submits, lists, shows and cancels jobs, and shows the monitoring summary', async () => {
    const file = join(dir, 'job.json');
    writeFileSync(file, JSON.stringify({ origin: 'beijing', class: 'intelligent', units: 2, durationS: 1800, latency: 'interactive' }));
    const flags = ['--url', server.url, '--token', member];
    const sub = await runCli('jobs', 'submit', file, ...flags, '--json', '--idempotency-key', 'cli-1');
    expect(sub.code).toBe(0);
    const job = JSON.parse(sub.stdout) as { id: string; state: string };
    expect(job.state).toBe('pending');
    const again = await runCli('jobs', 'submit', file, ...flags, '--idempotency-key', 'cli-1');
    // The replay names the same job, in whatever state the placer has moved it to by now, and says it is a replay.
    expect(sub.stderr).toBe('');
    expect(again.stdout).toMatch(new RegExp(`^${job.id} (pending|placed) \\(a replay: the job submitted earlier with the key cli-1, nothing new was made\\)\n$`));
    const againJson = await runCli('jobs', 'submit', file, ...flags, '--idempotency-key', 'cli-1', '--json');
    expect(JSON.parse(againJson.stdout).id).toBe(job.id);
    expect(againJson.stderr).toBe('a replay: the job submitted earlier with the key cli-1, nothing new was made\n');
    let show = await runCli('jobs', 'show', job.id, ...flags);
    for (let i = 0; i < 50 && !show.stdout.includes('  placed  '); i++) {
      await new Promise((r) => setTimeout(r, 100));
      show = await runCli('jobs', 'show', job.id, ...flags);
    }
    expect(show.stdout).toMatch(new RegExp(`^${job.id}  placed  \\(placed by the engine in \\S+ \\(\\S+\\)\\)\\n`));
    expect(show.stdout).toMatch(/ {2}\d{4}-\d\d-\d\dT\S+ {2}pending {2}submitted\n/);
    // The placement explanation as text: each rule's removals, and the winner's cost broken down.
    expect(show.stdout).toMatch(/\nwhy it is where it is:\n {2}policy engine: \d+ pools in the network, \d+ feasible\n/);
    expect(show.stdout).toMatch(/\n {4}class +removed +\d+/);
    expect(show.stdout).toMatch(/\n {2}placed in \S+ at [\d.]+ ms: total [\d,.]+ yuan = compute [\d,.]+ yuan \+ transfer/);
    const list = await runCli('jobs', 'list', ...flags, '--state', 'placed');
    expect(list.stdout.split('\n')[0]).toMatch(/^id\s+tenant\s+state\s+class\s+units\s+data center\s+planned cost \(yuan\)$/);
    expect(list.stdout).toMatch(new RegExp(`^${job.id} .* placed .* [\\d.]+$`, 'm'));
    const cancel = await runCli('jobs', 'cancel', job.id, ...flags, '--json');
    expect(JSON.parse(cancel.stdout).state).toBe('cancelled');
    // Cancelled before it ran, it is not shown at the cost its run was planned at.
    expect((await runCli('jobs', 'list', ...flags, '--state', 'cancelled')).stdout).toMatch(new RegExp(`^${job.id} .* cancelled .* -$`, 'm'));
    const monitor = await runCli('monitor', '--url', server.url, '--token', admin, '--scope', 'hub:gansu');
    expect(monitor.code).toBe(0);
    expect(monitor.stdout).toMatch(/^hub:gansu at \S+: \d+ data centers \(0 reporting, \d+ stale\)\n/);
    // A new platform has no daily series yet: the trends say so rather than fit.
    const trends = await runCli('trends', '--url', server.url, '--token', admin, '--scope', 'hub:gansu', '--days', '30');
    expect(trends.code, trends.stderr).toBe(0);
    expect(trends.stdout).toMatch(/^class\s+capacity\s+days\s+in use now/m);
    expect(trends.stdout).toMatch(/^intelligent: too short for a fit: 0 days of units in use, and a fit needs at least 3\. Demand: too short/m);
    const badDays = await runCli('trends', '--url', server.url, '--token', admin, '--days', '2');
    expect(badDays.code).toBe(2);
    expect(badDays.stderr).toMatch(/--days/);
  });

  it('runs the market: an operator offers, an admin tops up, a tenant buys by requirement and reads its statement', async () => {
    const post = async (path: string, body: unknown) => (await fetch(`${server.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<{ secret: string }>;
    const dcs = (await (await fetch(`${server.url}/v1/datacenters?hub=gansu`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { dataCenters: { id: string; pools: { id: string; class: string }[] }[] };
    const dc = dcs.dataCenters[0]!;
    const pool = dc.pools.find((p) => p.class === 'intelligent')!;
    const operator = (await post('/v1/users', { name: 'ops', role: 'dc-operator', dataCenters: [dc.id] })).secret;
    const created = await runCli('market', 'offer', 'create', '--dc', dc.id, '--pool', pool.id, '--mode', 'on-demand', '--price', '6.5', '--quantity', '16', '--url', server.url, '--token', operator);
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/^off_\S+ on-demand 6\.5 yuan\/unit-h, 16 available\n$/);
    const top = await runCli('market', 'top-up', 'acme', '500', '--key', 'wire-1', '--url', server.url, '--token', admin);
    expect(top.stdout).toBe('posted: acme has 500 yuan available\n');
    expect((await runCli('market', 'top-up', 'acme', '500', '--key', 'wire-1', '--url', server.url, '--token', admin)).stdout).toBe('already posted: acme has 500 yuan available\n');
    const flags = ['--url', server.url, '--token', member];
    const offers = await runCli('market', 'offers', '--class', 'intelligent', '--origin', 'lanzhou', '--sort', 'latency', ...flags);
    expect(offers.stdout.split('\n')[0]).toMatch(/^id\s+pool\s+hub\s+model\s+mode\s+yuan\/unit-h\s+available\s+green\s+latency ms$/);
    expect(offers.stdout).toContain(`${dc.id}/${pool.id}`);
    const buy = await runCli('market', 'buy', '--origin', 'lanzhou', '--class', 'intelligent', '--units', '4', '--duration', '3600', '--latency', 'batch', ...flags);
    expect(buy.stdout).toMatch(new RegExp(`^ord_\\S+ matched on ${dc.id}/${pool.id}, 26 yuan held\n$`));
    const tooMuch = await runCli('market', 'buy', '--origin', 'lanzhou', '--class', 'intelligent', '--units', '12', '--duration', '36000', '--latency', 'batch', ...flags);
    expect(tooMuch.code).toBe(2);
    expect(tooMuch.stderr).toMatch(/^error: 402: hold needs 780 yuan from tenant:acme:available, which holds 474: 306.0001 yuan short/);
    const orders = await runCli('market', 'orders', ...flags);
    expect(orders.stdout).toMatch(/ord_\S+\s+acme\s+on-demand\s+matched\s+4/);
    const csv = await runCli('market', 'statement', '--tenant', 'acme', '--csv', ...flags);
    expect(csv.stdout.split('\n')[0]).toBe('at,transaction,kind,account,amount_yuan,balance_yuan,order,job,memo');
    expect(csv.stdout).toMatch(/,top-up,tenant:acme:available,500,500,/);
    expect(csv.stdout).toMatch(/,hold,tenant:acme:available,-26,474,ord_/);
    const st = await runCli('market', 'statement', '--tenant', 'acme', ...flags);
    expect(st.stdout).toContain('tenant:acme:available: opening 0, closing 474\n');
    expect(st.stdout).toContain('reconciled with the ledger\n');
    expect((await runCli('market', 'statement', ...flags)).stderr).toBe('error: give --tenant or --dc\n');
  });

  it('reports API refusals and missing credentials with exit 2', async () => {
    const r = await runCli('jobs', 'show', 'job_nope', '--url', server.url, '--token', member);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: 404: job "job_nope" not found\n');
    // A live list: the first update at once, the next when a job arrives.
    const watching = runCli('jobs', 'watch', '--updates', '2', '--json', '--url', server.url, '--token', member);
    await new Promise((r) => setTimeout(r, 500));
    const fresh = await fetch(`${server.url}/v1/jobs`, { method: 'POST', headers: { authorization: `Bearer ${member}`, 'content-type': 'application/json' }, body: JSON.stringify({ origin: 'beijing', class: 'general', units: 1, durationS: 60, latency: 'batch', name: 'watched' }) });
    const watchedId = ((await fresh.json()) as { id: string }).id;
    const w = await watching;
    expect(w.code, w.stderr).toBe(0);
    const updates = w.stdout.trim().split('\n').map((l) => JSON.parse(l) as { jobs: { id: string }[] });
    expect(updates).toHaveLength(2);
    expect(updates[1]!.jobs.map((j) => j.id)).toContain(watchedId);
    expect((await runCli('jobs', 'watch', '--updates', '0', '--url', server.url, '--token', member)).code).toBe(2);
    // Many jobs from one file, as an array or as JSON Lines; a key makes the whole file's retry a replay.
    const many = join(dir, 'many.jsonl');
    const one = { origin: 'beijing', class: 'general', units: 1, durationS: 60, latency: 'batch' };
    writeFileSync(many, `${Array.from({ length: 1205 }, () => JSON.stringify(one)).join('\n')}\n`);
    const first = await runCli('jobs', 'submit', many, '--url', server.url, '--token', member, '--idempotency-key', 'many-1');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trim().split('\n').at(-1)).toBe('1205 jobs, 1205 new');
    const again = await runCli('jobs', 'submit', many, '--url', server.url, '--token', member, '--idempotency-key', 'many-1', '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0 });
    expect(JSON.parse(again.stdout).jobs).toHaveLength(1205);
    const arr = join(dir, 'arr.json');
    writeFileSync(arr, JSON.stringify([one, { ...one, units: 2 }]));
    expect((await runCli('jobs', 'submit', arr, '--url', server.url, '--token', member)).stdout).toMatch(/\n2 jobs, 2 new\n$/);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, `${JSON.stringify(one)}\n{"origin":\n`);
    const b = await runCli('jobs', 'submit', broken, '--url', server.url, '--token', member);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('line 2');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ origin: 'beijing', class: 'quantum' }));
    const v = await runCli('jobs', 'submit', bad, '--url', server.url, '--token', member);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('error: 400: invalid request body\n  class: must be one of general, intelligent, super');
    const env = { ...process.env };
    delete process.env.SUANLI_TOKEN;
    process.env.SUANLI_CLIENT_CONFIG = join(dir, 'none.json');
    try {
      const none = await runCli('jobs', 'list', '--url', server.url);
      expect(none.code).toBe(2);
      expect(none.stderr).toBe(`error: no API token: pass --token, set SUANLI_TOKEN, or put {"token": "..."} in ${join(dir, 'none.json')}\n`);
    } finally {
      process.env = env;
    }
    const down = await runCli('jobs', 'list', '--url', 'http://127.0.0.1:1', '--token', member);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/^error: cannot reach the platform at http:\/\/127\.0\.0\.1:1: /);
  });

  it('finds an edited entry even with the chain recomputed, and a deleted tail, against the signed checkpoints (exit 3)', async () => {
    const signed = await server.platform.audit.checkpoint();
    expect(signed).toBeDefined();
    const ok = await runCli('audit', 'verify', '--data-dir', dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^audit log intact: \\d+ entries, head [0-9a-f]{64}; \\d+ signed checkpoints hold, the last at entry ${signed!.seq}\n$`));
    const db = new Database(join(dir, 'suanli.db'));
    // Edit entry 2 and recompute every hash after it, as someone without the key would.
    const { backup, update } = editAndRecompute(db, 2);
    const recomputed = await runCli('audit', 'verify', '--data-dir', dir, '--json');
    expect(recomputed.code).toBe(3);
    expect(JSON.parse(recomputed.stdout).broken.problem).toMatch(new RegExp(`^entry ${signed!.seq} no longer has the hash signed at .* \\(an entry up to it was edited and the chain recomputed\\)$`));
    // Put it back, then delete the signed tail.
    for (const r of backup) update.run(r.actor, r.prev_hash, r.hash, r.seq);
    expect((await runCli('audit', 'verify', '--data-dir', dir)).code).toBe(0);
    db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(signed!.seq - 1);
    const cut = await runCli('audit', 'verify', '--data-dir', dir, '--json');
    expect(cut.code).toBe(3);
    expect(JSON.parse(cut.stdout).broken.problem).toMatch(/^entries \d+ to \d+ were signed at .* and are gone \(the tail was deleted\)$/);
    for (const r of backup.filter((x) => x.seq >= signed!.seq - 1)) {
      db.prepare('INSERT INTO audit_log (seq, at, actor, action, target, source, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(r.seq, r.at, r.actor, r.action, r.target, r.source, r.detail, r.prev_hash, r.hash);
    }
    db.close();
  });

  it('verifies the audit chain and finds an edited entry (exit 3)', async () => {
    const ok = await runCli('audit', 'verify', '--data-dir', dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^audit log intact: \d+ entries, head [0-9a-f]{64}; /);
    const db = new Database(join(dir, 'suanli.db'));
    db.prepare("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3").run();
    db.close();
    const broken = await runCli('audit', 'verify', '--data-dir', dir, '--json');
    expect(broken.code).toBe(3);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, entries: 2, broken: { seq: 3, problem: 'its contents do not match its hash (edited)' } });
    const missing = await runCli('audit', 'verify', '--data-dir', join(dir, 'nothing'));
    expect(missing.code).toBe(2);
  });
});

describe('demo mode', () => {
  it('loads the reference network, simulates its data centers and runs generated jobs', async () => {
    const dir = tempDir('suanli-demo-');
    const server = await startServer(loadConfig({ flags: { port: 0, dataDir: dir, demo: true, demoJobsPerMinute: 1200, loopsInWorker: false, placementIntervalMs: 50, logLevel: 'silent' } }));
    try {
      expect(server.issued.map((t) => t.role)).toEqual(['platform-admin', 'tenant-member (tenant demo)']);
      const admin = server.issued[0]!.secret;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
      const get = async (path: string) => (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${admin}` } })).json() as Promise<Record<string, any>>;
      expect((await get('/v1/network')).mode).toBe('demo (simulated data centers and demand)');
      const summary = await get('/v1/monitoring/summary');
      expect(summary.dataCenters).toEqual({ total: 51, reporting: 51, stale: 0 });
      expect(summary.powerKw).toBeGreaterThan(0);
      const deadline = Date.now() + 15_000;
      let running = 0;
      while (running === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 500));
        running = (await get('/v1/jobs?state=running')).jobs.length;
      }
      expect(running).toBeGreaterThan(0);
      const jobs = (await get('/v1/jobs?limit=500')).jobs as { tenant: string }[];
      expect(new Set(jobs.map((j) => j.tenant))).toEqual(new Set(['demo']));
      // A job with a command really runs, as a local process: isolated as on a data center, as a uid of its own that
      // cannot read the platform's database (its key, its token hashes).
      const member = server.issued[1]!.secret;
      const root = process.getuid?.() === 0;
      const db = join(dir, 'suanli.db');
      const res = await fetch(`${server.url}/v1/jobs`, {
        method: 'POST', headers: { authorization: `Bearer ${member}`, 'content-type': 'application/json' },
        body: JSON.stringify({ origin: 'beijing', class: 'general', units: 4, durationS: 60, latency: 'batch', command: `echo "ran at $SUANLI_DATA_CENTER"; id -u; head -c 16 ${db} >/dev/null 2>&1 && echo "db readable" || echo "db closed"` }),
      });
      const id = ((await res.json()) as { id: string }).id;
      let job: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
      for (let i = 0; i < 100 && job.state !== 'succeeded' && job.state !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 300));
        job = await get(`/v1/jobs/${id}`);
      }
      if (root) {
        expect(job.state).toBe('succeeded');
        const said = readFileSync(join(dir, 'demo-jobs', 'jobs', id, 'stdout'), 'utf8').split('\n');
        expect(said[0]).toBe(`ran at ${job.placement.dataCenter}`);
        expect(Number(said[1])).toBeGreaterThanOrEqual(201_000);
        expect(said[2]).toBe('db closed');
      } else {
        // Without root the demo cannot isolate a command, so it runs none.
        expect(job.state).toBe('failed');
        expect(job.reason).toMatch(/cannot run jobs as users of their own/);
      }
      // The demo tenant has a balance, three orders of three modes, and a statement that reconciles.
      const flags = ['--url', server.url, '--token', member];
      const balance = await runCli('market', 'balance', 'demo', ...flags);
      expect(balance.stdout).toMatch(/^demo: \d+(\.\d+)? yuan available, \d+(\.\d+)? held\n$/);
      const orders = JSON.parse((await runCli('market', 'orders', ...flags, '--json')).stdout) as { orders: { mode: string; state: string }[] };
      expect(orders.orders.map((o) => o.mode).sort()).toEqual(['on-demand', 'reserved', 'spot']);
      expect(orders.orders.every((o) => o.state === 'matched' || o.state === 'active')).toBe(true);
      const st = await runCli('market', 'statement', '--tenant', 'demo', ...flags);
      expect(st.stdout).toMatch(/ top-up {2}tenant:demo:available +2000000\n/);
      expect(st.stdout).toContain('reconciled with the ledger\n');
      expect((await get('/v1/offers?mode=spot&limit=1')).offers).toHaveLength(1);
    } finally {
      await server.stop();
    }
  });
});

describe('audit checkpoints kept by the parent', () => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  it('finds a history the child rewrote and signed again itself, against the checkpoints its parent keeps (exit 3)', async () => {
    const start = async (dataDir: string, platformId: string) => {
      const s = await startServer(loadConfig({ flags: { port: 0, dataDir, platformId, loopsInWorker: false, logLevel: 'silent' } }));
      servers.push(s);
      return s;
    };
    const childDir = tempDir('suanli-audit-child-');
    const parent = await start(tempDir('suanli-audit-parent-'), 'national');
    const child = await start(childDir, 'hub-west');
    const parentAdmin = parent.issued[0]!.secret;
    const me = await child.platform.federation.self();
    const joined = await fetch(`${parent.url}/v1/federation/children`, { method: 'POST', headers: { authorization: `Bearer ${parentAdmin}`, 'content-type': 'application/json' }, body: JSON.stringify({ id: 'hub-west', role: 'hub', publicKey: me.publicKey }) });
    expect(joined.status).toBe(201);
    // The child's signed checkpoint reaches the parent as an upload does.
    const signed = (await child.platform.audit.checkpoint())!;
    const now = Date.now();
    const up = await fetch(`${parent.url}/v1/federation/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [signEnvelope({ from: 'hub-west', to: 'national', seq: 1, at: now, kind: 'audit-checkpoint', body: { data: signed, createdAt: now } }, me.privateKey)] }) });
    expect(((await up.json()) as { applied: number }).applied).toBe(1);
    const kept = await fetch(`${parent.url}/v1/federation/children/hub-west/audit-checkpoints`, { headers: { authorization: `Bearer ${parentAdmin}` } });
    expect(((await kept.json()) as { checkpoints: unknown[] }).checkpoints).toEqual([signed]);
    const against = ['audit', 'verify', '--data-dir', childDir, '--against-parent', parent.url, '--token', parentAdmin];
    const honest = await runCli(...against);
    expect([honest.code, honest.stdout]).toEqual([0, expect.stringContaining(`1 signed checkpoints kept by the parent at ${parent.url} hold, the last at entry ${signed.seq}`)]);
    // The child rewrites entry 2, recomputes the chain, drops its own checkpoints and signs the new head with its own key.
    const db = new Database(join(childDir, 'suanli.db'));
    editAndRecompute(db, 2);
    db.prepare('DELETE FROM audit_checkpoints').run();
    db.close();
    await child.platform.audit.checkpoint();
    expect((await runCli('audit', 'verify', '--data-dir', childDir)).code).toBe(0);
    const caught = await runCli(...against, '--json');
    expect(caught.code).toBe(3);
    expect(JSON.parse(caught.stdout).broken.problem).toMatch(new RegExp(`^entry ${signed.seq} no longer has the hash signed at `));
    // A malformed checkpoint, or one the child did not sign for itself, is passed over, not kept.
    const forged = { ...signed, seq: signed.seq + 50 };
    const later = Date.now();
    const bad = await fetch(`${parent.url}/v1/federation/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [
      signEnvelope({ from: 'hub-west', to: 'national', seq: 2, at: later, kind: 'audit-checkpoint', body: { data: forged, createdAt: later } }, me.privateKey),
      signEnvelope({ from: 'hub-west', to: 'national', seq: 3, at: later, kind: 'audit-checkpoint', body: { data: { seq: 'x' }, createdAt: later } }, me.privateKey),
    ] }) });
    expect(bad.status).toBe(200);
    const still = await fetch(`${parent.url}/v1/federation/children/hub-west/audit-checkpoints`, { headers: { authorization: `Bearer ${parentAdmin}` } });
    expect(((await still.json()) as { checkpoints: unknown[] }).checkpoints).toEqual([signed]);
    expect((await fetch(`${parent.url}/v1/federation/children/nobody/audit-checkpoints`, { headers: { authorization: `Bearer ${parentAdmin}` } })).status).toBe(404);
    const unknownChild = await runCli('audit', 'verify', '--data-dir', tempDir('suanli-audit-none-'), '--against-parent', parent.url, '--token', parentAdmin);
    expect(unknownChild.code).toBe(2);
  });
});
