import { z } from 'zod';
import { formatYuan } from '../../core/money.js';
import { adjustmentSchema, payoutSchema, refundSchema, reversalSchema, settlementSchema, statementCsv, statementQuerySchema, topUpSchema } from '../services/ledger.service.js';
import type { Statement } from '../services/ledger.service.js';
import { offerCreateSchema, offerPatchSchema, offerSearchSchema, orderCreateSchema, orderListQuerySchema } from '../services/market.service.js';
import { ADMIN, ALL, Reply, TENANTS, idempotencyKey, parse } from './route.js';
import type { RouteDef } from './route.js';

const BUYERS_AND_WATCHERS = ['platform-admin', 'regulator', 'tenant-admin', 'tenant-member', 'dc-operator'] as const;
const MONEY_READERS = ['platform-admin', 'regulator', 'tenant-admin', 'tenant-member'] as const;

const accountsQuery = z.strictObject({
  owner: z.string().min(1).max(200).optional(),
  cursor: z.string().min(1).max(300).optional(),
  limit: z.coerce.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(1, { message: 'must be between 1 and 1000' }).max(1000, { message: 'must be between 1 and 1000' }).default(500),
});

/** 201 for something new; 200 and the Idempotent-Replayed header for a retry that found it. */
function made<T>(out: { created: boolean } & T, body: unknown): unknown {
  return out.created ? body : new Reply(200, body, { 'idempotent-replayed': 'true' });
}

