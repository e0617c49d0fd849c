import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { failOverSilentDataCenters } from './agent.service.js';

const JOB = { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' };

/** A tenant's job, placed by hand at `dc` (the placer is not what these tests are about). */
async function placeJobAt(t: TestPlatform, dc: string): Promise<{ id: string; pool: string }> {
  const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
  const pool = (await t.platform.network.require()).dataCenters.get(dc)!.pools[0]!.id;
  await t.platform.store.jobs.transition([{ id: r.body.id, from: ['pending'], to: 'placed', placement: { dataCenterId: dc, poolId: pool, cost: 1, explanation: {} } }], t.clock.now());
  return { id: r.body.id, pool };
}

describe('job lifecycle', () => {
  let t: TestPlatform;
  let a: string;
  beforeAll(async () => {
    t = await testPlatform('sqlite', { staleAfterS: 60 });
    [a] = (await operatorDataCenters(t)) as [string];
  });
  afterAll(async () => {
    await t?.close();
  });

  const placeAt = (dc: string) => placeJobAt(t, dc);

  it('runs a job through placed, running and succeeded on its agent\'s reports, refusing stale epochs', async () => {
    const { id } = await placeAt(a);
    const stale = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 7, state: 'running' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toBe(`stale report: job "${id}" was placed again (epoch 1, report for 7); stop running it`);
    t.clock.advance(1000);
    expect((await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'running' })).body.state).toBe('running');
    t.clock.advance(5000);
    const done = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'succeeded', exitCode: 0 });
    expect(done.body).toMatchObject({ state: 'succeeded', reason: 'exit code 0' });
    expect(Date.parse(done.body.endedAt) - Date.parse(done.body.startedAt)).toBe(5000);
    const again = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'failed' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(`job "${id}" is succeeded; it cannot become failed`);
    const bad = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 'one', state: 'exploded' });
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['epoch', 'state']);
  });

  it('cancels a job once; a finished job cannot be cancelled; another tenant gets 404', async () => {
    const { id } = await placeAt(a);
    expect((await t.call(t.tokens.otherTenant, 'POST', `/v1/jobs/${id}/cancel`)).status).toBe(404);
    const c = await t.call(t.tokens.member, 'POST', `/v1/jobs/${id}/cancel`);
    expect(c.body.state).toBe('cancelled');
    expect((await t.call(t.tokens.member, 'POST', `/v1/jobs/${id}/cancel`)).body.state).toBe('cancelled');
    const r = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'running' });
    expect(r.status).toBe(409);
  });

  it('pages the job list with a cursor, newest first, and filters by state and data center', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { jobs: { id: string }[]; nextCursor: string | null } } = await t.call(t.tokens.member, 'GET', `/v1/jobs?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.jobs.map((j) => j.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const all = (await t.call(t.tokens.member, 'GET', '/v1/jobs?limit=500')).body.jobs.map((j: { id: string }) => j.id);
    expect(seen).toEqual(all);
    expect(all.length).toBe(2);
    expect((await t.call(t.tokens.member, 'GET', '/v1/jobs?state=succeeded')).body.jobs).toHaveLength(1);
    expect((await t.call(t.tokens.operator, 'GET', `/v1/jobs?dataCenter=${a}`)).body.jobs).toHaveLength(2);
    const bad = await t.call(t.tokens.member, 'GET', '/v1/jobs?limit=0&state=sleeping&cursor=abc');
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['cursor', 'limit', 'state']);
  });

  it('places on live capacity: a pool reported full or a silent data center takes nothing', async () => {
    const live = await t.platform.network.require();
    // Report every intelligent pool full except one, then that one goes silent too.
    const pools = live.ctx.pools.filter((p) => p.class === 'intelligent');
    const keep = pools.find((p) => p.dataCenterId === a)!;
    const now = t.clock.now();
    for (const p of pools) {
      if (p === keep) continue;
      await t.platform.store.telemetry.ingest([{ dataCenterId: p.dataCenterId, poolId: p.id, at: now, unitsInUse: p.units }], [{ dataCenterId: p.dataCenterId, at: now, powerKw: 1 }]);
    }
    await t.platform.store.telemetry.ingest([], [{ dataCenterId: a, at: now, powerKw: 1 }]);
    const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, latency: 'batch' });
    await t.platform.placement.placePending();
    const j = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${r.body.id}`)).body;
    expect(j.state).toBe('placed');
    expect(`${j.placement.dataCenter}/${j.placement.pool}`).toBe(keep.key);
    // Now the only free data center falls silent: the next job waits, with the reason recorded.
    t.clock.advance(61_000);
    for (const p of pools) {
      if (p.dataCenterId === a) continue;
      await t.platform.store.telemetry.ingest([{ dataCenterId: p.dataCenterId, poolId: p.id, at: t.clock.now(), unitsInUse: p.units }], [{ dataCenterId: p.dataCenterId, at: t.clock.now(), powerKw: 1 }]);
    }
    const r2 = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
    expect(await t.platform.placement.placePending()).toEqual({ placed: 0, held: 0, routed: 0, waiting: 1, failed: 0, unplacedBy: { capacity: 1 } });
    const w = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${r2.body.id}`)).body;
    expect(w.state).toBe('pending');
    expect(w.reason).toBe('waiting for capacity: no pool left after the capacity check');
    // It is not tried again until its back-off has passed.
    expect(await t.platform.placement.placePending()).toEqual({ placed: 0, held: 0, routed: 0, waiting: 0, failed: 0, unplacedBy: {} });
    t.clock.advance(5000);
    expect(await t.platform.placement.placePending()).toEqual({ placed: 0, held: 0, routed: 0, waiting: 1, failed: 0, unplacedBy: { capacity: 1 } });
  });

  it('caps reported use at units x the time the platform saw the job run, plus the tolerance, and audits the cap', async () => {
    // Four units: the agent claims 14,400 unit-seconds (an hour) four seconds after the job started.
    const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, units: 4 });
    const pool = (await t.platform.network.require()).dataCenters.get(a)!.pools[0]!.id;
    await t.platform.store.jobs.transition([{ id: r.body.id, from: ['pending'], to: 'placed', placement: { dataCenterId: a, poolId: pool, cost: 1, explanation: {} } }], t.clock.now());
    const id = r.body.id as string;
    t.clock.advance(2000);
    // A start claimed before the placement is not believed: the platform's own time counts.
    const running = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'running', at: t.clock.now() - 3_600_000 });
    expect(Date.parse(running.body.startedAt)).toBe(t.clock.now());
    t.clock.advance(4000);
    const done = await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 1, state: 'succeeded', exitCode: 0, unitSeconds: 14_400 });
    // 4 units x (4 s run + 10 s tolerance).
    expect(done.body.usage).toEqual({ unitSeconds: 56 });
    const audit = await t.call(t.tokens.admin, 'GET', `/v1/audit?limit=1000`);
    const capped = audit.body.entries.find((e: { action: string; target: string }) => e.action === 'job.usage-capped' && e.target === id);
    expect(JSON.parse(capped.detail)).toEqual({ reported: 14_400, allowed: 56 });
    // Honest use within the bound is kept as reported.
    const { id: honest } = await placeAt(a);
    await t.call(t.tokens.agent, 'POST', `/v1/jobs/${honest}/report`, { epoch: 1, state: 'running' });
    t.clock.advance(30_000);
    expect((await t.call(t.tokens.agent, 'POST', `/v1/jobs/${honest}/report`, { epoch: 1, state: 'succeeded', unitSeconds: 29 })).body.usage).toEqual({ unitSeconds: 29 });
  });

  it('audits refused reports: another data center\'s job, a stale epoch, a state the job cannot take', async () => {
    const { id } = await placeAt(a);
    expect((await t.call(t.tokens.agent, 'POST', `/v1/jobs/${id}/report`, { epoch: 9, state: 'running' })).status).toBe(409);
    expect((await t.call(t.tokens.agent, 'POST', `/v1/jobs/job_nope/report`, { epoch: 1, state: 'running' })).status).toBe(404);
    const audit = await t.call(t.tokens.admin, 'GET', `/v1/audit?limit=1000`);
    const refused = audit.body.entries.filter((e: { action: string }) => e.action === 'job.report-refused').map((e: { target: string; detail: string }) => [e.target, JSON.parse(e.detail).why]);
    expect(refused).toEqual(expect.arrayContaining([[id, 'stale epoch 9 of 1'], ['job_nope', 'not at this data center']]));
  });
});

describe("a job's output", () => {
  let t: TestPlatform;
  let a: string;
  beforeAll(async () => {
    t = await testPlatform('sqlite');
    [a] = (await operatorDataCenters(t)) as [string];
  });
  afterAll(async () => {
    await t?.close();
  });

  const placeAt = (dc: string) => placeJobAt(t, dc);

  it("keeps the last part of a job's output from its agent, bounded, at its epoch, for its tenant and operators only", async () => {
    const { id } = await placeAt(a);
    const none = await t.call(t.tokens.member, 'GET', `/v1/jobs/${id}/output`);
    expect(none.body).toMatchObject({ job: id, epoch: null, updatedAt: null, stdout: { text: '', bytes: 0, truncated: false } });
    const up = (body: unknown, token = t.tokens.agent) => t.call(token, 'POST', `/v1/jobs/${id}/output`, body);
    // Hostile output is kept as it was written, except a NUL, which text cannot hold.
    expect((await up({ epoch: 1, stdout: { tail: 'step 1\n\u0000\u001b]0;owned\u0007', bytes: 3_000_000 }, stderr: { tail: 'oops\n', bytes: 5 } })).body).toEqual({ job: id, stdoutBytes: 3_000_000, stderrBytes: 5 });
    const got = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${id}/output`)).body;
    expect(got).toMatchObject({ epoch: 1, stdout: { text: 'step 1\n\uFFFD\u001b]0;owned\u0007', bytes: 3_000_000, truncated: true }, stderr: { text: 'oops\n', bytes: 5, truncated: false } });
    expect((await t.call(t.tokens.operator, 'GET', `/v1/jobs/${id}/output`)).status).toBe(200);
    expect((await t.call(t.tokens.otherTenant, 'GET', `/v1/jobs/${id}/output`)).status).toBe(404);
    // Bounded: more than the tail is refused, naming the field; so is a stale epoch; nothing stored changes.
    const big = await up({ epoch: 1, stdout: { tail: 'x'.repeat(65_537), bytes: 65_537 }, stderr: { tail: '', bytes: 0 } });
    expect(big.status).toBe(400);
    expect(big.body.error.issues).toEqual([{ path: 'stdout.tail', message: 'must be at most 65536 bytes: the last part of the stream only' }]);
    expect((await up({ epoch: 2, stdout: { tail: 'later', bytes: 5 }, stderr: { tail: '', bytes: 0 } })).status).toBe(409);
    expect((await up({ epoch: 1, stdout: { tail: 'x', bytes: -1 } })).body.error.issues.map((i: { path: string }) => i.path)).toEqual(['stdout.bytes', 'stderr']);
    expect((await t.call(t.tokens.member, 'GET', `/v1/jobs/${id}/output`)).body.stdout.bytes).toBe(3_000_000);
  });
});

