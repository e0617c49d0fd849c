import { z } from 'zod';
import { formatYuan } from '../../core/money.js';
import { adjustmentSchema, payoutSchema, refundSchema, reversalSchema, settlementSchema, statementCsv, statementQuerySchema, topUpSchema } from '../services/ledger.service.js';
import type { Statement } from '../services/ledger.service.js';
import { offerCreateSchema, offerPatchSchema, offerSearchSchema, orderCreateSchema, orderListQuerySchema } from '../services/market/index.js';
import { EXAMPLE_BALANCE, EXAMPLE_OFFER, EXAMPLE_ORDER, EXAMPLE_TRANSACTION } from './examples.js';
import { accountPageSchema, balanceSchema, ledgerVerifySchema, offerPageSchema, offerSchema, orderDetailSchema, orderPageSchema, orderQuoteSchema, orderSchema, postedSchema, settledSchema, statementSchema, toppedUpSchema, transactionSchema } from '../contract/market.js';
import { ADMIN, ALL, idParam, queryInt, Reply, route, TENANTS } from './route.js';

const BUYERS_AND_WATCHERS = ['platform-admin', 'regulator', 'tenant-admin', 'tenant-member', 'dc-operator'] as const;
const MONEY_READERS = ['platform-admin', 'regulator', 'tenant-admin', 'tenant-member'] as const;

const accountsQuery = z.strictObject({
  owner: z.string().min(1).max(200).optional().describe('Only the accounts of this tenant or data center id.'),
  cursor: z.string().min(1).max(300).optional().describe('The nextCursor of the previous page.'),
  limit: queryInt(1, 1000, 500, 'Accounts per page.'),
});

/** What an idempotent ledger call made, as the app answers it (the body says `created` too). */
const made = <T extends { created: boolean }>(out: T) => ({ created: out.created, body: out });