function statementReply(s: Statement, query: Record<string, unknown>): unknown {
  if (parse(statementQuerySchema, query, 'query').format !== 'csv') return s;
  const name = `statement-${s.owner.id}-${s.period.from.slice(0, 10)}-${s.period.to.slice(0, 10)}.csv`;
  return new Reply(200, statementCsv(s), { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` });
}

/** The market (offers, orders) and the ledger (money in, out and between accounts; statements). */
export const MARKET_ROUTES: RouteDef[] = [
  {
    method: 'GET', url: '/v1/offers', roles: ALL, tag: 'market', query: offerSearchSchema,
    summary: 'The catalogue of open offers: filter by class, model, mode, hub, province, price, green share and latency from an origin; sort by price, latency or green share; paginated.',
    handler: (p, r) => p.market.searchOffers(r.query, r.who),
  },
  {
    method: 'POST', url: '/v1/offers', roles: ['platform-admin', 'dc-operator'], tag: 'market', status: 201, body: offerCreateSchema,
    summary: 'Publish an offer on a pool: on-demand (posted price), reserved (a term at a price) or spot (a floor price, sold by bid). An operator publishes on its own data centers only.',
    handler: (p, r) => p.market.createOffer(r.body, r.who),
  },
  {
    method: 'GET', url: '/v1/offers/:id', roles: ALL, tag: 'market', summary: 'One offer, with the units still available.',
    handler: (p, r) => p.market.getOffer(r.params.id!, r.who),
  },
  {
    method: 'PATCH', url: '/v1/offers/:id', roles: ['platform-admin', 'dc-operator'], tag: 'market', body: offerPatchSchema,
    summary: 'Change an offer\'s price, quantity or end, or withdraw it. Orders already bought keep the price they were bought at.',
    handler: (p, r) => p.market.patchOffer(r.params.id!, r.body, r.who),
  },
  {
    method: 'POST', url: '/v1/orders', roles: TENANTS, tag: 'market', status: 201, body: orderCreateSchema,
    summary: 'Buy an offer, or state a requirement and let the platform match the best offer with the placement engine. The most the order can cost is held from the balance (402 with the shortfall when it is not there). Send an Idempotency-Key to make retries safe.',
    async handler(p, r) {
      const out = await p.market.createOrder(r.body, r.who, idempotencyKey(r.headers));
      return made(out, out.order);
    },
  },
  {
    method: 'GET', url: '/v1/orders', roles: [...BUYERS_AND_WATCHERS], tag: 'market', query: orderListQuerySchema,
    summary: 'Orders you may see, newest first (a tenant its own, an operator those on its data centers); pass nextCursor as cursor for the next page.',
    handler: (p, r) => p.market.listOrders(r.query, r.who),
  },
  {
    method: 'GET', url: '/v1/orders/:id', roles: [...BUYERS_AND_WATCHERS], tag: 'market', summary: 'An order with its history, its matched offers, its explanation and its ledger transactions.',
    handler: (p, r) => p.market.getOrder(r.params.id!, r.who),
  },
  {
    method: 'POST', url: '/v1/orders/:id/cancel', roles: TENANTS, tag: 'market',
    summary: 'Cancel an order: its jobs stop, the use so far is captured and the rest of the hold is released.',
    handler: (p, r) => p.market.cancelOrder(r.params.id!, r.who),
  },
  {
    method: 'GET', url: '/v1/tenants/:id/balance', roles: [...MONEY_READERS], tag: 'ledger', summary: 'A tenant\'s available and held money.',
    handler: (p, r) => p.ledger.balance(r.params.id!, r.who),
  },
  {
    method: 'POST', url: '/v1/tenants/:id/top-ups', roles: ADMIN, tag: 'ledger', status: 201, body: topUpSchema,
    summary: 'Record money a tenant paid in. Send an Idempotency-Key: a retry with the same key posts nothing new.',
    async handler(p, r) {
      const out = await p.ledger.topUp(r.params.id!, r.body, r.who, idempotencyKey(r.headers));
      return made(out, out);
    },
  },
  {
    method: 'POST', url: '/v1/tenants/:id/refunds', roles: ADMIN, tag: 'ledger', status: 201, body: refundSchema,
    summary: 'Pay money back to a tenant from its available balance.',
    async handler(p, r) {
      const out = await p.ledger.refund(r.params.id!, r.body, r.who, idempotencyKey(r.headers));
      return made(out, out);
    },
  },
  {
    method: 'POST', url: '/v1/datacenters/:id/payouts', roles: ADMIN, tag: 'ledger', status: 201, body: payoutSchema,
    summary: 'Pay a data center\'s operator from what the platform owes it.',
    async handler(p, r) {
      const out = await p.ledger.payout(r.params.id!, r.body, r.who, idempotencyKey(r.headers));
      return made(out, out);
    },
  },
  {
    method: 'POST', url: '/v1/ledger/adjustments', roles: ADMIN, tag: 'ledger', status: 201, body: adjustmentSchema,
    summary: 'Post an adjustment between existing accounts (postings that sum to zero).',
    async handler(p, r) {
      const out = await p.ledger.adjust(r.body, r.who, idempotencyKey(r.headers));
      return made(out, out);
    },
  },
  {
    method: 'POST', url: '/v1/ledger/transactions/:id/reverse', roles: ADMIN, tag: 'ledger', status: 201, body: reversalSchema,
    summary: 'Reverse a transaction with a new one of opposite postings (never an edit). A transaction is reversed at most once.',
    async handler(p, r) {
      const out = await p.ledger.reverse(r.params.id!, r.body, r.who);
      return made(out, out);
    },
  },
  {
    method: 'POST', url: '/v1/ledger/peers/:id/settlements', roles: ADMIN, tag: 'ledger', status: 201, body: settlementSchema,
    summary: 'Record a payment between this platform and a federation peer (received from it, or paid to it), against what routed jobs left owing.',
    async handler(p, r) {
      const out = await p.ledger.settlePeer(r.params.id!, r.body, r.who, idempotencyKey(r.headers));
      return made(out, out);
    },
  },
  {
    method: 'GET', url: '/v1/ledger/transactions/:id', roles: ['platform-admin', 'regulator'], tag: 'ledger', summary: 'One ledger transaction with its postings.',
    handler: (p, r) => p.ledger.transaction(r.params.id!),
  },
  {
    method: 'GET', url: '/v1/ledger/accounts', roles: ['platform-admin', 'regulator'], tag: 'ledger', query: accountsQuery,
    summary: 'Accounts by id with their balances, paginated; filter by owner (a tenant or data center id).',
    async handler(p, r) {
      const q = parse(accountsQuery, r.query, 'query');
      const rows = await p.store.ledger.accounts({ ...(q.owner !== undefined && { owner: q.owner }), ...(q.cursor !== undefined && { after: q.cursor }), limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      return { accounts: page.map((a) => ({ ...a, balanceYuan: formatYuan(a.balance) })), nextCursor: rows.length > q.limit ? page.at(-1)!.id : null };
    },
  },
  {
    method: 'GET', url: '/v1/ledger/verify', roles: ['platform-admin', 'regulator'], tag: 'ledger',
    summary: 'Check the whole ledger: every transaction sums to zero, every balance equals its postings and is not below its floor.',
    handler: (p) => p.store.ledger.verify(),
  },
  {
    method: 'GET', url: '/v1/statements/tenants/:id', roles: [...MONEY_READERS], tag: 'ledger', query: statementQuerySchema,
    summary: 'A tenant\'s statement for a period (period=YYYY-MM, or from and to): opening and closing balances, every posting, totals by kind; format=csv for CSV.',
    async handler(p, r) {
      return statementReply(await p.ledger.statement('tenant', r.params.id!, r.query, r.who), r.query);
    },
  },
  {
    method: 'GET', url: '/v1/statements/datacenters/:id', roles: ['platform-admin', 'regulator', 'dc-operator'], tag: 'ledger', query: statementQuerySchema,
    summary: 'A data center operator\'s statement for a period: what the platform owes it, earned and paid out; format=csv for CSV.',
    async handler(p, r) {
      return statementReply(await p.ledger.statement('data-center', r.params.id!, r.query, r.who), r.query);
    },
  },
];

