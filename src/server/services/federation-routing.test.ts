import { afterEach, describe, expect, it } from 'vitest';
import { testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { Accounts } from '../../core/market/ledger.js';
import { SYSTEM } from './actor.js';
import { chooseRoute } from '../../federation/routing.js';
import type { PlatformHoldings } from '../../federation/routing.js';
import { newKeyPair, signEnvelope } from '../../federation/envelope.js';
import type { Envelope } from '../../federation/envelope.js';

describe('routing between platforms', () => {
  let parent: TestPlatform;
  afterEach(async () => {
    await parent?.close();
  });

  it('refuses a route that would loop, answering down with its failure', async () => {
    parent = await testPlatform('sqlite', { platformId: 'national' });
    const child = newKeyPair();
    await parent.call(parent.tokens.admin, 'POST', '/v1/federation/children', { id: 'hub-west', role: 'hub', publicKey: child.publicKey });
    const live = await parent.platform.network.require();
    const req = {
      globalId: 'hub-west:job_1', job: { id: 'job_1', submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 1, durationS: 60, latency: 'batch', dataGb: 0 },
      origin: live.net.origins.get('shanghai'), network: live.scenario.network, carbonPrice: 0, unplacedPenalty: 0, visited: ['hub-west', 'national'], reason: 'test',
    };
    const now = parent.clock.now();
    const r = await parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [signEnvelope({ from: 'hub-west', to: 'national', seq: 1, at: now, kind: 'route', body: { data: req, createdAt: now } }, child.privateKey)] });
    expect(r.body.applied).toBe(1);
    expect(r.body.down).toHaveLength(1);
    expect(r.body.down[0]).toMatchObject({ from: 'national', to: 'hub-west', kind: 'route-status', body: { globalId: 'hub-west:job_1', state: 'failed', reason: 'routing stopped at national: the job has been here before' } });
    // Acknowledged, it is not sent again.
    const again = await parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [signEnvelope({ from: 'hub-west', to: 'national', seq: 2, at: now, kind: 'summary', body: { data: null, createdAt: now } }, child.privateKey)], ack: r.body.down[0].seq });
    expect(again.body.down).toBeUndefined();
  });

  it('runs a routed job on one of its own data centers when that is the best choice, bound by its own green policy', async () => {
    parent = await testPlatform('sqlite', { platformId: 'national' });
    const child = newKeyPair();
    await parent.call(parent.tokens.admin, 'POST', '/v1/federation/children', { id: 'hub-east', role: 'hub', publicKey: child.publicKey });
    expect((await parent.call(parent.tokens.admin, 'POST', '/v1/federation/policies', { batchMinGreenShare: 0.85 })).status).toBe(200);
    const live = await parent.platform.network.require();
    const req = {
      globalId: 'hub-east:job_9', job: { id: 'job_9', submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 8, durationS: 600, latency: 'batch', dataGb: 0 },
      origin: live.net.origins.get('shanghai'), network: live.scenario.network, carbonPrice: 0, unplacedPenalty: 0, visited: ['hub-east'], reason: 'no pool left after the green check',
    };
    const now = parent.clock.now();
    const r = await parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [signEnvelope({ from: 'hub-east', to: 'national', seq: 1, at: now, kind: 'route', body: { data: req, createdAt: now } }, child.privateKey)] });
    expect(r.body.applied).toBe(1);
    await parent.platform.federation.routing.round();
    // No child holds a data center: the national platform runs it itself, under the tenant "federation", pinned where it chose.
    const route = await parent.platform.store.federation.route('hub-east:job_9');
    expect(route).toMatchObject({ role: 'executor', fromPeer: 'hub-east', state: 'pending', localJobId: expect.stringMatching(/^job_/) });
    const job = (await parent.platform.store.jobs.get(route!.localJobId!))!;
    expect(job).toMatchObject({ tenantId: 'federation', state: 'pending', units: 8 });
    const pinned = job.spec.route as { platform: string; dataCenter: string; pool: string };
    expect(pinned.platform).toBe('national');
    // The batch job runs on at least 85% green power: the policy of the platform that placed it.
    expect(live.dataCenters.get(pinned.dataCenter)!.greenShare).toBeGreaterThanOrEqual(0.85);
    // Its news goes down to the platform it came from, once it has one.
    await parent.platform.placement.placePending();
    expect((await parent.platform.store.jobs.get(job.id))).toMatchObject({ state: 'placed', dataCenterId: pinned.dataCenter, poolId: pinned.pool });
    await parent.platform.federation.routing.round();
    const again = await parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [signEnvelope({ from: 'hub-east', to: 'national', seq: 2, at: now, kind: 'summary', body: { data: null, createdAt: now } }, child.privateKey)] });
    expect(again.body.down).toEqual([expect.objectContaining({ kind: 'route-status', body: expect.objectContaining({ globalId: 'hub-east:job_9', state: 'placed', platform: 'national', dataCenter: pinned.dataCenter }) })]);
  });

  it('chooses among platforms not yet visited, on their capacity less the share in use', () => {
    const hubs = [{ id: 'w', name: 'West', side: 'west' as const, national: true }];
    const dc = (id: string, units: number) => ({
      id, name: id, hubId: 'w', province: 'P', lat: 36, lon: 104, pue: 1.2, electricityPrice: 3000, greenShare: 0.5, gridFactor: 0.6, racks: { built: 1, inUse: 0 },
      pools: [{ id: 'g', key: `${id}/g`, dataCenterId: id, class: 'intelligent' as const, model: 'A100', units, unitTflops: 312, unitPowerKw: 0.4, price: 50_000 }],
    });
    const req = {
      globalId: 'a:job', job: { id: 'job', submitAt: 0, origin: 'o', class: 'intelligent' as const, units: 8, durationS: 3600, latency: 'batch' as const, dataGb: 0 },
      origin: { id: 'o', name: 'O', province: 'P', lat: 31, lon: 121, weight: 1 },
      network: { fiberKmPerMs: 200, routeFactor: 1.5, overheadMs: 1, transferPricePerGb: 0, latencyOverrides: [] },
      carbonPrice: 0, unplacedPenalty: 1_000_000, visited: ['a'], reason: 'test',
    };
    const holdings: PlatformHoldings[] = [
      { platformId: 'a', via: 'a', hubs, dataCenters: [dc('a1', 100)], fill: {} },
      { platformId: 'b', via: 'b', hubs, dataCenters: [dc('b1', 10)], fill: { intelligent: 0.5 } },
      { platformId: 'c', via: 'b', hubs, dataCenters: [dc('c1', 10)], fill: {} },
    ];
    const r = chooseRoute(req, holdings);
    // a is visited; b has 5 of 10 free (too few for 8); c, below b, has 10.
    expect(r.choice).toMatchObject({ platformId: 'c', via: 'b', dataCenterId: 'c1', poolId: 'g' });
    expect(chooseRoute({ ...req, visited: ['a', 'c'] }, holdings).choice).toBeUndefined();
  });
});