function statementReply(s: Statement, format: 'json' | 'csv'): unknown {
  if (format !== 'csv') return s;
  const name = `statement-${s.owner.id}-${s.period.from.slice(0, 10)}-${s.period.to.slice(0, 10)}.csv`;
  return new Reply(200, statementCsv(s), { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` });
}

const EXAMPLE_STATEMENT = {
  owner: { kind: 'tenant', id: 'acme' }, period: { from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' },
  accounts: [{ id: 'tenant:acme:available', opening: '0', openingMinor: 0, closing: '10000', closingMinor: 100000000, ledgerMinor: 100000000 }],
  totals: { 'top-up': { yuan: '10000', minor: 100000000 } },
  lines: [{ at: '2026-12-01T08:00:00.000Z', transaction: EXAMPLE_TRANSACTION.id, kind: 'top-up', account: 'tenant:acme:available', amount: '10000', amountMinor: 100000000, balanceMinor: 100000000, memo: 'bank transfer 2026-12-01' }],
  reconciled: true,
};

/** The market (offers, orders) and the ledger (money in, out and between accounts; statements). */
export const MARKET_ROUTES = [
  route({
    method: 'GET', url: '/v1/offers', operationId: 'searchOffers', roles: ALL, tag: 'market', query: offerSearchSchema, errors: [404],
    summary: 'The catalogue of open offers.',
    description: 'Filter by class, model, mode, hub, province, price, green share and latency from an origin; sort by price, latency or green share; paginated.',
    responses: { 200: offerPageSchema }, examples: { response: { offers: [EXAMPLE_OFFER], nextCursor: '1' } },
    handler: (p, r) => p.market.offers.search(r.query, r.who),
  }),
  route({
    method: 'POST', url: '/v1/offers', operationId: 'createOffer', roles: ['platform-admin', 'dc-operator'], tag: 'market', body: offerCreateSchema, errors: [404],
    summary: 'Publish an offer on a pool.',
    description: 'On-demand (a posted price), reserved (a term at a price) or spot (a floor price, sold by bid). An operator publishes on its own data centers only; an offer cannot sell more units than its pool has.',
    responses: { 201: offerSchema },
    examples: { request: { dataCenter: 'xj-hami-b', pool: 'cpu', mode: 'on-demand', price: '0.0181', quantity: 480760 }, response: EXAMPLE_OFFER },
    handler: (p, r) => p.market.offers.create(r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/offers/:id', operationId: 'getOffer', roles: ALL, tag: 'market', params: idParam('offer'),
    summary: 'One offer, with the units still available.', description: 'The offer as the catalogue shows it, in any state.',
    responses: { 200: offerSchema }, examples: { response: EXAMPLE_OFFER },
    handler: (p, r) => p.market.offers.get(r.params.id, r.who),
  }),
  route({
    method: 'PATCH', url: '/v1/offers/:id', operationId: 'patchOffer', roles: ['platform-admin', 'dc-operator'], tag: 'market', params: idParam('offer'), body: offerPatchSchema, errors: [409],
    summary: 'Change an offer\'s price, quantity or end, or withdraw it.',
    description: 'Orders already bought keep the price they were bought at. The quantity cannot fall below what is sold.',
    responses: { 200: offerSchema }, examples: { request: { price: '0.0175' }, response: { ...EXAMPLE_OFFER, price: '0.0175', priceMinor: 175, version: 2 } },
    handler: (p, r) => p.market.offers.patch(r.params.id, r.body, r.who),
  }),
  route({
    method: 'POST', url: '/v1/orders', operationId: 'createOrder', roles: TENANTS, tag: 'market', body: orderCreateSchema, idempotent: true, errors: [402, 404],
    summary: 'Buy an offer, or state a requirement and let the platform match one.',
    description: 'An on-demand or reserved order is matched at once; a requirement is matched with the placement engine over every open offer; a spot order is a bid the offer\'s auction decides. The most the order can cost is held from the balance (402 with the shortfall when it is not there). Send an Idempotency-Key to make retries safe.',
    responses: { 201: orderSchema },
    examples: { request: { offer: 'off_Cfxt-8r-36XXiA', units: 64, durationS: 3600 }, response: EXAMPLE_ORDER },
    async handler(p, r) {
      const out = await p.market.orders.create(r.body, r.who, r.idempotency);
      return { created: out.created, body: out.order };
    },
  }),
  route({
    method: 'POST', url: '/v1/orders/quote', operationId: 'quoteOrder', roles: TENANTS, tag: 'market', body: orderCreateSchema, errors: [404, 409],
    summary: 'What an order would buy and cost, without buying it.',
    description: 'The same body as placing an order. Answers the offer it would buy (the one named, or the engine\'s match for a requirement, with the explanation), the most it can cost, the available balance and whether it covers it. Nothing is stored or held: it is the preview a buyer sees before paying.',
    responses: { 200: orderQuoteSchema },
    examples: {
      request: { requirement: { origin: 'shanghai', class: 'intelligent', units: 8, durationS: 3600, latency: 'batch' } },
      response: { mode: 'on-demand', class: 'intelligent', units: 8, durationS: 3600, offer: EXAMPLE_OFFER, estimate: { yuan: '1.28', minor: 12800 }, available: { yuan: '1000', minor: 10_000_000 }, affordable: true },
    },
    handler: (p, r) => p.market.orders.quote(r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/orders', operationId: 'listOrders', roles: [...BUYERS_AND_WATCHERS], tag: 'market', query: orderListQuerySchema,
    summary: 'Orders you may see, newest first.',
    description: 'A tenant sees its own, an operator those on its data centers. Pass nextCursor as cursor for the next page.',
    responses: { 200: orderPageSchema }, examples: { response: { orders: [EXAMPLE_ORDER], nextCursor: null } },
    handler: (p, r) => p.market.orders.list(r.query, r.who),
  }),
  route({
    method: 'GET', url: '/v1/orders/:id', operationId: 'getOrder', roles: [...BUYERS_AND_WATCHERS], tag: 'market', params: idParam('order'),
    summary: 'An order with its history and its ledger transactions.',
    description: 'The order, each change of its state, its matched offers, the engine\'s explanation for a requirement, and every ledger transaction it made (holds, captures, releases).',
    responses: { 200: orderDetailSchema },
    examples: { response: { ...EXAMPLE_ORDER, events: [{ state: 'matched', at: EXAMPLE_ORDER.createdAt }], transactions: [{ id: 'tx_h0Ld', kind: 'hold', at: EXAMPLE_ORDER.createdAt, postings: [{ account: 'tenant:acme:available', amount: '-1.1584', amountMinor: -11584 }, { account: 'tenant:acme:held', amount: '1.1584', amountMinor: 11584 }] }] } },
    handler: (p, r) => p.market.orders.get(r.params.id, r.who),
  }),
  route({
    method: 'POST', url: '/v1/orders/:id/cancel', operationId: 'cancelOrder', roles: TENANTS, tag: 'market', params: idParam('order'), errors: [409],
    summary: 'Cancel an order.', description: 'Its jobs stop, the use so far is captured and the rest of the hold is released.',
    responses: { 200: orderSchema }, examples: { response: { ...EXAMPLE_ORDER, state: 'cancelled', held: { yuan: '0', minor: 0 } } },
    handler: (p, r) => p.market.orders.cancel(r.params.id, r.who),
  }),
  route({
    method: 'GET', url: '/v1/tenants/:id/balance', operationId: 'getBalance', roles: [...MONEY_READERS], tag: 'ledger', params: idParam('tenant'),
    summary: 'A tenant\'s available and held money.', description: 'Available money can be spent; held money covers the most that open orders can still cost. A tenant sees its own.',
    responses: { 200: balanceSchema }, examples: { response: EXAMPLE_BALANCE },
    handler: (p, r) => p.ledger.balance(r.params.id, r.who),
  }),
  route({
    method: 'POST', url: '/v1/tenants/:id/top-ups', operationId: 'topUp', roles: ADMIN, tag: 'ledger', params: idParam('tenant'), body: topUpSchema, idempotent: true,
    summary: 'Record money a tenant paid in.', description: 'Moves the amount from the outside world to the tenant\'s available balance. Send an Idempotency-Key: a retry with the same key posts nothing new.',
    responses: { 201: toppedUpSchema },
    examples: { request: { amount: '10000', reference: 'bank transfer 2026-12-01' }, response: { transaction: EXAMPLE_TRANSACTION, balance: EXAMPLE_BALANCE, created: true } },
    handler: async (p, r) => made(await p.ledger.topUp(r.params.id, r.body, r.who, r.idempotency)),
  }),
  route({
    method: 'POST', url: '/v1/tenants/:id/refunds', operationId: 'refund', roles: ADMIN, tag: 'ledger', params: idParam('tenant'), body: refundSchema, idempotent: true, errors: [402],
    summary: 'Pay money back to a tenant.', description: 'From its available balance (402 when that is short).',
    responses: { 201: postedSchema },
    examples: { request: { amount: '100', reason: 'service credit' }, response: { transaction: { ...EXAMPLE_TRANSACTION, kind: 'refund', memo: 'service credit' } , created: true } },
    handler: async (p, r) => made(await p.ledger.refund(r.params.id, r.body, r.who, r.idempotency)),
  }),
  route({
    method: 'POST', url: '/v1/datacenters/:id/payouts', operationId: 'payout', roles: ADMIN, tag: 'ledger', params: idParam('data center'), body: payoutSchema, idempotent: true, errors: [402],
    summary: 'Pay a data center\'s operator.', description: 'From what the platform owes it for metered use (402 when that is short).',
    responses: { 201: postedSchema },
    examples: { request: { amount: '5000', reference: 'November' }, response: { transaction: { ...EXAMPLE_TRANSACTION, kind: 'payout', memo: 'November' } , created: true } },
    handler: async (p, r) => made(await p.ledger.payout(r.params.id, r.body, r.who, r.idempotency)),
  }),
  route({
    method: 'POST', url: '/v1/ledger/adjustments', operationId: 'adjust', roles: ADMIN, tag: 'ledger', body: adjustmentSchema, idempotent: true, errors: [402],
    summary: 'Post an adjustment between existing accounts.', description: 'A correction as a new transaction whose postings sum to zero; no transaction is ever edited.',
    responses: { 201: postedSchema },
    examples: { request: { memo: 'correct a mistyped top-up', postings: [{ account: 'tenant:acme:available', amount: '-0.5' }, { account: 'external:cash', amount: '0.5' }] }, response: { transaction: { ...EXAMPLE_TRANSACTION, kind: 'adjustment' } , created: true } },
    handler: async (p, r) => made(await p.ledger.adjust(r.body, r.who, r.idempotency)),
  }),
  route({
    method: 'POST', url: '/v1/ledger/transactions/:id/reverse', operationId: 'reverseTransaction', roles: ADMIN, tag: 'ledger', params: idParam('transaction'), body: reversalSchema, idempotent: true, errors: [402, 409],
    summary: 'Reverse a transaction.', description: 'A new transaction of opposite postings (never an edit). A transaction is reversed at most once; reversing it again answers the first reversal.',
    responses: { 201: postedSchema },
    examples: { request: { memo: 'posted twice by mistake' }, response: { transaction: { ...EXAMPLE_TRANSACTION, kind: 'reversal', reverses: 'tx_Qk2mB7zvT0yP1w' } , created: true } },
    handler: async (p, r) => made(await p.ledger.reverse(r.params.id, r.body, r.who)),
  }),
  route({
    method: 'POST', url: '/v1/ledger/peers/:id/settlements', operationId: 'settlePeer', roles: ADMIN, tag: 'ledger', params: idParam('peer platform'), body: settlementSchema, idempotent: true,
    summary: 'Record a payment between this platform and a federation peer.', description: 'Money received from the peer, or paid to it, against what routed jobs left owing. Each platform records its own side.',
    responses: { 201: settledSchema },
    examples: { request: { amount: '120', direction: 'received' }, response: { transaction: { ...EXAMPLE_TRANSACTION, kind: 'settlement' }, balance: { yuan: '0', minor: 0 }, created: true } },
    handler: async (p, r) => made(await p.ledger.settlePeer(r.params.id, r.body, r.who, r.idempotency)),
  }),
  route({
    method: 'GET', url: '/v1/ledger/transactions/:id', operationId: 'getTransaction', roles: ['platform-admin', 'regulator'], tag: 'ledger', params: idParam('transaction'),
    summary: 'One ledger transaction with its postings.', description: 'What moved, between which accounts, when, by whom and why.',
    responses: { 200: transactionSchema }, examples: { response: EXAMPLE_TRANSACTION },
    handler: (p, r) => p.ledger.transaction(r.params.id),
  }),
  route({
    method: 'GET', url: '/v1/ledger/accounts', operationId: 'listAccounts', roles: ['platform-admin', 'regulator'], tag: 'ledger', query: accountsQuery,
    summary: 'Accounts with their balances, paginated.', description: 'Every account of the ledger by id; filter by owner (a tenant or data center id).',
    responses: { 200: accountPageSchema },
    examples: { response: { accounts: [{ id: 'dc:hl-a:receivable', kind: 'operator', owner: 'hl-a', balance: 126862848, floor: 0, balanceYuan: '12686.2848' }], nextCursor: null } },
    async handler(p, r) {
      const q = r.query;
      const rows = await p.store.ledger.accounts({ ...(q.owner !== undefined && { owner: q.owner }), ...(q.cursor !== undefined && { after: q.cursor }), limit: q.limit + 1 });
      const page = rows.slice(0, q.limit);
      return { accounts: page.map((a) => ({ ...a, balanceYuan: formatYuan(a.balance) })), nextCursor: rows.length > q.limit ? page.at(-1)!.id : null };
    },
  }),
  route({
    method: 'GET', url: '/v1/ledger/verify', operationId: 'verifyLedger', roles: ['platform-admin', 'regulator'], tag: 'ledger',
    summary: 'Check the whole ledger.', description: 'Every transaction sums to zero, every balance equals its postings and none is below its floor.',
    responses: { 200: ledgerVerifySchema }, examples: { response: { ok: true, transactions: 5, accounts: 5, problems: [] } },
    handler: (p) => p.store.ledger.verify(),
  }),
  route({
    method: 'GET', url: '/v1/statements/tenants/:id', operationId: 'tenantStatement', roles: [...MONEY_READERS], tag: 'ledger', params: idParam('tenant'), query: statementQuerySchema,
    summary: 'A tenant\'s statement for a period.', description: 'Opening and closing balances, every posting with the running balance, totals by kind, and whether it reconciles; period=YYYY-MM (China Standard Time), or from and to; format=csv for CSV.',
    responses: { 200: statementSchema }, examples: { response: EXAMPLE_STATEMENT },
    handler: async (p, r) => statementReply(await p.ledger.statement('tenant', r.params.id, r.query, r.who), r.query.format),
  }),
  route({
    method: 'GET', url: '/v1/statements/datacenters/:id', operationId: 'dataCenterStatement', roles: ['platform-admin', 'regulator', 'dc-operator'], tag: 'ledger', params: idParam('data center'), query: statementQuerySchema,
    summary: 'A data center operator\'s statement for a period.', description: 'What the platform owes the operator: earned and paid out, with every posting; format=csv for CSV.',
    responses: { 200: statementSchema }, examples: { response: { ...EXAMPLE_STATEMENT, owner: { kind: 'data-center', id: 'hl-a' } } },
    handler: async (p, r) => statementReply(await p.ledger.statement('data-center', r.params.id, r.query, r.who), r.query.format),
  }),
];
