import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/databases.js';
import { testPlatform } from '../../test/platform.js';
import type { TestPlatform } from '../../test/platform.js';

const JOB = { origin: 'shanghai', class: 'intelligent', units: 8, durationS: 3600, latency: 'batch' };

describe.each(ENGINES)('platform API on %s', (engine) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await testPlatform(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('submits a job, places it with the engine and explains the placement', async () => {
    const sub = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
    expect(sub.status).toBe(201);
    expect(sub.body).toMatchObject({ tenant: 'acme', state: 'pending', spec: { ...JOB, tenant: 'acme' } });
    const round = await t.platform.placement.placePending();
    expect(round).toEqual({ placed: 1, held: 0, routed: 0, waiting: 0, failed: 0, unplacedBy: {} });
    const got = await t.call(t.tokens.member, 'GET', `/v1/jobs/${sub.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body.state).toBe('placed');
    expect(got.body.explanation.policy).toBe('engine');
    expect(got.body.explanation.checkers.find((k: { name: string }) => k.name === 'latency')).toMatchObject({ rule: "one-way latency from the job's origin is within its bound", removed: expect.any(Number) });
    expect(got.body.explanation.winner.pool).toBe(`${got.body.placement.dataCenter}/${got.body.placement.pool}`);
    expect(got.body.placement.costMinor).toBe(got.body.explanation.winner.cost.total);
    expect(got.body.events.map((e: { state: string }) => e.state)).toEqual(['pending', 'placed']);
  });

  it('honours Idempotency-Key: a replay returns the same job, another body is 409', async () => {
    const key = { 'idempotency-key': 'order-42' };
    const a = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB, key);
    const b = await t.call(t.tokens.tenantAdmin, 'POST', '/v1/jobs', JOB, key);
    expect(a.status).toBe(201);
    expect(b.status).toBe(200);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.body.id).toBe(a.body.id);
    // The same job spelled differently (a default written out, keys in another order) is the same request.
    const spelled = Object.fromEntries(Object.entries({ ...JOB, dataGb: 0 }).reverse());
    const d = await t.call(t.tokens.member, 'POST', '/v1/jobs', spelled, key);
    expect(d.status).toBe(200);
    expect(d.body.id).toBe(a.body.id);
    const c = await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, units: 4 }, key);
    expect(c.status).toBe(409);
    expect(c.body.error.message).toBe(`Idempotency-Key "order-42" was already used for job ${a.body.id} with a different body`);
    // Another tenant's key space is its own.
    expect((await t.call(t.tokens.otherTenant, 'POST', '/v1/jobs', JOB, key)).status).toBe(201);
  });

  it('names every bad field of a job and stores nothing', async () => {
    const before = (await t.call(t.tokens.admin, 'GET', '/v1/jobs?limit=500')).body.jobs.length;
    const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'atlantis', class: 'quantum', units: 0, durationS: -1, residency: ['mars'], extra: 1 });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation');
    const paths = r.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['class', 'units', 'durationS', '']));
    expect(r.body.error.issues.find((i: { path: string }) => i.path === '').message).toContain('extra');
    const r2 = await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, origin: 'atlantis', residency: ['mars'] });
    expect(r2.body.error.issues).toEqual([
      { path: 'origin', message: 'unknown origin "atlantis"' },
      { path: 'residency[0]', message: '"mars" is neither a hub id nor the province of any data center' },
    ]);
    expect((await t.call(t.tokens.admin, 'GET', '/v1/jobs?limit=500')).body.jobs.length).toBe(before);
  });

  it('submits a batch all or none, naming jobs[i].field, and replays it under the same key', async () => {
    const bad = await t.call(t.tokens.member, 'POST', '/v1/jobs/batch', { jobs: [JOB, { ...JOB, units: 0 }, { ...JOB, origin: 'atlantis' }] });
    expect(bad.status).toBe(400);
    // The shape of every job is checked first, then each against the network.
    expect(bad.body.error.issues).toEqual([{ path: 'jobs[1].units', message: 'must be at least 1 (got 0)' }]);
    const far = await t.call(t.tokens.member, 'POST', '/v1/jobs/batch', { jobs: [JOB, { ...JOB, origin: 'atlantis' }, { ...JOB, origin: 'mars' }] });
    expect(far.body.error.issues).toEqual([
      { path: 'jobs[1].origin', message: 'unknown origin "atlantis"' },
      { path: 'jobs[2].origin', message: 'unknown origin "mars"' },
    ]);
    const key = { 'idempotency-key': 'batch-7' };
    const ok = await t.call(t.tokens.member, 'POST', '/v1/jobs/batch', { jobs: [JOB, { ...JOB, units: 2 }] }, key);
    expect(ok.status).toBe(201);
    expect(ok.body.created).toBe(2);
    expect(ok.body.jobs.map((j: { spec: { units: number } }) => j.spec.units)).toEqual([8, 2]);
    const again = await t.call(t.tokens.member, 'POST', '/v1/jobs/batch', { jobs: [JOB, { ...JOB, units: 2 }] }, key);
    expect(again.status).toBe(200);
    expect(again.body.jobs.map((j: { id: string }) => j.id)).toEqual(ok.body.jobs.map((j: { id: string }) => j.id));
    // The key covers the whole batch: another batch under it is a conflict, a shorter one too, and nothing is made.
    const before = (await t.call(t.tokens.admin, 'GET', '/v1/jobs?limit=500')).body.jobs.length;
    for (const jobs of [[JOB, { ...JOB, units: 3 }], [JOB], [JOB, { ...JOB, units: 2 }, JOB]]) {
      const other = await t.call(t.tokens.member, 'POST', '/v1/jobs/batch', { jobs }, key);
      expect(other.status).toBe(409);
      expect(other.body.error.message).toBe('Idempotency-Key "batch-7" was already used for a different batch');
    }
    expect((await t.call(t.tokens.admin, 'GET', '/v1/jobs?limit=500')).body.jobs.length).toBe(before);
    // A single job's key never meets a batch element's.
    const single = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB, { 'idempotency-key': 'batch-7#0' });
    expect(single.status).toBe(201);
    expect(ok.body.jobs.map((j: { id: string }) => j.id)).not.toContain(single.body.id);
    const tooMany = await t.call(t.tokens.member, 'POST', '/v1/jobs/batch', { jobs: Array(1001).fill(JOB) });
    expect(tooMany.body.error.issues).toEqual([{ path: 'jobs', message: 'must hold 1 to 1,000 jobs' }]);
  });

  it('fails a job no data center can ever host, naming the rule', async () => {
    const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', { ...JOB, latency: 'realtime', residency: ['Gansu'], origin: 'shanghai' });
    await t.platform.placement.placePending();
    const got = await t.call(t.tokens.member, 'GET', `/v1/jobs/${r.body.id}`);
    expect(got.body.state).toBe('failed');
    expect(got.body.reason).toBe('cannot be placed: no pool left after the residency check');
    expect(got.body.explanation.rejectedBy).toBe('residency');
  });
});
