import type { Money } from '../money.js';
import { Accounts } from './ledger.js';
import type { Posting } from './ledger.js';
import { splitCapture } from './rules.js';

/**
 * The money of a job routed between platforms, as postings. A routed job
 * is charged hop by hop: the platform that ran it charges the one it came
 * from; each platform between passes the charge on with its commission; the
 * platform where it was submitted bills its tenant. Every set sums to zero,
 * and none holds a zero posting (docs/federation.md has a worked example).
 */

/** The executing platform: the platform the job came from owes `charge`; the operator gets it less this platform's commission. */
export function executedCharge(r: { fromPeer: string; dataCenterId: string; charge: Money; commissionBps: number }): Posting[] {
  const split = splitCapture(r.charge, r.commissionBps);
  return withoutZeros([
    { account: Accounts.peer(r.fromPeer), amount: -r.charge },
    { account: Accounts.operator(r.dataCenterId), amount: split.operator },
    { account: Accounts.commission(), amount: split.commission },
  ]);
}

/**
 * A platform between: it owes `charge` to the platform below and charges it
 * on, with its commission, to the one above. `onward` is what it charges.
 */
export function relayedCharge(r: { below: string; above: string; charge: Money; commissionBps: number }): { postings: Posting[]; onward: Money } {
  const { commission } = splitCapture(r.charge, r.commissionBps);
  const onward = r.charge + commission;
  return {
    onward,
    postings: withoutZeros([
      { account: Accounts.peer(r.below), amount: r.charge },
      { account: Accounts.peer(r.above), amount: -onward },
      { account: Accounts.commission(), amount: commission },
    ]),
  };
}

/** The platform of origin: its tenant pays what the parent charges plus this platform's commission. */
export function originBill(r: { tenantId: string; parent: string; charge: Money; commissionBps: number }): { postings: Posting[]; bill: Money } {
  const { commission } = splitCapture(r.charge, r.commissionBps);
  const bill = r.charge + commission;
  return {
    bill,
    postings: withoutZeros([
      { account: Accounts.available(r.tenantId), amount: -bill },
      { account: Accounts.peer(r.parent), amount: r.charge },
      { account: Accounts.commission(), amount: commission },
    ]),
  };
}

/** What a tenant owes for a routed job the parent charged `charge` for. */
export function billFor(charge: Money, commissionBps: number): Money {
  return charge + splitCapture(charge, commissionBps).commission;
}

function withoutZeros(postings: Posting[]): Posting[] {
  return postings.filter((p) => p.amount !== 0);
}