describe('users and tokens', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await testPlatform();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives a user tokens that carry its role and scope; a revoked token stops working', async () => {
    const made = await t.call(t.tokens.tenantAdmin, 'POST', '/v1/users', { name: 'Li Wei', role: 'tenant-member' });
    expect(made.status).toBe(201);
    expect(made.body.user).toMatchObject({ name: 'Li Wei', role: 'tenant-member', tenantId: 'acme' });
    expect(made.body.secret).toMatch(/^sl_[A-Za-z0-9_-]{43}$/);
    const second = await t.call(t.tokens.tenantAdmin, 'POST', `/v1/users/${made.body.user.id}/tokens`, { name: 'laptop' });
    expect(second.body.token).toMatchObject({ userId: made.body.user.id, role: 'tenant-member', tenantId: 'acme', name: 'laptop' });
    const job = await t.call(second.body.secret, 'POST', '/v1/jobs', JOB);
    expect(job.body.tenant).toBe('acme');
    // The secret is never stored or listed.
    const tokens = (await t.call(t.tokens.admin, 'GET', '/v1/tokens')).body.tokens;
    expect(JSON.stringify(tokens)).not.toContain(second.body.secret);
    expect(JSON.stringify(await t.platform.store.db.all('SELECT * FROM tokens'))).not.toContain(second.body.secret);
    expect((await t.call(t.tokens.admin, 'DELETE', `/v1/tokens/${second.body.token.id}`)).status).toBe(200);
    t.clock.advance(6000);
    const after = await t.call(second.body.secret, 'GET', '/v1/jobs');
    expect(after.status).toBe(401);
    expect(after.body.error.message).toBe('this token was revoked');
  });

  it('lets a tenant-admin list and revoke its own tenant\'s tokens, and no other', async () => {
    const system = { tokenId: 'system', name: 'system', role: 'platform-admin' as const, source: 'internal' };
    const acmeDev = await t.platform.identity.issue({ name: 'acme ci', role: 'tenant-member', tenantId: 'acme' }, system);
    const globexDev = await t.platform.identity.issue({ name: 'globex ci', role: 'tenant-member', tenantId: 'globex' }, system);
    const listed = (await t.call(t.tokens.tenantAdmin, 'GET', '/v1/tokens')).body.tokens as { id: string; tenantId?: string }[];
    expect(listed.map((x) => x.id)).toContain(acmeDev.token.id);
    expect(new Set(listed.map((x) => x.tenantId))).toEqual(new Set(['acme']));
    expect((await t.call(t.tokens.tenantAdmin, 'DELETE', `/v1/tokens/${globexDev.token.id}`)).status).toBe(404);
    expect((await t.call(t.tokens.tenantAdmin, 'DELETE', `/v1/tokens/${acmeDev.token.id}`)).status).toBe(200);
    t.clock.advance(6000);
    expect((await t.call(acmeDev.secret, 'GET', '/v1/jobs')).status).toBe(401);
    expect((await t.call(globexDev.secret, 'GET', '/v1/jobs')).status).toBe(200);
  });

  it('keeps a tenant-admin inside its tenant and names bad fields', async () => {
    const other = await t.call(t.tokens.tenantAdmin, 'POST', '/v1/users', { name: 'x', role: 'tenant-member', tenant: 'globex' });
    expect(other.body.error.issues).toEqual([{ path: 'tenant', message: 'must be your own tenant "acme"' }]);
    expect((await t.call(t.tokens.tenantAdmin, 'POST', '/v1/users', { name: 'x', role: 'platform-admin' })).status).toBe(403);
    const globexUser = await t.platform.identity.issue({ name: 'g', role: 'tenant-member', tenantId: 'globex' }, { tokenId: 'system', name: 'system', role: 'platform-admin', source: 'internal' });
    expect((await t.call(t.tokens.tenantAdmin, 'POST', `/v1/users/${globexUser.user.id}/tokens`, {})).status).toBe(404);
    const mine = (await t.call(t.tokens.tenantAdmin, 'GET', '/v1/users')).body.users;
    expect(new Set(mine.map((u: { tenantId: string }) => u.tenantId))).toEqual(new Set(['acme']));
    const bad = await t.call(t.tokens.admin, 'POST', '/v1/users', { name: 'agent', role: 'dc-agent', dataCenters: ['nowhere', 'else'], tenant: 'acme' });
    expect(bad.body.error.issues).toEqual([
      { path: 'tenant', message: 'only tenant roles belong to a tenant, not dc-agent' },
      { path: 'dataCenters', message: 'a dc-agent serves exactly one data center' },
    ]);
  });
});

