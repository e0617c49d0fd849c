import { ConflictError, PaymentRequiredError } from '../../core/errors.js';
import { floorOf, postingProblems } from '../../core/market/ledger.js';
import type { AccountKind, AccountRef, Posting, TransactionKind } from '../../core/market/ledger.js';
import { formatYuan } from '../../core/money.js';
import { placeholders } from '../db.js';
import type { Db, SqlValue } from '../db.js';

export interface Account {
  id: string;
  kind: AccountKind;
  owner: string;
  balance: number;
  /** Lowest balance allowed; undefined means none. */
  floor?: number;
}

export interface NewTransaction {
  id: string;
  kind: TransactionKind;
  /** A transaction with a key already posted is not posted again: the first one is returned. */
  idempotencyKey?: string;
  /** Hash of the request that made it: a key reused with another request is refused. */
  bodyHash?: string;
  at: number;
  actor: string;
  memo?: string;
  orderId?: string;
  jobId?: string;
  /** The transaction this one reverses. */
  reverses?: string;
  postings: readonly Posting[];
  /** Per account id: a higher floor than the account's own for this transaction (a hold must leave the tenant's minimum balance). */
  floors?: Readonly<Record<string, number>>;
}

/** A posted transaction: what was asked for, with its sequence number and its postings by account id. */
export interface LedgerTransaction extends Omit<NewTransaction, 'postings' | 'floors'> {
  seq: number;
  postings: { account: string; amount: number }[];
}

/** One posting on an account, with its transaction's facts: a line of a statement. */
export interface Entry {
  postingId: number;
  account: string;
  amount: number;
  at: number;
  transactionId: string;
  kind: TransactionKind;
  memo?: string;
  orderId?: string;
  jobId?: string;
}

interface TxRow { seq: number; id: string; kind: string; idem_key: string | null; at: number; actor: string; memo: string | null; order_id: string | null; job_id: string | null; reverses: string | null }

/**
 * The double-entry ledger: accounts with their balances, and transactions of
 * postings that sum to zero. Balances change only by posting, in the same
 * database transaction as the postings, and an account's floor is enforced
 * by the update itself (`balance + x >= floor`), so concurrent spenders of
 * one balance cannot overdraw it on either engine: the row is locked by the
 * first update and the second one sees its result.
 */
export class LedgerRepository {
  constructor(private readonly db: Db) {}

  /** Posts a transaction; with a used idempotency key, returns the earlier one (`posted: false`). */
  async post(t: NewTransaction, db: Db = this.db): Promise<{ transaction: LedgerTransaction; posted: boolean }> {
    const problems = postingProblems(t.postings);
    if (problems.length > 0) throw new RangeError(`transaction ${t.id} (${t.kind}) is not balanced: ${problems.join('; ')}`);
    return db.transaction(async (tx) => {
      // A key already used returns its transaction. ON CONFLICT waits for a concurrent holder of the key to commit, then yields to it.
      const row = await tx.one<{ seq: number }>(
        'INSERT INTO ledger_transactions (id, kind, idem_key, body_hash, at, memo, order_id, job_id, reverses, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idem_key) DO NOTHING RETURNING seq',
        [t.id, t.kind, t.idempotencyKey ?? null, t.bodyHash ?? null, t.at, t.memo ?? null, t.orderId ?? null, t.jobId ?? null, t.reverses ?? null, t.actor],
      );
      if (!row) {
        const prior = (await this.byKey(t.idempotencyKey!, tx))!;
        if (prior.kind !== t.kind) throw new ConflictError(`idempotency key "${t.idempotencyKey}" was already used for a ${prior.kind}`, { context: { transactionId: prior.id }, expose: true });
        const hash = await tx.one<{ body_hash: string | null }>('SELECT body_hash FROM ledger_transactions WHERE id = ?', [prior.id]);
        if (t.bodyHash !== undefined && hash?.body_hash != null && hash.body_hash !== t.bodyHash) {
          throw new ConflictError(`idempotency key "${t.idempotencyKey}" was already used for ${prior.kind} ${prior.id} with a different request`, { context: { transactionId: prior.id }, expose: true });
        }
        return { transaction: prior, posted: false };
      }
      const seq = Number(row!.seq);
      // Accounts in a fixed order: two transactions touching the same accounts lock them in the same order.
      const sorted = [...t.postings].sort((a, b) => (a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : 0));
      for (const p of sorted) {
        await this.ensure(p.account, t.at, tx);
        const floor = t.floors?.[p.account.id];
        const changed = floor === undefined || p.amount > 0
          ? await tx.run('UPDATE accounts SET balance = balance + ? WHERE id = ? AND (min_balance IS NULL OR balance + ? >= min_balance)', [p.amount, p.account.id, p.amount])
          : await tx.run('UPDATE accounts SET balance = balance + ? WHERE id = ? AND balance + ? >= ? AND (min_balance IS NULL OR balance + ? >= min_balance)', [p.amount, p.account.id, p.amount, floor, p.amount]);
        if (changed === 0) {
          const acc = await tx.one<{ balance: number; min_balance: number | null }>('SELECT balance, min_balance FROM accounts WHERE id = ?', [p.account.id]);
          const shortfall = Math.max(Number(acc!.min_balance ?? Number.MIN_SAFE_INTEGER), floor ?? Number.MIN_SAFE_INTEGER) - (Number(acc!.balance) + p.amount);
          throw new PaymentRequiredError(
            `${t.kind} needs ${formatYuan(-p.amount)} yuan from ${p.account.id}, which holds ${formatYuan(Number(acc!.balance))}: ${formatYuan(shortfall)} yuan short`,
            { context: { account: p.account.id, shortfall: formatYuan(shortfall), shortfallMinor: shortfall }, expose: true },
          );
        }
        await tx.run('INSERT INTO postings (tx_seq, account_id, amount, at) VALUES (?, ?, ?, ?)', [seq, p.account.id, p.amount, t.at]);
      }
      return {
        transaction: {
          seq, id: t.id, kind: t.kind, at: t.at, actor: t.actor,
          ...(t.idempotencyKey !== undefined && { idempotencyKey: t.idempotencyKey }),
          ...(t.memo !== undefined && { memo: t.memo }), ...(t.orderId !== undefined && { orderId: t.orderId }),
          ...(t.jobId !== undefined && { jobId: t.jobId }), ...(t.reverses !== undefined && { reverses: t.reverses }),
          postings: t.postings.map((p) => ({ account: p.account.id, amount: p.amount })),
        },
        posted: true,
      };
    });
  }