describe('settling with a peer platform', () => {
  let t: TestPlatform;
  afterEach(async () => {
    await t?.close();
  });

  it('records payments between platforms against what routed jobs left owing', async () => {
    t = await testPlatform('sqlite');
    await t.platform.ledger.post(SYSTEM, { kind: 'capture', target: 'test', postings: [{ account: Accounts.peer('hub-west'), amount: -120_000 }, { account: Accounts.commission(), amount: 120_000 }] });
    const r = await t.call(t.tokens.admin, 'POST', '/v1/ledger/peers/hub-west/settlements', { amount: '12', direction: 'received', reference: 'wire 7' }, { 'idempotency-key': 's1' });
    expect(r.status).toBe(201);
    expect(r.body.balance).toEqual({ yuan: '0', minor: 0 });
    expect((await t.call(t.tokens.admin, 'POST', '/v1/ledger/peers/hub-west/settlements', { amount: '12', direction: 'received', reference: 'wire 7' }, { 'idempotency-key': 's1' })).status).toBe(200);
    expect((await t.call(t.tokens.admin, 'POST', '/v1/ledger/peers/nobody/settlements', { amount: 1, direction: 'paid' })).status).toBe(404);
    const bad = await t.call(t.tokens.admin, 'POST', '/v1/ledger/peers/hub-west/settlements', { amount: 1, direction: 'sideways' });
    expect(bad.body.error.issues[0].path).toBe('direction');
    expect((await t.platform.store.ledger.verify()).ok).toBe(true);
  });
});