describe('capacity held between placement rounds', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await testPlatform();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('never books a pool twice between refreshes of the held units', async () => {
    const live = await t.platform.network.require();
    const pools = live.ctx.pools.filter((p) => p.class === 'intelligent');
    const keep = pools.find((p) => p.units >= 4)!;
    const now = t.clock.now();
    for (const p of pools) {
      if (p !== keep) await t.platform.store.telemetry.ingest([{ dataCenterId: p.dataCenterId, poolId: p.id, at: now, unitsInUse: p.units }], []);
    }
    const big = { ...JOB, units: Math.floor(keep.units / 2) + 1 };
    const first = await t.call(t.tokens.member, 'POST', '/v1/jobs', big);
    expect(await t.platform.placement.placePending()).toEqual({ placed: 1, held: 0, routed: 0, waiting: 0, failed: 0, unplacedBy: {} });
    expect((await t.call(t.tokens.member, 'GET', `/v1/jobs/${first.body.id}`)).body.placement.pool).toBe(keep.id);
    // Same instant: the held units are not re-read, yet the second half-pool job must not fit.
    await t.call(t.tokens.member, 'POST', '/v1/jobs', big);
    expect(await t.platform.placement.placePending()).toEqual({ placed: 0, held: 0, routed: 0, waiting: 1, failed: 0, unplacedBy: { capacity: 1 } });
    // When the first job ends, its units come back at the next refresh.
    await t.platform.store.jobs.transition([{ id: first.body.id, from: ['placed'], to: 'cancelled' }], t.clock.now());
    t.clock.advance(5000);
    expect(await t.platform.placement.placePending()).toEqual({ placed: 1, held: 0, routed: 0, waiting: 0, failed: 0, unplacedBy: {} });
  });
});

