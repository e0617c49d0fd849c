import { describe, expect, it } from 'vitest';
import { Accounts, postingProblems, reversalOf } from './ledger.js';
import { effectivePrice } from './matching.js';
import { NEXT_ORDER_STATES, ORDER_STATES, clearSpot, orderStatesBefore } from './orders.js';
import { chargeFor, holdFor, splitCapture } from './rules.js';

describe('money rules', () => {
  it('charges metered use rounded down, on cumulative use, so many small reports cost what one would', () => {
    // 12.5 yuan per unit-hour x 9,614 unit-seconds = 33.38194... yuan -> 33.3819.
    expect(chargeFor(125_000, 9614)).toBe(333_819);
    expect(chargeFor(125_000, 0)).toBe(0);
    // 1 unit-second at 0.0001 yuan per unit-hour rounds to nothing; 3,600 of them make exactly 0.0001.
    expect(chargeFor(1, 1)).toBe(0);
    expect(chargeFor(1, 3600)).toBe(1);
    let captured = 0;
    let used = 0;
    for (let i = 0; i < 1000; i++) {
      used += 7;
      captured += chargeFor(33_333, used) - captured;
    }
    expect(captured).toBe(chargeFor(33_333, 7000));
  });

  it('holds the most an order can cost, rounded up, so the hold always covers the charge', () => {
    expect(holdFor(125_000, 2, 10_800)).toBe(750_000);
    expect(holdFor(1, 1, 1)).toBe(1);
    for (const [p, u, d] of [[33_333, 3, 7], [1, 1, 3599], [999_999, 17, 86_399]] as const) {
      expect(holdFor(p, u, d)).toBeGreaterThanOrEqual(chargeFor(p, u * d));
      expect(holdFor(p, u, d) - chargeFor(p, u * d)).toBeLessThanOrEqual(1);
    }
  });

  it('is exact where floats are not: large prices times long uses', () => {
    // 9,007,199 unit-seconds at 99,999,999 per unit-hour: the product exceeds 2^53.
    const exact = (99_999_999n * 9_007_199n) / 3600n;
    expect(chargeFor(99_999_999, 9_007_199)).toBe(Number(exact));
    expect(() => chargeFor(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toThrow(/too large/);
    expect(() => chargeFor(1.5, 10)).toThrow(/whole number/);
    expect(() => holdFor(10, -1, 10)).toThrow(/units must be a whole number/);
  });

  it('splits a capture between operator and commission without losing a minor unit', () => {
    expect(splitCapture(333_819, 500)).toEqual({ operator: 317_129, commission: 16_690 });
    expect(splitCapture(1, 500)).toEqual({ operator: 1, commission: 0 });
    expect(splitCapture(100, 10_000)).toEqual({ operator: 0, commission: 100 });
    for (let a = 0; a < 2000; a += 37) {
      const s = splitCapture(a, 733);
      expect(s.operator + s.commission).toBe(a);
    }
  });
});

describe('ledger transactions', () => {
  const a = Accounts.available('acme');
  const h = Accounts.held('acme');
  it('accepts postings that sum to zero and names every problem otherwise', () => {
    expect(postingProblems([{ account: a, amount: -5 }, { account: h, amount: 5 }])).toEqual([]);
    expect(postingProblems([{ account: a, amount: -5 }, { account: h, amount: 4 }])).toEqual(['postings sum to -1, not zero']);
    expect(postingProblems([{ account: a, amount: 5 }])).toContain('a transaction needs at least two postings');
    expect(postingProblems([{ account: a, amount: 0.5 }, { account: h, amount: -0.5 }])).toEqual([
      'postings[0].amount must be a whole number of minor units, got 0.5', 'postings[1].amount must be a whole number of minor units, got -0.5',
    ]);
    expect(postingProblems([{ account: a, amount: 0 }, { account: h, amount: 0 }])).toHaveLength(2);
  });

  it('reverses by negating every posting', () => {
    expect(reversalOf([{ account: a, amount: -5 }, { account: h, amount: 5 }])).toEqual([{ account: a, amount: 5 }, { account: h, amount: -5 }]);
  });
});

describe('orders', () => {
  it('moves only along the documented lifecycle', () => {
    expect(orderStatesBefore('matched')).toEqual(['open']);
    expect(orderStatesBefore('completed')).toEqual(['matched', 'active']);
    for (const s of ['completed', 'cancelled', 'expired'] as const) expect(NEXT_ORDER_STATES[s]).toEqual([]);
    expect(ORDER_STATES).toEqual(['open', 'matched', 'active', 'completed', 'cancelled', 'expired']);
  });

  it('clears a spot offer highest bid first, earlier first on ties, skipping bids that do not fit', () => {
    const bids = [
      { orderId: 'a', units: 3, bid: 30_000, seq: 1 },
      { orderId: 'b', units: 2, bid: 50_000, seq: 2 },
      { orderId: 'c', units: 2, bid: 30_000, seq: 3 },
      { orderId: 'd', units: 1, bid: 20_000, seq: 4 },
    ];
    const r = clearSpot(bids, 5);
    expect(r.winners.map((w) => w.orderId)).toEqual(['b', 'a']);
    expect(r.losers.map((w) => w.orderId)).toEqual(['c', 'd']);
    expect(clearSpot(bids, 6).winners.map((w) => w.orderId)).toEqual(['b', 'a', 'd']);
    expect(clearSpot(bids, 0).winners).toEqual([]);
  });

  it('ranks a reserved offer by its term spread over the hours needed', () => {
    expect(effectivePrice({ mode: 'reserved', price: 80_000, termS: 7200 }, 3600)).toBe(160_000);
    expect(effectivePrice({ mode: 'reserved', price: 80_000, termS: 3600 }, 3600)).toBe(80_000);
    expect(effectivePrice({ mode: 'on-demand', price: 100_000 }, 60)).toBe(100_000);
  });
});