describe('commands of routed jobs', () => {
  let child: TestPlatform;
  afterEach(async () => {
    await child?.close();
  });

  for (const accept of [false, true]) {
    it(accept ? 'runs a routed job\'s command where the operator allows it' : 'refuses to run a command routed from another platform by default, and says so to the sender', async () => {
      child = await testPlatform('sqlite', { platformId: 'hub-west', acceptRoutedCommands: accept });
      const parentKey = newKeyPair();
      const now = child.clock.now();
      await child.platform.store.federation.savePeer({ id: 'national', relation: 'parent', role: 'national', publicKey: parentKey.publicKey, status: 'approved', url: 'http://127.0.0.1:9' }, now);
      const live = await child.platform.network.require();
      const pool = live.ctx.pools.find((p) => p.class === 'general')!;
      const req = {
        globalId: 'hub-east:job_1', job: { id: 'job_1', submitAt: 0, origin: 'shanghai', class: 'general', units: 1, durationS: 60, latency: 'batch', dataGb: 0 },
        origin: live.net.origins.get('shanghai'), network: live.scenario.network, carbonPrice: 0, unplacedPenalty: 0, visited: ['hub-east', 'national'], reason: 'test',
        run: { command: 'cat /etc/shadow' },
      };
      const down = signEnvelope({ from: 'national', to: 'hub-west', seq: 1, at: now, kind: 'job', body: { req, target: { platform: 'hub-west', dataCenter: pool.dataCenterId, pool: pool.id } } }, parentKey.privateKey);
      // The parent's downward messages arrive in the answer to an upload; this hands one over as that answer would.
      await child.platform.federation.channel.takeDown([down], 'national');
      const jobs = (await child.call(child.tokens.admin, 'GET', '/v1/jobs?tenant=federation')).body.jobs as { spec: { name: string; command?: string } }[];
      const statuses = (await child.platform.store.federation.outbox(10)).filter((m) => m.kind === 'route-status').map((m) => (m.body as { data: { state: string; reason: string } }).data);
      if (accept) {
        expect(jobs.map((j) => [j.spec.name, j.spec.command])).toEqual([['hub-east:job_1', 'cat /etc/shadow']]);
        expect(statuses).toEqual([]);
      } else {
        expect(jobs).toEqual([]);
        expect(statuses).toEqual([{ globalId: 'hub-east:job_1', state: 'failed', reason: 'hub-west does not run commands routed from other platforms (acceptRoutedCommands is off)' }]);
      }
    });
  }
});

describe('news of a routed job', () => {
  let origin: TestPlatform;
  afterEach(async () => {
    await origin?.close();
  });

  it('follows the executing platform\'s reports in order, and a late report does not move the job back', async () => {
    origin = await testPlatform('sqlite', { platformId: 'hub-east' });
    const parentKey = newKeyPair();
    const now = origin.clock.now();
    await origin.platform.store.federation.savePeer({ id: 'national', relation: 'parent', role: 'national', publicKey: parentKey.publicKey, status: 'approved', url: 'http://127.0.0.1:9' }, now);
    const id = (await origin.call(origin.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'general', units: 1, durationS: 60, latency: 'batch' })).body.id as string;
    const job = (await origin.platform.store.jobs.get(id))!;
    expect(await origin.platform.federation.routing.routeUp(job, 'no room here')).toBe(true);
    let seq = 0;
    const news = (state: string, extra: Record<string, unknown> = {}): Envelope =>
      signEnvelope({ from: 'national', to: 'hub-east', seq: ++seq, at: now, kind: 'route-status', body: { globalId: `hub-east:${id}`, state, platform: 'hub-west', dataCenter: 'dc-1', ...extra } }, parentKey.privateKey);
    const state = async () => ({ job: (await origin.platform.store.jobs.get(id))!.state, route: (await origin.platform.store.federation.route(`hub-east:${id}`))!.state });
    expect(await state()).toEqual({ job: 'routed', route: 'sent' });
    await origin.platform.federation.channel.takeDown([news('running')], 'national');
    expect(await state()).toEqual({ job: 'running', route: 'running' });
    await origin.platform.federation.channel.takeDown([news('succeeded', { unitSeconds: 60 })], 'national');
    expect(await state()).toEqual({ job: 'succeeded', route: 'succeeded' });
    // A report that arrives late, or one that would move a finished job back, is stale: nothing changes.
    await origin.platform.federation.channel.takeDown([news('running'), news('placed'), news('failed', { reason: 'late' })], 'national');
    expect(await state()).toEqual({ job: 'succeeded', route: 'succeeded' });
  });
});
