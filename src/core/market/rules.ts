import type { Money } from '../money.js';

/**
 * The money rules of the market, in integers only (1/10,000 yuan). Every
 * product of a price and a quantity is computed exactly with BigInt and
 * rounded once, by the rule its function names. docs/market.md gives each
 * rule with a worked example.
 */

const SECONDS_PER_HOUR = 3600n;
const BPS = 10_000n;

function safe(v: bigint, what: string): Money {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError(`${what} is too large to hold as money`);
  return Number(v);
}

function whole(n: number, what: string): bigint {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a whole number of at least 0, got ${n}`);
  return BigInt(n);
}

/**
 * What `unitSeconds` of use cost at `pricePerUnitHour`: rounded down to the
 * minor unit, so a buyer never pays for a fraction it did not use. Charges
 * are always computed on the cumulative usage of an order and captured as
 * the difference from what was captured before, so the rounding never adds
 * up over many small reports: the total captured is exactly
 * `floor(price x total unit-seconds / 3600)`.
 */
export function chargeFor(pricePerUnitHour: Money, unitSeconds: number): Money {
  return safe((whole(pricePerUnitHour, 'price') * whole(unitSeconds, 'unit-seconds')) / SECONDS_PER_HOUR, 'charge');
}

/** The most an order of `units` for `durationS` can cost: held when it is matched. Rounded up, so the hold always covers the charge. */
export function holdFor(pricePerUnitHour: Money, units: number, durationS: number): Money {
  const n = whole(pricePerUnitHour, 'price') * whole(units, 'units') * whole(durationS, 'duration');
  return safe((n + SECONDS_PER_HOUR - 1n) / SECONDS_PER_HOUR, 'hold');
}

/**
 * The platform's commission on a captured amount at `rateBps` basis points,
 * rounded down; the operator receives the rest, so the two always add up to
 * the amount captured.
 */
export function splitCapture(amount: Money, rateBps: number): { operator: Money; commission: Money } {
  const commission = safe((whole(amount, 'amount') * whole(rateBps, 'commission rate')) / BPS, 'commission');
  return { operator: amount - commission, commission };
}
