import { z } from 'zod';
import type { Clock } from '../../core/clock.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import { Accounts, reversalOf } from '../../core/market/ledger.js';
import type { AccountRef, Posting, TransactionKind } from '../../core/market/ledger.js';
import { formatYuan, yuanToMinor } from '../../core/money.js';
import type { Db } from '../../store/db.js';
import type { Entry, LedgerTransaction } from '../../store/repositories/ledger.repository.js';
import type { Store } from '../../store/store.js';
import { actorName, dataCenterScope } from './actor.js';
import type { Principal } from './actor.js';
import type { Idempotency } from './idempotency.js';
import type { balanceSchema, statementSchema, transactionSchema } from '../contract/market.js';
import { randomId } from './ids.js';

/** Plain decimal text: digits, at most 4 decimals, a minus sign only where amounts are signed. */
const PLAIN_YUAN = /^-?\d{1,15}(\.\d+)?$/;

/** An amount of yuan as the API takes it: a JSON number or plain decimal text, at most 4 decimal places. */
export function amountSchema(description: string, opts: { signed?: boolean } = {}) {
  return z.union([z.number(), z.string()], { message: 'must be an amount of yuan (a number or decimal text)' })
    .transform((value, ctx) => {
      if (typeof value === 'string' && !PLAIN_YUAN.test(value)) {
        ctx.addIssue({ code: 'custom', message: `must be plain decimal text such as 12.5 or 0.0001 (got ${JSON.stringify(value.slice(0, 40))})` });
        return z.NEVER;
      }
      try {
        const minor = yuanToMinor(value);
        if (minor === 0 || (!opts.signed && minor < 0)) {
          ctx.addIssue({ code: 'custom', message: opts.signed ? 'must not be zero' : `must be more than 0 (got ${value})` });
          return z.NEVER;
        }
        return minor;
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
        return z.NEVER;
      }
    })
    .describe(`${description} Yuan, up to 4 decimal places (0.0001 yuan is the smallest amount).`);
}

export const topUpSchema = z.strictObject({
  amount: amountSchema('Money paid in.'),
  reference: z.string().min(1).max(200).optional().describe('The payment reference, e.g. a bank transfer id.'),
});

export const refundSchema = z.strictObject({
  amount: amountSchema('Money paid back to the tenant.'),
  reason: z.string().min(1).max(500),
});

export const payoutSchema = z.strictObject({
  amount: amountSchema('Money paid out to the operator.'),
  reference: z.string().min(1).max(200).optional(),
});

export const adjustmentSchema = z.strictObject({
  memo: z.string().min(1).max(500).describe('Why the adjustment is made.'),
  postings: z.array(z.strictObject({
    account: z.string().min(1).max(300).describe('An existing account id, e.g. tenant:acme:available.'),
    amount: amountSchema('Signed amount: positive adds to the account, negative takes from it.', { signed: true }),
  })).min(2).max(50),
}).describe('Postings that sum to zero.');

export const reversalSchema = z.strictObject({ memo: z.string().min(1).max(500) });

export const settlementSchema = z.strictObject({
  amount: amountSchema('Money that moved between this platform and the peer, outside the platforms.'),
  direction: z.enum(['received', 'paid'], { message: 'must be received (the peer paid this platform) or paid (this platform paid the peer)' }),
  reference: z.string().min(1).max(200).optional().describe('The payment reference.'),
});