  private async ensure(a: AccountRef, now: number, db: Db): Promise<void> {
    await db.run('INSERT INTO accounts (id, kind, owner, balance, min_balance, created_at) VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (id) DO NOTHING', [a.id, a.kind, a.owner, floorOf(a.kind), now]);
  }

  private async withPostings(r: TxRow, db: Db): Promise<LedgerTransaction> {
    const ps = await db.all<{ account_id: string; amount: number }>('SELECT account_id, amount FROM postings WHERE tx_seq = ? ORDER BY id', [r.seq]);
    return {
      seq: Number(r.seq), id: r.id, kind: r.kind as TransactionKind, at: Number(r.at), actor: r.actor,
      ...(r.idem_key !== null && { idempotencyKey: r.idem_key }), ...(r.memo !== null && { memo: r.memo }),
      ...(r.order_id !== null && { orderId: r.order_id }), ...(r.job_id !== null && { jobId: r.job_id }), ...(r.reverses !== null && { reverses: r.reverses }),
      postings: ps.map((p) => ({ account: p.account_id, amount: Number(p.amount) })),
    };
  }

  async byKey(key: string, db: Db = this.db): Promise<LedgerTransaction | undefined> {
    const r = await db.one<TxRow>('SELECT seq, id, kind, idem_key, at, actor, memo, order_id, job_id, reverses FROM ledger_transactions WHERE idem_key = ?', [key]);
    return r && this.withPostings(r, db);
  }

  async get(id: string, db: Db = this.db): Promise<LedgerTransaction | undefined> {
    const r = await db.one<TxRow>('SELECT seq, id, kind, idem_key, at, actor, memo, order_id, job_id, reverses FROM ledger_transactions WHERE id = ?', [id]);
    return r && this.withPostings(r, db);
  }

