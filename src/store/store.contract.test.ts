import { mergeRollupUploads } from '../federation/protocol.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../core/errors.js';
import { Accounts } from '../core/market/ledger.js';
import { OutsideTransactionError } from './db.js';
import { ENGINES, freshStore } from '../../test/databases.js';
import type { Store } from './store.js';
import type { NewJob } from './repositories/job.repository.js';

const T0 = 1_700_000_000_000;

function newJob(id: string, over: Partial<NewJob> = {}): NewJob {
  return { id, tenantId: 'acme', bodyHash: `h-${id}`, spec: { id, units: 2 }, class: 'intelligent', origin: 'shanghai', units: 2, ...over };
}

describe.each(ENGINES)('store contract on %s', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await freshStore(engine, T0);
  });
  afterEach(async () => {
    await store.close();
  });

  it('refuses a call on the database itself inside an open transaction, on either engine; its handle works, and so does the database after it', async () => {
    const later: Promise<number>[] = [];
    await store.db.transaction(async (tx) => {
      await expect(store.db.one('SELECT 1 AS one')).rejects.toThrow(OutsideTransactionError);
      await expect(store.db.transaction(async () => 1)).rejects.toThrow(OutsideTransactionError);
      await expect(store.network.latestVersion()).rejects.toThrow(OutsideTransactionError);
      expect(await store.network.latestVersion(tx)).toBe(0);
      expect(Number((await tx.one<{ one: number }>('SELECT 1 AS one'))!.one)).toBe(1);
      // A transaction inside the transaction is part of it.
      expect(await tx.transaction(async (inner) => Number((await inner.one<{ n: number }>('SELECT 2 AS n'))!.n))).toBe(2);
      // Work started here that goes on after the commit is not inside it any more.
      later.push(new Promise((r) => setTimeout(r, 20)).then(async () => Number((await store.db.one<{ n: number }>('SELECT 3 AS n'))!.n)));
    });
    expect(await Promise.all(later)).toEqual([3]);
    expect(Number((await store.db.one<{ one: number }>('SELECT 1 AS one'))!.one)).toBe(1);
  });

  it('keeps an account at its floor under concurrent debits: exactly the ones that fit are posted', async () => {
    const available = Accounts.available('acme');
    await store.ledger.post({ id: 'tx-top', kind: 'top-up', at: T0, actor: 't', postings: [{ account: Accounts.external(), amount: -1000 }, { account: available, amount: 1000 }] });
    const debit = (i: number) => store.ledger.post({
      id: `tx-d${i}`, kind: 'hold', at: T0, actor: 't', floors: { [available.id]: 0 },
      postings: [{ account: available, amount: -300 }, { account: Accounts.held('acme'), amount: 300 }],
    }).then(() => 'posted', (e: Error) => e.constructor.name);
    const outcomes = await Promise.all([0, 1, 2, 3, 4].map(debit));
    expect(outcomes.filter((o) => o === 'posted')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'PaymentRequiredError')).toHaveLength(2);
    expect(await store.ledger.balance(available.id)).toBe(100);
    expect((await store.ledger.verify()).ok).toBe(true);
  });

  it('sells no more of an offer than its quantity under concurrent takes, and changes it only at the version read', async () => {
    const offer = await store.market.createOffer({
      id: 'off-1', dataCenterId: 'qy-a', poolId: 'a100', class: 'intelligent', model: 'A100', mode: 'on-demand', price: 60_000, quantity: 10,
      validFrom: T0, validTo: T0 + 86_400_000, createdBy: 't', createdAt: T0,
    });
    const takes = await Promise.all(Array.from({ length: 8 }, () => store.db.transaction((tx) => store.market.takeUnits(offer.id, 3, tx))));
    expect(takes.filter(Boolean)).toHaveLength(3);
    expect((await store.market.offer(offer.id))!.sold).toBe(9);
    // Two changes read at the same version: the first applies, the second finds the version moved on.
    expect(await store.market.updateOffer(offer.id, offer.version, { price: 55_000 }, T0 + 1)).toBe(true);
    expect(await store.market.updateOffer(offer.id, offer.version, { price: 50_000 }, T0 + 2)).toBe(false);
    // The quantity cannot fall below what is sold.
    expect(await store.market.updateOffer(offer.id, offer.version + 1, { quantity: 8 }, T0 + 3)).toBe(false);
    expect((await store.market.offer(offer.id))).toMatchObject({ price: 55_000, quantity: 10, sold: 9 });
  });

  it('keeps one join request per child: a repeated request replaces its key, approval is kept, and only a pending one can be dropped', async () => {
    await Promise.all(['key-a', 'key-b', 'key-c'].map((k) => store.federation.savePeer({ id: 'west-1', relation: 'child', role: 'regional', publicKey: k, status: 'pending' }, T0)));
    const pending = (await store.federation.peers('child')).filter((p) => p.id === 'west-1');
    expect(pending).toHaveLength(1);
    expect(['key-a', 'key-b', 'key-c']).toContain(pending[0]!.publicKey);
    await store.federation.savePeer({ id: 'west-1', relation: 'child', role: 'regional', publicKey: pending[0]!.publicKey, status: 'approved' }, T0 + 1);
    await store.federation.deletePeer('west-1');
    expect((await store.federation.peer('west-1'))!.status).toBe('approved');
    await store.federation.savePeer({ id: 'west-2', relation: 'child', role: 'regional', publicKey: 'k', status: 'pending' }, T0);
    await store.federation.deletePeer('west-2');
    expect(await store.federation.peer('west-2')).toBeUndefined();
  });

  it("keeps one last part of a job's output, replaced by the next upload, text and byte counts as they were", async () => {
    await store.jobs.submit(newJob('j-out'), T0);
    expect(await store.jobs.output('j-out')).toBeUndefined();
    await store.jobs.saveOutput('j-out', { epoch: 1, stdout: { tail: 'loss 0.5\n', bytes: 9 }, stderr: { tail: '', bytes: 0 } }, T0 + 1);
    await store.jobs.saveOutput('j-out', { epoch: 2, stdout: { tail: '步 2: loss 0.4\n\u0007\u001b[31m', bytes: 5_000_000_000 }, stderr: { tail: 'warn\n', bytes: 5 } }, T0 + 2);
    expect(await store.jobs.output('j-out')).toEqual({ epoch: 2, stdout: { tail: '步 2: loss 0.4\n\u0007\u001b[31m', bytes: 5_000_000_000 }, stderr: { tail: 'warn\n', bytes: 5 }, updatedAt: T0 + 2 });
  });

  it('migrates once: a second run applies nothing', async () => {
    expect(await store.migrate(T0 + 1)).toEqual([]);
    const rows = await store.db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => Number(r.version))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('upgrades a database of the first release to the market schema, keeping its jobs', async () => {
    // A database as the first release left it: migration 1 only, with a job in it.
    await store.db.exec('DROP TABLE postings; DROP TABLE ledger_transactions; DROP TABLE accounts; DROP TABLE order_events; DROP TABLE orders; DROP TABLE offers; DROP INDEX jobs_by_order');
    await store.db.exec('ALTER TABLE jobs DROP COLUMN order_id');
    await store.db.run('DELETE FROM schema_migrations WHERE version = 2');
    await store.db.run("INSERT INTO jobs (id, tenant_id, body_hash, spec, class, origin, units, state, created_at, updated_at) VALUES ('old-job', 'acme', 'h', '{}', 'general', 'shanghai', 1, 'pending', ?, ?)", [T0, T0]);
    expect(await store.migrate(T0 + 5)).toEqual([2]);
    const job = await store.jobs.get('old-job');
    expect(job?.state).toBe('pending');
    expect(job?.orderId).toBeUndefined();
    expect((await store.ledger.verify()).ok).toBe(true);
  });

  it('keeps concurrent transactions apart: each reads and writes as if alone', async () => {
    // Each transaction reads the audit head and appends after it, awaiting in between; interleaved, two would take one seq.
    // They start at different moments, so that some begin while others are inside theirs.
    await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i % 4));
      await store.db.transaction(async (tx) => {
        await new Promise((r) => setTimeout(r, 1));
        await store.audit.append([{ at: T0 + i, actor: 'test', action: 'test.concurrent', target: `t${i}`, source: 'test' }], tx);
        await new Promise((r) => setImmediate(r));
      });
    }));
    const check = await store.audit.verify();
    expect(check).toMatchObject({ entries: 20, ok: true });
    // A transaction that fails leaves nothing, even while others run beside it.
    const results = await Promise.allSettled(Array.from({ length: 6 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i));
      await store.db.transaction(async (tx) => {
        await tx.run('INSERT INTO watermarks (name, value) VALUES (?, ?)', [`w${i}`, i]);
        await new Promise((r) => setTimeout(r, 3));
        if (i % 2 === 1) throw new Error('fails');
      });
    }));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(3);
    const rows = await store.db.all<{ name: string }>('SELECT name FROM watermarks ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(['w0', 'w2', 'w4']);
  });

  it('bounds the federation outbox by folding old summaries into newer ones, counting them', async () => {
    await store.federation.enqueue('inventory', { v: 1 }, T0);
    for (let i = 0; i < 9; i++) await store.federation.enqueue('summary', { i }, T0 + i);
    expect(await store.federation.compact('summary', 4)).toBe(6);
    const left = await store.federation.outbox(100);
    expect(left.map((m) => [m.kind, m.compacted])).toEqual([['inventory', 0], ['summary', 6], ['summary', 0], ['summary', 0]]);
    expect((left[1]!.body as { i: number }).i).toBe(6);
    // Folded again later, the count carries over: nothing is dropped without the parent learning of it.
    for (let i = 9; i < 12; i++) await store.federation.enqueue('summary', { i }, T0 + i);
    await store.federation.compact('summary', 4);
    const again = await store.federation.outbox(100);
    expect(again.reduce((s, m) => s + m.compacted + 1, 0)).toBe(13);
    await store.federation.acknowledge(again[1]!.seq);
    expect((await store.federation.outbox(100)).map((m) => m.seq)).toEqual(again.slice(2).map((m) => m.seq));
  });

  it('loses no message when uploads are queued and compacted at the same time', async () => {
    // Summaries queued while compactions run: every one is either still queued or counted in a kept message's `compacted`.
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      work.push(store.federation.enqueue('summary', { i }, T0 + i));
      if (i % 5 === 4) work.push(store.federation.compact('summary', 6));
    }
    await Promise.all(work);
    await store.federation.compact('summary', 6);
    const left = await store.federation.outbox(100);
    expect(left.length).toBeLessThanOrEqual(6);
    expect(left.reduce((s, m) => s + 1 + m.compacted, 0)).toBe(40);
    // Concurrent uploads get sequence numbers in no set order, but every number is kept or counted, and none twice.
    expect(left.map((m) => m.seq)).toEqual([...left.map((m) => m.seq)].sort((a, b) => a - b));
    expect(new Set(left.map((m) => (m.body as { i: number }).i)).size).toBe(left.length);
  });

  it('bounds the federation outbox by merging queued rollups, the later figure of each bucket winning', async () => {
    const row = (bucket: number, value: number) => ({ metric: 'power_kw', step: 60, bucket, value, min: value, max: value, samples: 1 });
    await store.federation.enqueue('summary', { s: 1 }, T0);
    for (let i = 0; i < 6; i++) await store.federation.enqueue('rollups', { data: { rows: [row(i, i), row(0, 100 + i)] }, createdAt: T0 + i }, T0 + i);
    expect(await store.federation.fold('rollups', 3, mergeRollupUploads)).toBe(4);
    const left = await store.federation.outbox(100);
    expect(left.map((m) => [m.kind, m.compacted])).toEqual([['summary', 0], ['rollups', 0], ['rollups', 0]]);
    // The merged message holds every bucket of the five it replaced, each with its latest figure.
    const merged = (left[1]!.body as { data: { rows: { bucket: number; value: number }[] }; createdAt: number });
    expect(merged.data.rows.map((r) => [r.bucket, r.value]).sort((a, b) => a[0]! - b[0]!)).toEqual([[0, 104], [1, 1], [2, 2], [3, 3], [4, 4]]);
    expect(merged.createdAt).toBe(T0 + 4);
    expect(await store.federation.fold('rollups', 3, mergeRollupUploads)).toBe(0);
  });

  it('keeps tenants unique and finds tokens by hash until revoked', async () => {
    await store.identity.createTenant({ id: 'acme', name: 'Acme' }, T0);
    await expect(store.identity.createTenant({ id: 'acme', name: 'Again' }, T0)).rejects.toBeInstanceOf(ConflictError);
    const user = await store.identity.createUser({ id: 'u1', name: 'Ops team', role: 'dc-operator', dataCenters: ['dc-a', 'dc-b'] }, T0);
    await store.identity.createUser({ id: 'u2', name: 'Dev', role: 'tenant-member', tenantId: 'acme' }, T0);
    expect(await store.identity.getUser('u1')).toEqual(user);
    expect((await store.identity.listUsers({ tenantId: 'acme', limit: 10 })).map((u) => u.id)).toEqual(['u2']);
    expect((await store.identity.listUsers({ after: 'u1', limit: 10 })).map((u) => u.id)).toEqual(['u2']);
    await store.identity.createToken({ id: 'tok1', hash: 'abc', name: 'ops laptop', user }, T0);
    expect(await store.identity.tokenByHash('abc')).toEqual({ id: 'tok1', userId: 'u1', name: 'ops laptop', role: 'dc-operator', dataCenters: ['dc-a', 'dc-b'], createdAt: T0 });
    expect(await store.identity.revokeToken('tok1', T0 + 5)).toBe(true);
    expect(await store.identity.revokeToken('tok1', T0 + 6)).toBe(false);
    expect((await store.identity.tokenByHash('abc'))?.revokedAt).toBe(T0 + 5);
    expect(await store.identity.tokenByHash('nope')).toBeUndefined();
  });

  it('versions the network and refuses a save based on a stale version', async () => {
    expect(await store.network.latest()).toBeUndefined();
    expect(await store.network.save({ name: 'a' }, 0, 'admin', T0)).toBe(1);
    expect(await store.network.save({ name: 'b' }, 1, 'admin', T0)).toBe(2);
    await expect(store.network.save({ name: 'c' }, 1, 'admin', T0)).rejects.toThrow('the network changed (now version 2, expected 1); retry');
    expect(await store.network.latest()).toMatchObject({ version: 2, document: { name: 'b' } });
  });

  it('honours idempotency keys: same body returns the same job, another body is a conflict', async () => {
    const a = await store.jobs.submit(newJob('j1', { idempotencyKey: 'k1', bodyHash: 'same' }), T0);
    const b = await store.jobs.submit(newJob('j2', { idempotencyKey: 'k1', bodyHash: 'same' }), T0 + 1);
    expect(a.created).toBe(true);
    expect(b).toMatchObject({ created: false, job: { id: 'j1', state: 'pending' } });
    await expect(store.jobs.submit(newJob('j3', { idempotencyKey: 'k1', bodyHash: 'other' }), T0 + 2))
      .rejects.toThrow('Idempotency-Key "k1" was already used for job j1 with a different body');
    // Another tenant may use the same key.
    expect((await store.jobs.submit(newJob('j4', { tenantId: 'other', idempotencyKey: 'k1' }), T0)).created).toBe(true);
    expect((await store.jobs.list({ limit: 10 })).map((j) => j.id).sort()).toEqual(['j1', 'j4']);
  });

  it('stores concurrent submissions exactly once', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
    await Promise.all(ids.map((id) => store.jobs.submit(newJob(id), T0)));
    const sameKey = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.jobs.submit(newJob(`dup${i}`, { idempotencyKey: 'once', bodyHash: 'x' }), T0)));
    const made = new Set(sameKey.flatMap((r) => (r.status === 'fulfilled' ? [r.value.job.id] : [])));
    expect(made.size).toBe(1);
    expect((await store.jobs.countByState()).pending).toBe(41);
  });

  it('pages jobs newest first with a cursor and filters by state, tenant and data center', async () => {
    for (let i = 1; i <= 7; i++) await store.jobs.submit(newJob(`p${i}`, { tenantId: i % 2 ? 'odd' : 'even' }), T0 + i);
    const first = await store.jobs.list({ limit: 3 });
    expect(first.map((j) => j.id)).toEqual(['p7', 'p6', 'p5']);
    const second = await store.jobs.list({ limit: 3, before: first.at(-1)!.seq });
    expect(second.map((j) => j.id)).toEqual(['p4', 'p3', 'p2']);
    expect((await store.jobs.list({ limit: 10, tenantId: 'even' })).map((j) => j.id)).toEqual(['p6', 'p4', 'p2']);
    await store.jobs.transition([{ id: 'p3', from: ['pending'], to: 'placed', placement: { dataCenterId: 'dc-a', poolId: 'gpu', cost: 1234, explanation: { winner: 'dc-a/gpu' } } }], T0 + 20);
    expect((await store.jobs.list({ limit: 10, state: 'placed' })).map((j) => j.id)).toEqual(['p3']);
    expect((await store.jobs.list({ limit: 10, dataCenterId: 'dc-a' })).map((j) => j.id)).toEqual(['p3']);
    expect(await store.jobs.list({ limit: 10, dataCenters: [] })).toEqual([]);
    expect((await store.jobs.pending(2)).map((j) => j.id)).toEqual(['p1', 'p2']);
  });

  it('moves a job only from allowed states, raises the epoch on placement and fences stale reports', async () => {
    await store.jobs.submit(newJob('f1'), T0);
    const placed = await store.jobs.transition([{ id: 'f1', from: ['pending'], to: 'placed', reason: 'engine', placement: { dataCenterId: 'dc-a', poolId: 'gpu', cost: 99, explanation: {} } }], T0 + 1);
    expect(placed).toHaveLength(1);
    expect(await store.jobs.transition([{ id: 'f1', from: ['pending'], to: 'placed' }], T0 + 2)).toEqual([]);
    expect(await store.jobs.transition([{ id: 'f1', from: ['placed'], to: 'running', epoch: 0 }], T0 + 3)).toEqual([]);
    expect(await store.jobs.transition([{ id: 'f1', from: ['placed'], to: 'running', epoch: 1 }], T0 + 4)).toHaveLength(1);
    expect(await store.jobs.unitsHeld()).toEqual([{ dataCenterId: 'dc-a', poolId: 'gpu', units: 2 }]);
    await store.jobs.transition([{ id: 'f1', from: ['running'], to: 'succeeded', reason: 'exit 0' }], T0 + 9);
    const job = await store.jobs.get('f1');
    expect(job).toMatchObject({ state: 'succeeded', epoch: 1, attempts: 1, dataCenterId: 'dc-a', cost: 99, startedAt: T0 + 4, endedAt: T0 + 9 });
    expect(await store.jobs.events('f1')).toEqual([
      { state: 'pending', at: T0, reason: 'submitted' },
      { state: 'placed', at: T0 + 1, reason: 'engine' },
      { state: 'running', at: T0 + 4 },
      { state: 'succeeded', at: T0 + 9, reason: 'exit 0' },
    ]);
    expect(await store.jobs.unitsHeld()).toEqual([]);
  });

  it('ingests telemetry, keeps the latest value moving forward only, and rolls up by watermark', async () => {
    await store.telemetry.ingest(
      [
        { dataCenterId: 'dc-a', poolId: 'gpu', at: T0 + 60_000, unitsInUse: 10, utilisation: 0.5 },
        { dataCenterId: 'dc-a', poolId: 'gpu', at: T0 + 1_000, unitsInUse: 4 },
      ],
      [{ dataCenterId: 'dc-a', at: T0 + 60_000, powerKw: 500, pue: 1.2, greenShare: 0.6 }],
    );
    await store.telemetry.ingest([{ dataCenterId: 'dc-a', poolId: 'gpu', at: T0, unitsInUse: 1 }], []);
    expect(await store.telemetry.poolLatest()).toEqual([{ dataCenterId: 'dc-a', poolId: 'gpu', at: T0 + 60_000, unitsInUse: 10, utilisation: 0.5 }]);
    expect(await store.telemetry.dataCenterLatest()).toEqual([{ dataCenterId: 'dc-a', at: T0 + 60_000, powerKw: 500, pue: 1.2, greenShare: 0.6 }]);
    const touched = await store.telemetry.touchedMinutes(0, 0);
    const m0 = Math.floor(T0 / 60_000) * 60_000;
    expect(touched.minutes).toEqual([m0, m0 + 60_000]);
    expect(touched.poolMark).toBe(3);
    expect(touched.dcMark).toBe(1);
    expect((await store.telemetry.touchedMinutes(3, 1)).minutes).toEqual([]);
    expect(await store.telemetry.poolSamplesBetween(m0, m0 + 60_000)).toHaveLength(2);
    await store.telemetry.putRollups([{ scope: 'dc:dc-a', metric: 'power_kw', step: 60, bucket: m0, value: 500, min: 500, max: 500, samples: 1 }], { rollup_pool: 3 });
    await store.telemetry.putRollups([{ scope: 'dc:dc-a', metric: 'power_kw', step: 60, bucket: m0, value: 450, min: 400, max: 500, samples: 2 }]);
    expect(await store.telemetry.series('dc:dc-a', 'power_kw', 60, m0, m0 + 1)).toEqual([{ scope: 'dc:dc-a', metric: 'power_kw', step: 60, bucket: m0, value: 450, min: 400, max: 500, samples: 2 }]);
    expect(await store.telemetry.watermark('rollup_pool')).toBe(3);
    expect(await store.telemetry.prune(T0 + 30_000)).toBe(2);
  });

  it('raises and clears alerts to match what is wanted', async () => {
    const stale = { key: 'stale:dc:a', kind: 'stale' as const, scope: 'dc:a', message: 'dc a silent' };
    expect(await store.alerts.reconcile([stale], T0, ['stale'])).toEqual({ raised: ['stale:dc:a'], cleared: [] });
    expect(await store.alerts.reconcile([stale], T0 + 1, ['stale'])).toEqual({ raised: [], cleared: [] });
    expect(await store.alerts.reconcile([], T0 + 2, ['stale'])).toEqual({ raised: [], cleared: ['stale:dc:a'] });
    const all = await store.alerts.list({ limit: 10 });
    expect(all).toEqual([{ id: 1, key: 'stale:dc:a', kind: 'stale', scope: 'dc:a', message: 'dc a silent', raisedAt: T0, clearedAt: T0 + 2 }]);
    expect(await store.alerts.list({ open: true, limit: 10 })).toEqual([]);
  });

  it('chains the audit log and finds an edited or removed entry', async () => {
    for (let i = 0; i < 5; i++) {
      await store.audit.append([{ at: T0 + i, actor: 'tok1', action: 'POST /v1/jobs', target: `j${i}`, source: '127.0.0.1', detail: { units: i } }]);
    }
    expect(await store.audit.verify()).toMatchObject({ entries: 5, ok: true });
    await store.db.run("UPDATE audit_log SET detail = '{\"units\":40}' WHERE seq = 3");
    expect(await store.audit.verify()).toMatchObject({ ok: false, entries: 2, broken: { seq: 3, problem: 'its contents do not match its hash (edited)' } });
    await store.db.run('DELETE FROM audit_log WHERE seq = 3');
    expect(await store.audit.verify()).toMatchObject({ ok: false, broken: { seq: 4, problem: 'expected entry 3 next, found 4 (entries removed)' } });
  });

  it('appends concurrent audit entries into one unbroken chain', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.audit.append([{ at: T0, actor: 'a', action: 'x', target: `t${i}`, source: 'internal' }])));
    expect(await store.audit.verify()).toMatchObject({ entries: 30, ok: true });
  });
});

describe.each(ENGINES)('group commit on %s', (engine) => {
  it('commits concurrent writes together, each succeeding or failing alone', async () => {
    const { GroupCommit } = await import('./group-commit.js');
    const store = await freshStore(engine, T0);
    try {
      const g = new GroupCommit(store.db, 8);
      const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => g.write(async (tx) => {
        const r = await store.jobs.submit(newJob(`g${i}`, { idempotencyKey: i % 10 === 0 ? 'shared' : `k${i}`, bodyHash: i % 10 === 0 ? `b${i}` : 'x' }), T0, tx);
        if (i === 7) throw new Error('this one fails after writing');
        return r.job.id;
      })));
      const ok = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<string>).value);
      const failed = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason.message));
      // g0 takes the shared key; g10 and g20 reuse it with another body; g7 rolls back alone.
      expect(failed.sort()).toEqual([
        'Idempotency-Key "shared" was already used for job g0 with a different body',
        'Idempotency-Key "shared" was already used for job g0 with a different body',
        'this one fails after writing',
      ]);
      expect(ok).toHaveLength(27);
      expect(await store.jobs.get('g7')).toBeUndefined();
      expect((await store.jobs.countByState()).pending).toBe(27);
    } finally {
      await store.close();
    }
  });
});
