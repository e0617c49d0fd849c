/**
 * The life of an order:
 * `open -> matched -> active -> completed | cancelled | expired`.
 * An open order waits for an offer (a requirement nobody matches yet, or a
 * spot bid below the clearing price). A matched order holds capacity and the
 * buyer's money; it becomes active when the first job under it runs. A spot
 * order that is outbid goes back to open after its notice: lower bids wait.
 */
export const ORDER_STATES = ['open', 'matched', 'active', 'completed', 'cancelled', 'expired'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const NEXT_ORDER_STATES: Readonly<Record<OrderState, readonly OrderState[]>> = {
  open: ['matched', 'cancelled', 'expired'],
  matched: ['active', 'completed', 'cancelled', 'open'],
  active: ['completed', 'cancelled', 'open'],
  completed: [],
  cancelled: [],
  expired: [],
};

/** Orders in these states hold capacity and money. */
export const LIVE_ORDER_STATES: readonly OrderState[] = ['matched', 'active'];

export function orderStatesBefore(to: OrderState): OrderState[] {
  return ORDER_STATES.filter((s) => NEXT_ORDER_STATES[s].includes(to));
}

/**
 * How an offer is priced:
 * - `on-demand`: a posted price per unit-hour; the buyer pays for the time used;
 * - `reserved`: capacity held for the buyer for a whole term at a lower price, paid for the term;
 * - `spot`: interruptible capacity sold by bid above a floor price; the highest bids run.
 */
export const PRICE_MODES = ['on-demand', 'reserved', 'spot'] as const;
export type PriceMode = (typeof PRICE_MODES)[number];

export interface SpotBid {
  orderId: string;
  units: number;
  /** Price per unit-hour offered, 1/10,000 yuan. */
  bid: number;
  /** Submission order: earlier bids win ties. */
  seq: number;
}

/**
 * Clears a spot offer: bids sorted by price, highest first (earlier first on
 * ties), take capacity while it lasts. A bid that does not fit whole is
 * skipped, and a smaller bid below it may still fit. Returns the winners and
 * the rest.
 */
export function clearSpot(bids: readonly SpotBid[], capacity: number): { winners: SpotBid[]; losers: SpotBid[] } {
  const sorted = [...bids].sort((a, b) => b.bid - a.bid || a.seq - b.seq);
  const winners: SpotBid[] = [];
  const losers: SpotBid[] = [];
  let left = Math.max(0, capacity);
  for (const b of sorted) {
    if (b.units <= left) {
      winners.push(b);
      left -= b.units;
    } else {
      losers.push(b);
    }
  }
  return { winners, losers };
}
