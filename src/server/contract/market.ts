import { z } from 'zod';
import { cursor, iso, moneySchema } from './schemas.js';

/** The answers of the market and the ledger (see schemas.ts for the money format). */

const mode = z.enum(['on-demand', 'reserved', 'spot']);

export const offerSchema = z.strictObject({
  id: z.string(), dataCenter: z.string(), pool: z.string(), hub: z.string(), province: z.string(), class: z.string(), model: z.string(), mode,
  price: z.string().describe('Per unit-hour in yuan (for spot: the floor).'), priceMinor: z.number().int(),
  listPrice: z.string().optional().describe("The pool's list price per unit-hour."), discountPct: z.number().optional(),
  quantity: z.number().int(), sold: z.number().int(), available: z.number().int(), termS: z.number().int().optional(),
  validFrom: iso, validTo: iso, state: z.enum(['open', 'scheduled', 'paused', 'expired', 'withdrawn']), greenShare: z.number(), pue: z.number(),
  latencyMs: z.number().optional().describe('From the origin of the search, when one was given.'), version: z.number().int(),
});
export const offerPageSchema = z.strictObject({ offers: z.array(offerSchema), nextCursor: cursor });

export const orderSchema = z.strictObject({
  id: z.string(), tenant: z.string(), mode, state: z.string(), reason: z.string().optional(),
  offers: z.array(z.strictObject({ id: z.string(), dataCenter: z.string(), pool: z.string(), units: z.number().int() })),
  class: z.string(), units: z.number().int(), durationS: z.number().int(),
  price: z.string().optional(), priceMinor: z.number().int().optional(),
  held: moneySchema.describe('Still held from the balance.'), captured: moneySchema.describe('Charged so far.'),
  usage: z.strictObject({ unitSeconds: z.number().int() }),
  requirement: z.record(z.string(), z.unknown()).optional(), explanation: z.unknown().optional(),
  matchedAt: iso.optional(), endsAt: iso.optional(), expiresAt: iso.optional(), preemptAt: iso.optional(), createdAt: iso, updatedAt: iso,
});
/** What an order would buy, before the buyer pays: the engine's match, the most it can cost, and whether the balance covers it. */
export const orderQuoteSchema = z.strictObject({
  mode, class: z.string(), units: z.number().int(), durationS: z.number().int(),
  offer: offerSchema.nullable().describe('The offer the order would buy: the one named, or the engine\'s match for a requirement; null when none matches now.'),
  reason: z.string().optional().describe('Why no offer matches now.'),
  estimate: moneySchema.nullable().describe('The most the order can cost (what would be held): for spot, the bid for the whole duration; null without an offer.'),
  available: moneySchema.describe('The tenant\'s available balance now.'),
  affordable: z.boolean().describe('Whether the balance covers the estimate and stays above the minimum.'),
  explanation: z.unknown().optional().describe('For a requirement: the engine\'s explanation of the match (candidates removed by each rule, the winner\'s cost, the runner-up).'),
});
export type OrderQuote = z.output<typeof orderQuoteSchema>;

export const orderPageSchema = z.strictObject({ orders: z.array(orderSchema), nextCursor: cursor });
export const orderDetailSchema = orderSchema.extend({
  events: z.array(z.strictObject({ state: z.string(), at: iso, reason: z.string().optional() })).describe("The order's history, oldest first."),
  transactions: z.array(z.strictObject({ id: z.string(), kind: z.string(), at: iso, postings: z.array(z.strictObject({ account: z.string(), amount: z.string(), amountMinor: z.number().int() })) })),
});

export const transactionSchema = z.strictObject({
  id: z.string(), kind: z.string(), at: iso, actor: z.string(), memo: z.string().optional(), order: z.string().optional(), job: z.string().optional(), reverses: z.string().optional(),
  postings: z.array(z.strictObject({ account: z.string(), amount: z.string(), amountMinor: z.number().int() })).describe('They sum to zero.'),
});
export const balanceSchema = z.strictObject({ tenant: z.string(), available: moneySchema, held: moneySchema });
export const postedSchema = z.strictObject({ transaction: transactionSchema, created: z.boolean().describe('False for a replay of an earlier request.') });
export const toppedUpSchema = z.strictObject({ transaction: transactionSchema, balance: balanceSchema, created: z.boolean().describe('False for a replay of an earlier request.') });
export const settledSchema = z.strictObject({ transaction: transactionSchema, balance: moneySchema.describe('What the peer owes this platform now (negative: what this platform owes it).'), created: z.boolean().describe('False for a replay of an earlier request.') });
export const accountPageSchema = z.strictObject({
  accounts: z.array(z.strictObject({ id: z.string(), kind: z.string(), owner: z.string(), balance: z.number().int().describe('In 1/10,000 yuan.'), floor: z.number().int().nullable().optional(), balanceYuan: z.string() })),
  nextCursor: cursor,
});
export const ledgerVerifySchema = z.strictObject({ ok: z.boolean(), transactions: z.number().int(), accounts: z.number().int(), problems: z.array(z.string()) });
export const statementSchema = z.strictObject({
  owner: z.strictObject({ kind: z.enum(['tenant', 'data-center']), id: z.string() }),
  period: z.strictObject({ from: iso, to: iso }),
  accounts: z.array(z.strictObject({ id: z.string(), opening: z.string(), openingMinor: z.number().int(), closing: z.string(), closingMinor: z.number().int(), ledgerMinor: z.number().int() })),
  totals: z.record(z.string(), moneySchema).describe('By transaction kind.'),
  lines: z.array(z.strictObject({
    at: iso, transaction: z.string(), kind: z.string(), account: z.string(), amount: z.string(), amountMinor: z.number().int(), balanceMinor: z.number().int(),
    order: z.string().optional(), job: z.string().optional(), memo: z.string().optional(),
  })),
  reconciled: z.boolean().describe("True when every account's opening plus its lines equals the ledger at the end of the period."),
}).describe('As JSON; with format=csv the same lines as CSV (text/csv).');
