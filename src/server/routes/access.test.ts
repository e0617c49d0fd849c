import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { readScenarioDocument } from '../../formats/scenario-file.js';
import { NATIONAL } from '../../../test/fixtures.js';
import { Accounts } from '../../core/market/ledger.js';
import { newKeyPair, signEnvelope } from '../../federation/envelope.js';
import { joinRequestEnvelope, joinRequestSchema } from '../../federation/protocol.js';
import { topUpSchema } from '../services/ledger.service.js';
import { offerCreateSchema } from '../services/market/index.js';
import { SYSTEM } from '../services/actor.js';
import { V1_ROUTES } from './v1.js';

type Who = 'admin' | 'regulator' | 'operator' | 'tenantAdmin' | 'member' | 'agent' | 'otherTenant' | 'none';
const WHO: Who[] = ['admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'agent', 'otherTenant', 'none'];

interface Case {
  route: string;
  /** Builds the request for one caller (fresh resources where the call changes state). */
  request(who: Who): Promise<{ url: string; body?: unknown }>;
  /** Expected status per caller; `none` (no token) is always 401. */
  expect: Partial<Record<Who, number>>;
}

describe('every route x every role', () => {
  let t: TestPlatform;
  let ops: string[];
  let pool: string;
  const JOB = { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' };

  /** A job of tenant acme placed at the operator's first data center. */
  async function placedJob(): Promise<{ id: string; epoch: number }> {
    const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', JOB);
    await t.platform.store.jobs.transition([{ id: r.body.id, from: ['pending'], to: 'placed', placement: { dataCenterId: ops[0]!, poolId: pool, cost: 1, explanation: {} } }], t.clock.now());
    return { id: r.body.id, epoch: 1 };
  }

  let offer: string;
  beforeAll(async () => {
    // Every route is called without a token too: failed authentications are not what this suite limits.
    t = await testPlatform('sqlite', { authFailureBurst: 100_000, joinRequestsPerHour: 100_000 });
    ops = await operatorDataCenters(t);
    pool = (await t.platform.network.require()).dataCenters.get(ops[0]!)!.pools[0]!.id;
    offer = (await t.platform.market.offers.create(offerCreateSchema.parse({ dataCenter: ops[0], pool, mode: 'on-demand', price: '1', quantity: 1000 }), SYSTEM)).id;
    for (const tenant of ['acme', 'globex']) await t.platform.ledger.topUp(tenant, topUpSchema.parse({ amount: 100_000 }), SYSTEM);
    // A routed job left this platform owed by a peer platform.
    await t.platform.ledger.post(SYSTEM, { kind: 'capture', target: 'test', postings: [{ account: Accounts.peer('hub-x'), amount: -50_000 }, { account: Accounts.commission(), amount: 50_000 }] });
    // The operator has earned something, so that it can be paid out.
    await t.platform.ledger.post(SYSTEM, { kind: 'adjustment', target: 'test', postings: [{ account: Accounts.commission(), amount: -1000 }, { account: Accounts.operator(ops[0]!), amount: 1000 }] });
  });

  /** A fresh order of acme on the operator's offer. */
  async function acmeOrder(): Promise<string> {
    return (await t.platform.market.orders.create({ offer, units: 1, durationS: 600, tenant: 'acme' }, SYSTEM)).order.id;
  }
  afterAll(async () => {
    await t?.close();
  });

  const ok = (...who: Who[]) => Object.fromEntries(WHO.filter((w) => w !== 'none').map((w) => [w, who.includes(w) ? 200 : 403]));
  const created = (...who: Who[]) => Object.fromEntries(WHO.filter((w) => w !== 'none').map((w) => [w, who.includes(w) ? 201 : 403]));
  const joinRequest = (id: string) => {
    const key = newKeyPair();
    const r = { id, role: 'regional', publicKey: key.publicKey, at: t.clock.now() };
    return { ...r, signature: signEnvelope(joinRequestEnvelope(r), key.privateKey).signature };
  };

  const cases: Case[] = [
    { route: 'GET /v1/network', request: async () => ({ url: '/v1/network' }), expect: ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'agent', 'otherTenant') },
    { route: 'POST /v1/scenario', request: async () => ({ url: '/v1/scenario', body: readScenarioDocument(NATIONAL) }), expect: created('admin') },
    { route: 'GET /v1/datacenters', request: async () => ({ url: '/v1/datacenters?limit=5' }), expect: ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'agent', 'otherTenant') },
    { route: 'GET /v1/datacenters/:id', request: async () => ({ url: `/v1/datacenters/${ops[0]}` }), expect: ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'agent', 'otherTenant') },
    {
      route: 'POST /v1/datacenters',
      request: async (who) => {
        const doc = readScenarioDocument(NATIONAL) as { dataCenters: Record<string, unknown>[] };
        return { url: '/v1/datacenters', body: { ...doc.dataCenters[0], id: `new-dc-${who.toLowerCase()}` } };
      },
      expect: created('admin'),
    },
    { route: 'PATCH /v1/datacenters/:id', request: async () => ({ url: `/v1/datacenters/${ops[0]}`, body: { pue: 1.21 } }), expect: ok('admin', 'operator', 'agent') },
    { route: 'POST /v1/tenants', request: async (who) => ({ url: '/v1/tenants', body: { id: `t-${who.toLowerCase()}`, name: 'New tenant' } }), expect: created('admin') },
    { route: 'GET /v1/tenants', request: async () => ({ url: '/v1/tenants' }), expect: ok('admin', 'regulator') },
    { route: 'GET /v1/settings', request: async () => ({ url: '/v1/settings' }), expect: ok('admin') },
    { route: 'GET /v1/me', request: async () => ({ url: '/v1/me' }), expect: ok(...WHO.filter((w) => w !== 'none')) },
    { route: 'GET /v1/network/map', request: async () => ({ url: '/v1/network/map' }), expect: ok(...WHO.filter((w) => w !== 'none')) },
    {
      route: 'POST /v1/users',
      request: async (who) => ({ url: '/v1/users', body: who === 'admin' ? { name: 'watcher', role: 'regulator' } : { name: 'dev', role: 'tenant-member', tenant: 'acme' } }),
      expect: created('admin', 'tenantAdmin'),
    },
    { route: 'GET /v1/users', request: async () => ({ url: '/v1/users' }), expect: ok('admin', 'regulator', 'tenantAdmin') },
    {
      route: 'POST /v1/users/:id/tokens',
      request: async () => {
        const r = await t.platform.identity.issue({ name: 'acme dev', role: 'tenant-member', tenantId: 'acme' }, { tokenId: 'system', name: 'system', role: 'platform-admin', source: 'internal' });
        return { url: `/v1/users/${r.user.id}/tokens`, body: { name: 'ci' } };
      },
      expect: created('admin', 'tenantAdmin'),
    },
    { route: 'GET /v1/tokens', request: async () => ({ url: '/v1/tokens' }), expect: ok('admin', 'tenantAdmin') },
    {
      route: 'DELETE /v1/tokens/:id',
      request: async () => {
        const r = await t.platform.identity.issue({ name: 'throwaway', role: 'regulator' }, { tokenId: 'system', name: 'system', role: 'platform-admin', source: 'internal' });
        return { url: `/v1/tokens/${r.token.id}` };
      },
      // A tenant-admin may revoke its own tenant's tokens only: this one is reported as absent.
      expect: { ...ok('admin'), tenantAdmin: 404 },
    },
    {
      route: 'POST /v1/telemetry',
      request: async () => ({ url: '/v1/telemetry', body: { samples: [{ dataCenter: ops[0], at: t.clock.now(), powerKw: 1000, pue: 1.2 }] } }),
      expect: { ...ok(), admin: 202, operator: 202, agent: 202 },
    },
    { route: 'GET /v1/monitoring/summary', request: async () => ({ url: `/v1/monitoring/summary?scope=dc:${ops[0]}` }), expect: ok('admin', 'regulator', 'operator') },
    { route: 'GET /v1/planner/runs', request: async () => ({ url: '/v1/planner/runs' }), expect: ok('admin', 'regulator') },
    { route: 'GET /v1/planner/runs/:id', request: async () => ({ url: '/v1/planner/runs/none-yet' }), expect: { ...ok(), admin: 404, regulator: 404 } },
    { route: 'GET /v1/planner/runs/:id/report', request: async () => ({ url: '/v1/planner/runs/none-yet/report' }), expect: { ...ok(), admin: 404, regulator: 404 } },
    { route: 'GET /v1/monitoring/trends', request: async () => ({ url: `/v1/monitoring/trends?scope=dc:${ops[0]}` }), expect: ok('admin', 'regulator', 'operator') },
    { route: 'GET /v1/monitoring/series', request: async () => ({ url: `/v1/monitoring/series?scope=dc:${ops[0]}&metric=power_kw` }), expect: ok('admin', 'regulator', 'operator') },
    { route: 'GET /v1/alerts', request: async () => ({ url: '/v1/alerts' }), expect: ok('admin', 'regulator', 'operator') },
    {
      route: 'POST /v1/jobs',
      request: async (who) => ({ url: '/v1/jobs', body: who === 'admin' ? { ...JOB, tenant: 'acme' } : JOB }),
      expect: created('admin', 'tenantAdmin', 'member', 'otherTenant'),
    },
    {
      route: 'POST /v1/jobs/batch',
      request: async (who) => ({ url: '/v1/jobs/batch', body: { jobs: [who === 'admin' ? { ...JOB, tenant: 'acme' } : JOB] } }),
      expect: created('admin', 'tenantAdmin', 'member', 'otherTenant'),
    },
    { route: 'GET /v1/jobs', request: async () => ({ url: '/v1/jobs' }), expect: ok('admin', 'tenantAdmin', 'member', 'operator', 'agent', 'otherTenant') },
    {
      route: 'GET /v1/jobs/:id',
      request: async () => ({ url: `/v1/jobs/${(await placedJob()).id}` }),
      // Outside the caller's reach a job is not found, never forbidden.
      expect: { ...ok('admin', 'tenantAdmin', 'member', 'operator', 'agent'), regulator: 404, otherTenant: 404 },
    },
    {
      route: 'POST /v1/jobs/:id/cancel',
      request: async () => ({ url: `/v1/jobs/${(await placedJob()).id}/cancel` }),
      expect: { ...ok('admin', 'tenantAdmin', 'member'), otherTenant: 404 },
    },
    {
      route: 'POST /v1/jobs/:id/report',
      request: async () => {
        const j = await placedJob();
        return { url: `/v1/jobs/${j.id}/report`, body: { epoch: j.epoch, state: 'running' } };
      },
      expect: ok('agent'),
    },
    {
      route: 'POST /v1/jobs/:id/output',
      request: async () => {
        const j = await placedJob();
        return { url: `/v1/jobs/${j.id}/output`, body: { epoch: j.epoch, stdout: { tail: 'hello\n', bytes: 6 }, stderr: { tail: '', bytes: 0 } } };
      },
      expect: ok('agent'),
    },
    {
      route: 'GET /v1/jobs/:id/output',
      request: async () => ({ url: `/v1/jobs/${(await placedJob()).id}/output` }),
      // The job's tenant, the admins and its data center's operators; not found for anyone else, its agent included.
      expect: { ...ok('admin', 'tenantAdmin', 'member', 'operator'), regulator: 404, otherTenant: 404, agent: 404 },
    },
    { route: 'GET /v1/agent/assignments', request: async () => ({ url: '/v1/agent/assignments?wait=0' }), expect: ok('agent') },
    { route: 'GET /v1/audit', request: async () => ({ url: '/v1/audit' }), expect: ok('admin', 'regulator') },
    { route: 'GET /v1/audit/verify', request: async () => ({ url: '/v1/audit/verify' }), expect: ok('admin', 'regulator') },
    { route: 'GET /v1/offers', request: async () => ({ url: '/v1/offers?limit=5' }), expect: ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'agent', 'otherTenant') },
    { route: 'POST /v1/offers', request: async () => ({ url: '/v1/offers', body: { dataCenter: ops[0], pool, mode: 'spot', price: '0.5', quantity: 1 } }), expect: created('admin', 'operator') },
    { route: 'GET /v1/offers/:id', request: async () => ({ url: `/v1/offers/${offer}` }), expect: ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'agent', 'otherTenant') },
    { route: 'PATCH /v1/offers/:id', request: async () => ({ url: `/v1/offers/${offer}`, body: { price: '1.1' } }), expect: ok('admin', 'operator') },
    {
      route: 'POST /v1/orders',
      request: async (who) => ({ url: '/v1/orders', body: { offer, units: 1, durationS: 600, ...(who === 'admin' && { tenant: 'acme' }) } }),
      expect: created('admin', 'tenantAdmin', 'member', 'otherTenant'),
    },
    {
      route: 'POST /v1/orders/quote',
      request: async (who) => ({ url: '/v1/orders/quote', body: { offer, units: 1, durationS: 600, ...(who === 'admin' && { tenant: 'acme' }) } }),
      expect: ok('admin', 'tenantAdmin', 'member', 'otherTenant'),
    },
    { route: 'GET /v1/orders', request: async () => ({ url: '/v1/orders' }), expect: ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'otherTenant') },
    { route: 'GET /v1/orders/:id', request: async () => ({ url: `/v1/orders/${await acmeOrder()}` }), expect: { ...ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member'), otherTenant: 404 } },
    { route: 'POST /v1/orders/:id/cancel', request: async () => ({ url: `/v1/orders/${await acmeOrder()}/cancel` }), expect: { ...ok('admin', 'tenantAdmin', 'member'), otherTenant: 404 } },
    { route: 'GET /v1/tenants/:id/balance', request: async () => ({ url: '/v1/tenants/acme/balance' }), expect: { ...ok('admin', 'regulator', 'tenantAdmin', 'member'), otherTenant: 404 } },
    { route: 'POST /v1/tenants/:id/top-ups', request: async () => ({ url: '/v1/tenants/acme/top-ups', body: { amount: 1 } }), expect: created('admin') },
    { route: 'POST /v1/tenants/:id/refunds', request: async () => ({ url: '/v1/tenants/acme/refunds', body: { amount: '0.01', reason: 'goodwill' } }), expect: created('admin') },
    { route: 'POST /v1/datacenters/:id/payouts', request: async () => ({ url: `/v1/datacenters/${ops[0]}/payouts`, body: { amount: '0.0001' } }), expect: created('admin') },
    {
      route: 'POST /v1/ledger/adjustments',
      request: async () => ({ url: '/v1/ledger/adjustments', body: { memo: 'rounding', postings: [{ account: 'platform:commission', amount: '-0.0001' }, { account: 'tenant:acme:available', amount: '0.0001' }] } }),
      expect: created('admin'),
    },
    {
      route: 'POST /v1/ledger/transactions/:id/reverse',
      request: async () => ({ url: `/v1/ledger/transactions/${(await t.platform.ledger.topUp('acme', { amount: 1 }, SYSTEM)).transaction.id}/reverse`, body: { memo: 'entered twice' } }),
      expect: created('admin'),
    },
    { route: 'POST /v1/ledger/peers/:id/settlements', request: async () => ({ url: '/v1/ledger/peers/hub-x/settlements', body: { amount: '0.01', direction: 'received' } }), expect: created('admin') },
    {
      route: 'GET /v1/ledger/transactions/:id',
      request: async () => ({ url: `/v1/ledger/transactions/${(await t.platform.store.ledger.transactions({ limit: 1 }))[0]!.id}` }),
      expect: ok('admin', 'regulator'),
    },
    { route: 'GET /v1/ledger/accounts', request: async () => ({ url: '/v1/ledger/accounts' }), expect: ok('admin', 'regulator') },
    { route: 'GET /v1/ledger/verify', request: async () => ({ url: '/v1/ledger/verify' }), expect: ok('admin', 'regulator') },
    { route: 'GET /v1/statements/tenants/:id', request: async () => ({ url: '/v1/statements/tenants/acme?period=2026-11' }), expect: { ...ok('admin', 'regulator', 'tenantAdmin', 'member'), otherTenant: 404 } },
    {
      route: 'POST /v1/federation/children',
      request: async (who) => ({ url: '/v1/federation/children', body: { id: `child-${who.toLowerCase()}`, role: 'hub', publicKey: newKeyPair().publicKey } }),
      expect: created('admin'),
    },
    // An admin may call it; the parent here is unreachable, which is bad input (400), not a server error.
    { route: 'POST /v1/federation/join', request: async () => ({ url: '/v1/federation/join', body: { parent: 'http://127.0.0.1:1', token: 'sl_x' } }), expect: { ...ok(), admin: 400 } },
    {
      route: 'POST /v1/federation/messages',
      request: async () => ({ url: '/v1/federation/messages', body: { messages: [{ from: 'stranger', to: 'suanli', seq: 1, at: t.clock.now(), kind: 'summary', body: {}, signature: 'AAAA' }] } }),
      // No token needed: the messages authenticate themselves (and these are refused in the answer).
      expect: { ...ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'agent', 'otherTenant'), none: 200 },
    },
    { route: 'GET /v1/resolve/*', request: async () => ({ url: `/v1/resolve/suanli://suanli/${ops[0]}` }), expect: ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'agent', 'otherTenant') },
    {
      route: 'POST /v1/federation/join-requests',
      // No token needed: the request is signed by the key it carries.
      request: async (who) => ({ url: '/v1/federation/join-requests', body: joinRequest(`ask-${who.toLowerCase()}`) }),
      expect: Object.fromEntries(WHO.map((w) => [w, 202])),
    },
    { route: 'GET /v1/federation/join-requests', request: async () => ({ url: '/v1/federation/join-requests' }), expect: ok('admin') },
    ...(['approve', 'reject'] as const).map((verb) => ({
      route: `POST /v1/federation/join-requests/:id/${verb}`,
      request: async (who: Who) => {
        const id = `${verb}-${who.toLowerCase()}`;
        await t.platform.federation.membership.requestJoin(joinRequestSchema.parse(joinRequest(id)), 'test');
        return { url: `/v1/federation/join-requests/${id}/${verb}`, body: {} };
      },
      expect: ok('admin'),
    })),
    { route: 'POST /v1/federation/policies', request: async () => ({ url: '/v1/federation/policies', body: {} }), expect: ok('admin') },
    { route: 'GET /v1/federation/policies', request: async () => ({ url: '/v1/federation/policies' }), expect: ok('admin', 'regulator') },
    { route: 'GET /v1/federation/status', request: async () => ({ url: '/v1/federation/status' }), expect: ok('admin', 'regulator') },
    {
      route: 'GET /v1/federation/children/:id/audit-checkpoints',
      request: async () => {
        await t.platform.store.federation.savePeer({ id: 'audited-child', relation: 'child', role: 'hub', publicKey: newKeyPair().publicKey, status: 'approved' }, t.clock.now());
        return { url: '/v1/federation/children/audited-child/audit-checkpoints' };
      },
      expect: ok('admin', 'regulator'),
    },
    { route: 'GET /v1/monitoring/flows', request: async () => ({ url: '/v1/monitoring/flows?window=1d' }), expect: ok('admin', 'regulator', 'operator') },
    { route: 'GET /v1/events', request: async () => ({ url: '/v1/events' }), expect: { ...ok('admin', 'regulator', 'operator', 'tenantAdmin', 'member', 'otherTenant') } },
    { route: 'GET /v1/statements/datacenters/:id', request: async () => ({ url: `/v1/statements/datacenters/${ops[0]}?format=csv` }), expect: ok('admin', 'regulator', 'operator') },
  ];

  it('has a case for every route', () => {
    expect(cases.map((c) => c.route).sort()).toEqual(V1_ROUTES.map((r) => `${r.method} ${r.url}`).sort());
  });

  for (const c of cases) {
    it(`${c.route}`, async () => {
      const [method] = c.route.split(' ');
      const got: Record<string, number> = {};
      for (const who of WHO) {
        const { url, body } = await c.request(who);
        const res = await t.call(who === 'none' ? undefined : t.tokens[who], method!, url, body);
        got[who] = res.status;
        if (res.status >= 400) expect(res.body.error.message, `${who}: ${JSON.stringify(res.body)}`).toMatch(/\S/);
      }
      expect(got).toEqual({ ...c.expect, none: c.expect.none ?? 401 });
    });
  }
});