  /** Transactions oldest first after `afterSeq`, optionally of one order. */
  async transactions(f: { afterSeq?: number; orderId?: string; limit: number }): Promise<LedgerTransaction[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.afterSeq !== undefined) { where.push('seq > ?'); params.push(f.afterSeq); }
    if (f.orderId !== undefined) { where.push('order_id = ?'); params.push(f.orderId); }
    params.push(f.limit);
    const rows = await this.db.all<TxRow>(`SELECT seq, id, kind, idem_key, at, actor, memo, order_id, job_id, reverses FROM ledger_transactions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT ?`, params);
    return Promise.all(rows.map((r) => this.withPostings(r, this.db)));
  }

  async account(id: string, db: Db = this.db): Promise<Account | undefined> {
    const r = await db.one<{ id: string; kind: string; owner: string; balance: number; min_balance: number | null }>('SELECT id, kind, owner, balance, min_balance FROM accounts WHERE id = ?', [id]);
    return r && toAccount(r);
  }

  /** A balance; an account never posted to holds 0. */
  async balance(id: string, db: Db = this.db): Promise<number> {
    return (await this.account(id, db))?.balance ?? 0;
  }

  /** Accounts by id; `after` and `limit` page through them. */
  async accounts(f: { owner?: string; after?: string; limit?: number } = {}): Promise<Account[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.owner !== undefined) { where.push('owner = ?'); params.push(f.owner); }
    if (f.after !== undefined) { where.push('id > ?'); params.push(f.after); }
    params.push(f.limit ?? 1_000_000);
    const rows = await this.db.all<{ id: string; kind: string; owner: string; balance: number; min_balance: number | null }>(
      `SELECT id, kind, owner, balance, min_balance FROM accounts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT ?`, params,
    );
    return rows.map(toAccount);
  }

  async accountsOfKind(kind: AccountKind): Promise<Account[]> {
    const rows = await this.db.all<{ id: string; kind: string; owner: string; balance: number; min_balance: number | null }>('SELECT id, kind, owner, balance, min_balance FROM accounts WHERE kind = ? ORDER BY id', [kind]);
    return rows.map(toAccount);
  }

  /** Sum of an account's postings before `before` (exclusive): its balance at that moment. */
  async balanceAt(accountId: string, before: number): Promise<number> {
    const r = await this.db.one<{ s: number | null }>('SELECT SUM(amount) AS s FROM postings WHERE account_id = ? AND at < ?', [accountId, before]);
    return Number(r?.s ?? 0);
  }

  /** When the first posting on any of these accounts was made, if any. */
  async firstPostingAt(accountIds: readonly string[]): Promise<number | undefined> {
    if (accountIds.length === 0) return undefined;
    const r = await this.db.one<{ at: number | null }>(`SELECT MIN(at) AS at FROM postings WHERE account_id IN (${placeholders(accountIds.length)})`, accountIds);
    return r?.at === null || r?.at === undefined ? undefined : Number(r.at);
  }

  /** Postings on these accounts in [from, to), oldest first, with their transactions. */
  async entries(accountIds: readonly string[], from: number, to: number): Promise<Entry[]> {
    if (accountIds.length === 0) return [];
    const rows = await this.db.all<{ id: number; account_id: string; amount: number; at: number; tid: string; kind: string; memo: string | null; order_id: string | null; job_id: string | null }>(
      `SELECT p.id, p.account_id, p.amount, p.at, t.id AS tid, t.kind, t.memo, t.order_id, t.job_id
         FROM postings p JOIN ledger_transactions t ON t.seq = p.tx_seq
        WHERE p.account_id IN (${placeholders(accountIds.length)}) AND p.at >= ? AND p.at < ?
        ORDER BY p.at, p.id`,
      [...accountIds, from, to],
    );
    return rows.map((r) => ({
      postingId: Number(r.id), account: r.account_id, amount: Number(r.amount), at: Number(r.at), transactionId: r.tid, kind: r.kind as TransactionKind,
      ...(r.memo !== null && { memo: r.memo }), ...(r.order_id !== null && { orderId: r.order_id }), ...(r.job_id !== null && { jobId: r.job_id }),
    }));
  }

  /**
   * Checks the whole ledger: every transaction sums to zero, every balance
   * equals the sum of its account's postings and is not below its floor.
   */
  async verify(): Promise<{ ok: boolean; transactions: number; accounts: number; problems: string[] }> {
    const problems: string[] = [];
    const unbalanced = await this.db.all<{ id: string; s: number }>(
      'SELECT t.id, SUM(p.amount) AS s FROM ledger_transactions t LEFT JOIN postings p ON p.tx_seq = t.seq GROUP BY t.id HAVING SUM(p.amount) <> 0 OR COUNT(p.id) < 2 LIMIT 100',
    );
    for (const u of unbalanced) problems.push(`transaction ${u.id} sums to ${Number(u.s ?? 0)}, not zero`);
    const drift = await this.db.all<{ id: string; balance: number; s: number | null; min_balance: number | null }>(
      'SELECT a.id, a.balance, a.min_balance, (SELECT SUM(p.amount) FROM postings p WHERE p.account_id = a.id) AS s FROM accounts a',
    );
    for (const d of drift) {
      if (Number(d.balance) !== Number(d.s ?? 0)) problems.push(`account ${d.id} holds ${Number(d.balance)} but its postings sum to ${Number(d.s ?? 0)}`);
      if (d.min_balance !== null && Number(d.balance) < Number(d.min_balance)) problems.push(`account ${d.id} holds ${Number(d.balance)}, below its floor ${Number(d.min_balance)}`);
    }
    const n = await this.db.one<{ n: number }>('SELECT COUNT(*) AS n FROM ledger_transactions');
    return { ok: problems.length === 0, transactions: Number(n?.n ?? 0), accounts: drift.length, problems };
  }
}

function toAccount(r: { id: string; kind: string; owner: string; balance: number; min_balance: number | null }): Account {
  return { id: r.id, kind: r.kind as AccountKind, owner: r.owner, balance: Number(r.balance), ...(r.min_balance !== null && { floor: Number(r.min_balance) }) };
}
