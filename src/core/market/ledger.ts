import type { Money } from '../money.js';

/**
 * The double-entry ledger's accounts and transactions. An account's balance
 * is the sum of its postings; a transaction's postings sum to exactly zero,
 * so money only ever moves between accounts. `external` is the world outside
 * the platform: a top-up moves money from it, a refund or payout back to it,
 * so its balance is minus the money held on the platform.
 */
export type AccountKind = 'tenant-available' | 'tenant-held' | 'operator' | 'commission' | 'external' | 'peer';

export interface AccountRef {
  id: string;
  kind: AccountKind;
  /** The tenant or data center the account belongs to; empty for the platform's own. */
  owner: string;
}

export const Accounts = {
  /** A tenant's prepaid money it may spend. */
  available: (tenantId: string): AccountRef => ({ id: `tenant:${tenantId}:available`, kind: 'tenant-available', owner: tenantId }),
  /** A tenant's money held for its matched orders. */
  held: (tenantId: string): AccountRef => ({ id: `tenant:${tenantId}:held`, kind: 'tenant-held', owner: tenantId }),
  /** What the platform owes the operator of a data center. */
  operator: (dataCenterId: string): AccountRef => ({ id: `dc:${dataCenterId}:receivable`, kind: 'operator', owner: dataCenterId }),
  commission: (): AccountRef => ({ id: 'platform:commission', kind: 'commission', owner: '' }),
  external: (): AccountRef => ({ id: 'external:cash', kind: 'external', owner: '' }),
  /**
   * Money between this platform and another of its federation, for routed
   * jobs. Like `external`, negative means the other platform is to pay this
   * one; positive, this one is to pay it.
   */
  peer: (platformId: string): AccountRef => ({ id: `peer:${platformId}`, kind: 'peer', owner: platformId }),
};

/** The lowest balance each kind of account may reach; null means no floor. */
export function floorOf(kind: AccountKind): Money | null {
  return kind === 'external' || kind === 'commission' || kind === 'peer' ? null : 0;
}

export const TRANSACTION_KINDS = ['top-up', 'hold', 'capture', 'release', 'refund', 'payout', 'adjustment', 'reversal', 'settlement'] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

export interface Posting {
  account: AccountRef;
  amount: Money;
}

/** The problems with a set of postings, in words; empty when they make a valid transaction. */
export function postingProblems(postings: readonly Posting[]): string[] {
  const out: string[] = [];
  if (postings.length < 2) out.push('a transaction needs at least two postings');
  let sum = 0n;
  for (const [i, p] of postings.entries()) {
    if (!Number.isSafeInteger(p.amount)) out.push(`postings[${i}].amount must be a whole number of minor units, got ${p.amount}`);
    else if (p.amount === 0) out.push(`postings[${i}].amount must not be zero`);
    else sum += BigInt(p.amount);
  }
  if (out.length === 0 && sum !== 0n) out.push(`postings sum to ${sum}, not zero`);
  return out;
}

/** The postings that undo `postings`: each amount negated. */
export function reversalOf(postings: readonly Posting[]): Posting[] {
  return postings.map((p) => ({ account: p.account, amount: -p.amount }));
}
