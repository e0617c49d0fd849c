import { z } from 'zod';
import { ORDER_STATES, PRICE_MODES } from '../../../core/market/orders.js';
import { LATENCY_CLASSES } from '../../../core/network/latency.js';
import { idSchema } from '../../../core/network/scenario.schema.js';
import { jobFieldsSchema, requireLatency } from '../../../core/workload/job.js';
import { pageCursor, pageLimit } from '../../query.js';
import { amountSchema } from '../ledger.service.js';

/** What the market's routes take: offers made, changed and searched; orders made and listed. */

const time = z.union([z.number().int().min(0).max(1e14), z.string().max(40)], { message: 'must be a time: ISO 8601 text or epoch milliseconds' })
  .transform((v, ctx) => {
    const ms = typeof v === 'number' ? v : Date.parse(v);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a date or time (use ISO 8601)` });
      return z.NEVER;
    }
    return ms;
  });

const units = z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).max(1e9);

export const offerCreateSchema = z.strictObject({
  dataCenter: idSchema,
  pool: idSchema,
  mode: z.enum(PRICE_MODES, { message: `must be one of ${PRICE_MODES.join(', ')}` }),
  price: amountSchema('Per unit-hour; for spot, the floor price bids must reach.'),
  quantity: units.describe('Units for sale.'),
  termS: z.number().int({ message: 'must be a whole number of seconds' }).min(3600, { message: 'must be at least 3600 (one hour)' }).max(5 * 366 * 86_400).optional()
    .describe('Reserved offers only: the length of the term a buyer commits to, seconds (e.g. 2592000 for 30 days).'),
  validFrom: time.optional().describe('When the offer opens (default now).'),
  validTo: time.optional().describe('When it closes (default 30 days after it opens).'),
}).superRefine((o, ctx) => {
  if (o.mode === 'reserved' && o.termS === undefined) ctx.addIssue({ code: 'custom', path: ['termS'], message: 'a reserved offer needs its term' });
  if (o.mode !== 'reserved' && o.termS !== undefined) ctx.addIssue({ code: 'custom', path: ['termS'], message: 'only reserved offers have a term' });
});

export const offerPatchSchema = z.strictObject({
  price: amountSchema('New posted price; orders already bought keep theirs.').optional(),
  quantity: units.optional(),
  validTo: time.optional(),
  state: z.enum(['active', 'paused', 'withdrawn'], { message: 'must be active, paused or withdrawn' }).optional().describe('paused: not sold until it is active again (a spot offer\'s bids get notice); withdrawn: for good.'),
}).describe('What an operator may change on its offer.');

const num = (what: string) => z.coerce.number({ message: `must be ${what}` });

export const offerSearchSchema = z.strictObject({
  class: z.enum(['general', 'intelligent', 'super'], { message: 'must be one of general, intelligent, super' }).optional().describe('Computing power class.'),
  model: z.string().min(1).max(128).optional().describe('Hardware model, e.g. A100.'),
  mode: z.enum(PRICE_MODES, { message: `must be one of ${PRICE_MODES.join(', ')}` }).optional().describe('How it is sold.'),
  hub: z.string().min(1).max(128).optional().describe('Only offers in this hub.'),
  province: z.string().min(1).max(128).optional().describe('Only offers in this province.'),
  dataCenter: z.string().min(1).max(128).optional().describe('Only offers of this data center.'),
  maxPrice: amountSchema('Highest price per unit-hour.').optional(),
  minGreenShare: num('a number between 0 and 1').min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).optional().describe('Only data centers with at least this share of green power.'),
  origin: z.string().min(1).max(128).optional().describe('Show the latency from this origin; needed to sort or filter by latency.'),
  maxLatencyMs: num('a number of milliseconds').min(0, { message: 'must not be negative' }).max(1e6).optional().describe('Only offers within this round-trip latency of origin.'),
  latency: z.enum(LATENCY_CLASSES, { message: `must be one of ${LATENCY_CLASSES.join(', ')}` }).optional().describe('Only offers within this latency class\'s bound of origin.'),
  sort: z.enum(['price', 'latency', 'greenShare'], { message: 'must be price, latency or greenShare' }).default('price').describe('Order of the results: cheapest, nearest or greenest first.'),
  all: z.enum(['true', 'false'], { message: 'must be true or false' }).optional().describe('Operators and admins: include withdrawn and expired offers.'),
  cursor: pageCursor(),
  limit: pageLimit(50, 'Offers per page.'),
});

/** A requirement: the job fields the placement engine matches offers against. */
export const requirementSchema = jobFieldsSchema.omit({ id: true, submitAt: true, tenant: true, maxWaitS: true }).superRefine(requireLatency);

export const orderCreateSchema = z.strictObject({
  tenant: idSchema.optional().describe('Admins only: the tenant the order is for.'),
  offer: idSchema.optional().describe('Buy this offer; give units (and durationS unless it is reserved).'),
  units: units.optional(),
  durationS: z.number().int({ message: 'must be a whole number of seconds' }).min(60, { message: 'must be at least 60' }).max(5 * 366 * 86_400).optional(),
  requirement: requirementSchema.optional().describe('Or state what you need and let the platform pick the best offer with the placement engine.'),
  mode: z.enum(PRICE_MODES, { message: `must be one of ${PRICE_MODES.join(', ')}` }).optional().describe('With a requirement: which kind of offer to buy (default on-demand).'),
  bid: amountSchema('Spot only: what you pay per unit-hour while you hold capacity.').optional(),
  waitS: z.number().int({ message: 'must be a whole number of seconds' }).min(0).max(30 * 86_400).optional()
    .describe('How long an order nobody can fill yet stays open (spot bids default to a day; a requirement without it is refused when nothing matches).'),
}).superRefine((o, ctx) => {
  if ((o.offer === undefined) === (o.requirement === undefined)) ctx.addIssue({ code: 'custom', path: ['offer'], message: 'give either offer or requirement' });
  if (o.offer !== undefined && o.units === undefined) ctx.addIssue({ code: 'custom', path: ['units'], message: 'how many units of the offer?' });
  if (o.requirement !== undefined && (o.units !== undefined || o.durationS !== undefined)) ctx.addIssue({ code: 'custom', path: ['units'], message: 'a requirement states units and durationS itself' });
  if (o.offer !== undefined && o.mode !== undefined) ctx.addIssue({ code: 'custom', path: ['mode'], message: 'an offer has its own mode' });
});

export type OrderCreate = z.output<typeof orderCreateSchema>;

export const orderListQuerySchema = z.strictObject({
  state: z.enum(ORDER_STATES, { message: `must be one of ${ORDER_STATES.join(', ')}` }).optional().describe('Only orders in this state.'),
  tenant: z.string().min(1).max(200).optional().describe('Only this tenant\'s orders (a tenant sees its own only).'),
  cursor: pageCursor(),
  limit: pageLimit(50, 'Orders per page.'),
});