describe('where agents run: data centers never heard from, and those a job was lost from', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await testPlatform('sqlite', { requireReport: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('places nothing on a data center that never reported once another has, and never places a job again where it was lost', async () => {
    const live = await t.platform.network.require();
    const intelligent = live.ctx.pools.filter((p) => p.class === 'intelligent');
    // Before any data center reports, the platform has no agents: it places as it always did.
    const first = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
    await t.platform.placement.placePending();
    const cheapest = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${first.body.id}`)).body.placement.dataCenter as string;
    await t.call(t.tokens.member, 'POST', `/v1/jobs/${first.body.id}/cancel`);
    // Two data centers report; the cheapest of all is not one of them.
    const [x, y] = [...new Set(intelligent.map((p) => p.dataCenterId))].filter((d) => d !== cheapest) as [string, string];
    for (const dc of [x, y]) await t.platform.store.telemetry.ingest([], [{ dataCenterId: dc, at: t.clock.now(), powerKw: 1 }]);
    const job = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
    await t.platform.placement.placePending();
    const placed = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.body.id}`)).body;
    expect([x, y]).toContain(placed.placement.dataCenter);
    const lostAt = placed.placement.dataCenter as string;
    const other = lostAt === x ? y : x;
    // Its data center goes silent past the agent timeout: the job is lost and placed again, on the other one.
    await t.platform.store.agents.beat(lostAt, 'agent', t.clock.now());
    t.clock.advance(31_000);
    await t.platform.store.telemetry.ingest([], [{ dataCenterId: other, at: t.clock.now(), powerKw: 1 }]);
    expect((await failOverSilentDataCenters(t.platform.store, t.clock, 30_000, 3)).requeued).toBe(1);
    // Even once it reports again, the data center it was lost from is closed to this job.
    await t.platform.store.telemetry.ingest([], [{ dataCenterId: lostAt, at: t.clock.now(), powerKw: 1 }]);
    await t.platform.placement.placePending();
    const again = (await t.call(t.tokens.member, 'GET', `/v1/jobs/${job.body.id}`)).body;
    expect(again).toMatchObject({ state: 'placed', placement: { dataCenter: other, epoch: 2 } });
    // A new job may go back there.
    const fresh = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
    await t.platform.placement.placePending();
    expect([x, y]).toContain((await t.call(t.tokens.member, 'GET', `/v1/jobs/${fresh.body.id}`)).body.placement.dataCenter);
    // The alert on the data center that never reported says why it gets nothing.
    t.clock.advance(30_000);
    await t.platform.monitoring.checkAlerts();
    const alerts = (await t.platform.store.alerts.list({ open: true, scopes: [`dc:${cheapest}`], limit: 10 })).map((a) => a.message);
    expect(alerts).toEqual([expect.stringMatching(/has not reported since it was registered; it gets no placements until its agent reports \(requireReport\)$/)]);
  });

  it('moves jobs placed on a data center before any agent reported, once agents report elsewhere and it stays unheard', async () => {
    const u = await testPlatform('sqlite', { requireReport: true });
    try {
      const first = await u.call(u.tokens.member, 'POST', '/v1/jobs', JOB);
      await u.platform.placement.placePending();
      const where = (await u.call(u.tokens.member, 'GET', `/v1/jobs/${first.body.id}`)).body.placement.dataCenter as string;
      const live = await u.platform.network.require();
      const other = live.ctx.pools.find((p) => p.class === 'intelligent' && p.dataCenterId !== where)!.dataCenterId;
      await u.platform.store.telemetry.ingest([], [{ dataCenterId: other, at: u.clock.now(), powerKw: 1 }]);
      // Within the agent timeout the job stays; past it, it moves.
      expect(await failOverSilentDataCenters(u.platform.store, u.clock, 30_000, 3, true)).toEqual({ lost: 0, requeued: 0, failed: 0 });
      u.clock.advance(31_000);
      await u.platform.store.telemetry.ingest([], [{ dataCenterId: other, at: u.clock.now(), powerKw: 1 }]);
      expect(await failOverSilentDataCenters(u.platform.store, u.clock, 30_000, 3, true)).toEqual({ lost: 1, requeued: 1, failed: 0 });
      const lost = (await u.call(u.tokens.member, 'GET', `/v1/jobs/${first.body.id}`)).body;
      expect(lost.events.find((e: { state: string }) => e.state === 'lost').reason).toBe(`data center ${where} has never reported (no agent runs there)`);
      await u.platform.placement.placePending();
      expect((await u.call(u.tokens.member, 'GET', `/v1/jobs/${first.body.id}`)).body).toMatchObject({ state: 'placed', placement: { dataCenter: other, epoch: 2 } });
    } finally {
      await u.close();
    }
  });
});
