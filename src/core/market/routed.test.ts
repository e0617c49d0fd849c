import { describe, expect, it } from 'vitest';
import { postingProblems } from './ledger.js';
import type { Posting } from './ledger.js';
import { billFor, executedCharge, originBill, relayedCharge } from './routed.js';

const amounts = (ps: Posting[]): Record<string, number> => Object.fromEntries(ps.map((p) => [p.account.id, p.amount]));

describe('routed money', () => {
  it('charges hop by hop: the executor, one relay and the origin, each with its own commission', () => {
    // 3,338.19 yuan of use at the executing platform; commissions of 5 %, 2 % and 1 %.
    const ran = executedCharge({ fromPeer: 'national', dataCenterId: 'gansu-qingyang', charge: 33_381_900, commissionBps: 500 });
    expect(amounts(ran)).toEqual({ 'peer:national': -33_381_900, 'dc:gansu-qingyang:receivable': 31_712_805, 'platform:commission': 1_669_095 });
    const relay = relayedCharge({ below: 'hub-west', above: 'hub-east', charge: 33_381_900, commissionBps: 200 });
    expect(relay.onward).toBe(34_049_538);
    expect(amounts(relay.postings)).toEqual({ 'peer:hub-west': 33_381_900, 'peer:hub-east': -34_049_538, 'platform:commission': 667_638 });
    const bill = originBill({ tenantId: 'acme', parent: 'national', charge: relay.onward, commissionBps: 100 });
    expect(bill.bill).toBe(34_390_033);
    expect(billFor(relay.onward, 100)).toBe(bill.bill);
    expect(amounts(bill.postings)).toEqual({ 'tenant:acme:available': -34_390_033, 'peer:national': 34_049_538, 'platform:commission': 340_495 });
  });

  it('gives valid transactions for any charge and rate, and leaves out a zero commission', () => {
    for (let i = 0; i < 2000; i++) {
      const charge = 1 + ((i * 7_919) % 5_000_000);
      const bps = (i * 37) % 10_001;
      for (const ps of [
        executedCharge({ fromPeer: 'p', dataCenterId: 'dc', charge, commissionBps: bps }),
        relayedCharge({ below: 'b', above: 'a', charge, commissionBps: bps }).postings,
        originBill({ tenantId: 't', parent: 'p', charge, commissionBps: bps }).postings,
      ]) {
        expect(postingProblems(ps)).toEqual([]);
      }
    }
    expect(executedCharge({ fromPeer: 'p', dataCenterId: 'dc', charge: 10, commissionBps: 0 }).map((p) => p.account.id)).toEqual(['peer:p', 'dc:dc:receivable']);
    expect(originBill({ tenantId: 't', parent: 'p', charge: 10, commissionBps: 500 }).postings).toHaveLength(2);
  });

  it('refuses a charge that is not whole money', () => {
    expect(() => executedCharge({ fromPeer: 'p', dataCenterId: 'dc', charge: 1.5, commissionBps: 500 })).toThrow(/whole number/);
    expect(() => relayedCharge({ below: 'b', above: 'a', charge: -3, commissionBps: 500 })).toThrow(/whole number/);
  });
});