const when = z.string().max(40).transform((v, ctx) => {
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a date or time (use ISO 8601, e.g. 2026-11-01 or 2026-11-01T00:00:00+08:00)` });
    return z.NEVER;
  }
  return ms;
});

export const statementQuerySchema = z.strictObject({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month, YYYY-MM' }).optional().describe('A calendar month in China Standard Time; instead of from and to.'),
  from: when.optional().describe('Start of the period (inclusive), ISO 8601. Default: the first entry.'),
  to: when.optional().describe('End of the period (exclusive), ISO 8601. Default: now.'),
  format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).default('json').describe('json, or csv for a spreadsheet (text/csv).'),
});

/** Money as the API shows it: exact decimal yuan and the integer count of 1/10,000 yuan. */
export function money(minor: number): { yuan: string; minor: number } {
  return { yuan: formatYuan(minor), minor };
}

const CST_MS = 8 * 3_600_000;

export type StatementLine = Statement['lines'][number];

export type Statement = z.output<typeof statementSchema>;

/**
 * Money in and out of the platform and between its accounts: top-ups,
 * refunds, operator payouts, adjustments and reversals, balances and
 * statements. Orders hold and capture through the market service; every
 * movement is a balanced ledger transaction, audited in the same database
 * transaction.
 */
export class LedgerService {
  constructor(private readonly store: Store, private readonly clock: Clock) {}

  /** Posts `postings` as one transaction, with its audit entry. */
  async post(who: Principal, t: { kind: TransactionKind; postings: Posting[]; key?: string; bodyHash?: string; memo?: string; orderId?: string; jobId?: string; reverses?: string; target: string; floors?: Record<string, number> }, db: Db = this.store.db): Promise<{ transaction: LedgerTransaction; posted: boolean }> {
    const now = this.clock.now();
    return db.transaction(async (tx) => {
      const out = await this.store.ledger.post({
        id: `tx_${randomId()}`, kind: t.kind, at: now, actor: actorName(who), postings: t.postings,
        ...(t.key !== undefined && { idempotencyKey: t.key }), ...(t.bodyHash !== undefined && { bodyHash: t.bodyHash }), ...(t.memo !== undefined && { memo: t.memo }),
        ...(t.orderId !== undefined && { orderId: t.orderId }), ...(t.jobId !== undefined && { jobId: t.jobId }), ...(t.reverses !== undefined && { reverses: t.reverses }),
        ...(t.floors !== undefined && { floors: t.floors }),
      }, tx);
      if (out.posted && who.source !== 'internal') {
        await this.store.audit.append([{ at: now, actor: actorName(who), action: `ledger.${t.kind}`, target: t.target, source: who.source, detail: { transaction: out.transaction.id, postings: out.transaction.postings } }], tx);
      }
      return out;
    });
  }

  private async requireTenant(id: string): Promise<void> {
    if (!(await this.store.identity.getTenant(id))) throw new NotFoundError(`tenant "${id}" not found`);
  }

  async topUp(tenantId: string, b: z.output<typeof topUpSchema>, who: Principal, idem?: Idempotency): Promise<{ transaction: TransactionView; balance: BalanceView; created: boolean }> {
    const key = idem?.key;
    await this.requireTenant(tenantId);
    const out = await this.post(who, {
      kind: 'top-up', target: `tenant:${tenantId}`, postings: [{ account: Accounts.external(), amount: -b.amount }, { account: Accounts.available(tenantId), amount: b.amount }],
      ...(idem !== undefined && { key: `top-up:${tenantId}:${key}`, bodyHash: idem.hash }), ...(b.reference !== undefined && { memo: b.reference }),
    });
    return { transaction: transactionView(out.transaction), balance: await this.balance(tenantId, who), created: out.posted };
  }

  async refund(tenantId: string, b: z.output<typeof refundSchema>, who: Principal, idem?: Idempotency): Promise<{ transaction: TransactionView; created: boolean }> {
    const key = idem?.key;
    await this.requireTenant(tenantId);
    const out = await this.post(who, {
      kind: 'refund', target: `tenant:${tenantId}`, memo: b.reason, postings: [{ account: Accounts.available(tenantId), amount: -b.amount }, { account: Accounts.external(), amount: b.amount }],
      ...(idem !== undefined && { key: `refund:${tenantId}:${key}`, bodyHash: idem.hash }),
    });
    return { transaction: transactionView(out.transaction), created: out.posted };
  }

  async payout(dataCenterId: string, b: z.output<typeof payoutSchema>, who: Principal, idem?: Idempotency): Promise<{ transaction: TransactionView; created: boolean }> {
    const key = idem?.key;
    if (!(await this.store.ledger.account(Accounts.operator(dataCenterId).id))) throw new NotFoundError(`data center "${dataCenterId}" has no receivable account (it has earned nothing yet)`);
    const out = await this.post(who, {
      kind: 'payout', target: `dc:${dataCenterId}`, postings: [{ account: Accounts.operator(dataCenterId), amount: -b.amount }, { account: Accounts.external(), amount: b.amount }],
      ...(idem !== undefined && { key: `payout:${dataCenterId}:${key}`, bodyHash: idem.hash }), ...(b.reference !== undefined && { memo: b.reference }),
    });
    return { transaction: transactionView(out.transaction), created: out.posted };
  }

  /** An adjustment between existing accounts: a correction, never an edit of an earlier transaction. */
  async adjust(b: z.output<typeof adjustmentSchema>, who: Principal, idem?: Idempotency): Promise<{ transaction: TransactionView; created: boolean }> {
    const key = idem?.key;
    const postings: Posting[] = [];
    const issues: { path: string; message: string }[] = [];
    for (const [i, p] of b.postings.entries()) {
      const acc = await this.store.ledger.account(p.account);
      if (!acc) issues.push({ path: `postings[${i}].account`, message: `unknown account "${p.account}"` });
      else postings.push({ account: { id: acc.id, kind: acc.kind, owner: acc.owner }, amount: p.amount });
    }
    const sum = b.postings.reduce((s, p) => s + BigInt(p.amount), 0n);
    if (sum !== 0n) issues.push({ path: 'postings', message: `must sum to zero; they sum to ${formatYuan(Number(sum))} yuan` });
    if (issues.length > 0) throw new ValidationError('request body', issues);
    const out = await this.post(who, { kind: 'adjustment', target: 'ledger', memo: b.memo, postings, ...(idem !== undefined && { key: `adjustment:${key}`, bodyHash: idem.hash }) });
    return { transaction: transactionView(out.transaction), created: out.posted };
  }

  /** Reverses a transaction with a new one of opposite postings; a transaction is reversed at most once. */
  async reverse(id: string, b: z.output<typeof reversalSchema>, who: Principal): Promise<{ transaction: TransactionView; created: boolean }> {
    const orig = await this.store.ledger.get(id);
    if (!orig) throw new NotFoundError(`transaction "${id}" not found`);
    if (orig.kind === 'reversal') throw new ConflictError(`transaction "${id}" is itself a reversal; post an adjustment instead`);
    // An order's holds, captures and releases follow its state; undoing one alone would leave the order's books wrong.
    if (orig.orderId !== undefined) throw new ConflictError(`transaction "${id}" belongs to order ${orig.orderId}; correct it with an adjustment or a refund`);
    const accounts = await Promise.all(orig.postings.map((p) => this.store.ledger.account(p.account)));
    const postings = reversalOf(orig.postings.map((p, i) => ({ account: refOf(accounts[i]!), amount: p.amount })));
    const out = await this.post(who, { kind: 'reversal', target: `transaction:${id}`, memo: b.memo, reverses: id, key: `reversal:${id}`, postings });
    return { transaction: transactionView(out.transaction), created: out.posted };
  }

  /**
   * Records a payment between this platform and a federation peer, which
   * clears what routed jobs left owing on `peer:<id>`: money received from
   * the peer, or paid to it. Each platform records its own side.
   */
  async settlePeer(peerId: string, b: z.output<typeof settlementSchema>, who: Principal, idem?: Idempotency): Promise<{ transaction: TransactionView; balance: { yuan: string; minor: number }; created: boolean }> {
    const key = idem?.key;
    const account = Accounts.peer(peerId);
    if (!(await this.store.ledger.account(account.id))) throw new NotFoundError(`no account with platform "${peerId}": no routed job has passed between them`);
    const amount = b.direction === 'received' ? b.amount : -b.amount;
    const out = await this.post(who, {
      kind: 'settlement', target: `peer:${peerId}`, memo: b.reference ?? `${b.direction} ${formatYuan(b.amount)} yuan`,
      postings: [{ account, amount }, { account: Accounts.external(), amount: -amount }],
      ...(idem !== undefined && { key: `settlement:${peerId}:${key}`, bodyHash: idem.hash }),
    });
    return { transaction: transactionView(out.transaction), balance: money(await this.store.ledger.balance(account.id)), created: out.posted };
  }

  async balance(tenantId: string, who: Principal): Promise<BalanceView> {
    if ((who.role === 'tenant-admin' || who.role === 'tenant-member') && who.tenantId !== tenantId) throw new NotFoundError(`tenant "${tenantId}" not found`);
    await this.requireTenant(tenantId);
    const available = await this.store.ledger.balance(Accounts.available(tenantId).id);
    const held = await this.store.ledger.balance(Accounts.held(tenantId).id);
    return { tenant: tenantId, available: money(available), held: money(held) };
  }

  async transaction(id: string): Promise<TransactionView> {
    const t = await this.store.ledger.get(id);
    if (!t) throw new NotFoundError(`transaction "${id}" not found`);
    return transactionView(t);
  }

  /**
   * A statement of a tenant's accounts (available and held) or of a data
   * center's receivable for a period: opening balance, every posting with
   * the running balance, closing balance, totals by kind, and whether it
   * reconciles to the ledger.
   */
  async statement(kind: 'tenant' | 'data-center', id: string, q: z.output<typeof statementQuerySchema>, who: Principal): Promise<Statement> {
    if (kind === 'tenant') {
      if ((who.role === 'tenant-admin' || who.role === 'tenant-member') && who.tenantId !== id) throw new NotFoundError(`tenant "${id}" not found`);
      if (who.role === 'dc-operator' || who.role === 'dc-agent') throw new ForbiddenError('an operator sees its data centers\' statements only');
      await this.requireTenant(id);
    } else {
      const scope = dataCenterScope(who);
      if (scope && !scope.includes(id)) throw new NotFoundError(`data center "${id}" not found among yours`);
      if (who.role === 'tenant-admin' || who.role === 'tenant-member') throw new ForbiddenError('a tenant sees its own statements only');
    }
    const refs = kind === 'tenant' ? [Accounts.available(id), Accounts.held(id)] : [Accounts.operator(id)];
    // Without a period: from the account's first posting to now.
    let from = q.from ?? (await this.store.ledger.firstPostingAt(refs.map((r) => r.id))) ?? this.clock.now();
    let to = q.to ?? this.clock.now() + 1;
    if (q.period) {
      const [y, m] = q.period.split('-').map(Number) as [number, number];
      from = Date.UTC(y, m - 1, 1) - CST_MS;
      to = Date.UTC(y, m, 1) - CST_MS;
    }
    if (to <= from) throw new ValidationError('query', [{ path: 'to', message: 'must be after from' }]);
    const entries = await this.store.ledger.entries(refs.map((r) => r.id), from, to);
    const running = new Map<string, number>();
    const accounts = [];
    for (const r of refs) running.set(r.id, await this.store.ledger.balanceAt(r.id, from));
    const opening = new Map(running);
    const lines = entries.map((e) => {
      const bal = (running.get(e.account) ?? 0) + e.amount;
      running.set(e.account, bal);
      return lineOf(e, bal);
    });
    let reconciled = true;
    for (const r of refs) {
      const ledgerMinor = await this.store.ledger.balanceAt(r.id, to);
      const closing = running.get(r.id)!;
      if (closing !== ledgerMinor) reconciled = false;
      accounts.push({ id: r.id, opening: formatYuan(opening.get(r.id)!), openingMinor: opening.get(r.id)!, closing: formatYuan(closing), closingMinor: closing, ledgerMinor });
    }
    const totals: Record<string, number> = {};
    for (const e of entries) totals[`${e.kind}`] = (totals[`${e.kind}`] ?? 0) + e.amount;
    return {
      owner: { kind, id }, period: { from: new Date(from).toISOString(), to: new Date(to).toISOString() }, accounts,
      totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, money(v)])), lines, reconciled,
    };
  }
}

export type BalanceView = z.output<typeof balanceSchema>;

export type TransactionView = z.output<typeof transactionSchema>;

export function transactionView(t: LedgerTransaction): TransactionView {
  return {
    id: t.id, kind: t.kind, at: new Date(t.at).toISOString(), actor: t.actor,
    ...(t.memo !== undefined && { memo: t.memo }), ...(t.orderId !== undefined && { order: t.orderId }), ...(t.jobId !== undefined && { job: t.jobId }),
    ...(t.reverses !== undefined && { reverses: t.reverses }),
    postings: t.postings.map((p) => ({ account: p.account, amount: formatYuan(p.amount), amountMinor: p.amount })),
  };
}

function lineOf(e: Entry, balance: number): StatementLine {
  return {
    at: new Date(e.at).toISOString(), transaction: e.transactionId, kind: e.kind, account: e.account, amount: formatYuan(e.amount), amountMinor: e.amount, balanceMinor: balance,
    ...(e.orderId !== undefined && { order: e.orderId }), ...(e.jobId !== undefined && { job: e.jobId }), ...(e.memo !== undefined && { memo: e.memo }),
  };
}

function refOf(a: { id: string; kind: AccountRef['kind']; owner: string }): AccountRef {
  return { id: a.id, kind: a.kind, owner: a.owner };
}

/** A statement as CSV: one row per posting, then the opening and closing balance of each account. */
export function statementCsv(s: Statement): string {
  const esc = (v: string): string => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = [['at', 'transaction', 'kind', 'account', 'amount_yuan', 'balance_yuan', 'order', 'job', 'memo'].join(',')];
  for (const l of s.lines) {
    rows.push([l.at, l.transaction, l.kind, l.account, l.amount, formatYuan(l.balanceMinor), l.order ?? '', l.job ?? '', l.memo ?? ''].map(esc).join(','));
  }
  for (const a of s.accounts) {
    rows.push([s.period.from, '', 'opening', a.id, '', a.opening, '', '', ''].map(esc).join(','));
    rows.push([s.period.to, '', 'closing', a.id, '', a.closing, '', '', ''].map(esc).join(','));
  }
  return `${rows.join('\n')}\n`;
}
