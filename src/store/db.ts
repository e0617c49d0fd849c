import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';

/** SQL parameter values both engines accept. */
export type SqlValue = string | number | bigint | null;
export type Row = Record<string, unknown>;

/** `n` placeholders for an IN list: `?, ?, ?`. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * The few operations repositories need, the same for SQLite and PostgreSQL.
 * SQL is written once with `?` placeholders and portable syntax; the
 * PostgreSQL adapter numbers the placeholders.
 */
export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  one<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs `fn` in one transaction: all of its statements commit or none do. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Serialises async work: SQLite has one connection, so a transaction must not interleave with other statements. */
/**
 * A call on the database itself from inside an open transaction. On SQLite it
 * would quietly join the transaction, on PostgreSQL run outside it on another
 * connection; on both it is refused: pass the transaction's handle (`tx`).
 */
export class OutsideTransactionError extends Error {
  constructor() {
    super('a database call inside an open transaction did not use it: pass the transaction (tx) to every call made inside it');
    this.name = 'OutsideTransactionError';
  }
}

class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const prev = this.tail;
    this.tail = prev.then(() => next);
    await prev;
    return release;
  }
}

/**
 * better-sqlite3 in WAL mode: synchronous=NORMAL survives a process crash, which is the durability the server promises.
 *
 * One connection serves every caller, so a transaction must have it to
 * itself: statements and transactions from other async work wait on a mutex
 * until it ends. Work inside the transaction (its own async context, tracked
 * with AsyncLocalStorage) runs straight through, including nested
 * `transaction` calls. Without the context check, a request arriving while
 * another request's transaction awaits would run inside that transaction.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly mutex = new Mutex();
  private readonly cache = new Map<string, Database.Statement>();
  private readonly context = new AsyncLocalStorage<object>();
  /** The token of the transaction holding the connection, if any. */
  private active: object | undefined;

  constructor(readonly file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    // Checkpoint the WAL into the database every ~40 MB rather than every 4 MB: fewer, larger copies on a busy server.
    this.db.pragma('wal_autocheckpoint = 10000');
    this.db.pragma('foreign_keys = ON');
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /** Whether the caller runs inside the transaction that holds the connection now. */
  private insideTransaction(): boolean {
    const token = this.context.getStore();
    return token !== undefined && token === this.active;
  }

  private async guarded<T>(fn: () => T): Promise<T> {
    if (this.insideTransaction()) throw new OutsideTransactionError();
    const release = await this.mutex.lock();
    try {
      return fn();
    } finally {
      release();
    }
  }

  all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.guarded(() => this.stmt(sql).all(...params) as T[]);
  }

  one<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.guarded(() => this.stmt(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return this.guarded(() => this.stmt(sql).run(...params).changes);
  }

  exec(sql: string): Promise<void> {
    return this.guarded(() => void this.db.exec(sql));
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.insideTransaction()) throw new OutsideTransactionError();
    const release = await this.mutex.lock();
    const token = {};
    this.active = token;
    try {
      this.stmt('BEGIN IMMEDIATE').run();
      try {
        const tx = this.handle(token);
        const out = await this.context.run(token, () => fn(tx));
        this.stmt('COMMIT').run();
        return out;
      } catch (e) {
        if (this.db.inTransaction) this.stmt('ROLLBACK').run();
        throw e;
      }
    } finally {
      this.active = undefined;
      release();
    }
  }

  /** The open transaction's own handle: its statements run on the connection it holds; it refuses work once it has ended. */
  private handle(token: object): Db {
    const live = <T>(f: () => T): Promise<T> => {
      if (this.active !== token) return Promise.reject(new Error('this transaction has ended'));
      try {
        return Promise.resolve(f());
      } catch (e) {
        return Promise.reject(e);
      }
    };
    const tx: Db = {
      dialect: 'sqlite',
      all: <T = Row>(sql: string, params: readonly SqlValue[] = []) => live(() => this.stmt(sql).all(...params) as T[]),
      one: <T = Row>(sql: string, params: readonly SqlValue[] = []) => live(() => this.stmt(sql).get(...params) as T | undefined),
      run: (sql: string, params: readonly SqlValue[] = []) => live(() => this.stmt(sql).run(...params).changes),
      exec: (sql: string) => live(() => void this.db.exec(sql)),
      // A transaction inside the transaction is part of it.
      transaction: <T>(fn: (inner: Db) => Promise<T>) => fn(tx),
      close: () => Promise.reject(new Error('close the database, not a transaction')),
    };
    return tx;
  }

  async close(): Promise<void> {
    const release = await this.mutex.lock();
    try {
      this.db.close();
    } finally {
      release();
    }
  }
}

// BIGINT and NUMERIC come back as text by default; every integer we store fits a double exactly.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** `?` placeholders -> `$1, $2 ...` (our SQL never has `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

class PgConn implements Db {
  readonly dialect = 'postgres' as const;
  private readonly texts = new Map<string, string>();
  constructor(protected readonly q: Queryable) {}

  protected text(sql: string): string {
    let t = this.texts.get(sql);
    if (t === undefined) {
      t = numbered(sql);
      this.texts.set(sql, t);
    }
    return t;
  }

  async all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await this.q.query(this.text(sql), params as unknown[])).rows as T[];
  }

  async one<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await this.q.query(this.text(sql), params as unknown[])).rowCount ?? 0;
  }

  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async exec(sql: string): Promise<void> {
    await this.q.query(sql);
  }

  async close(): Promise<void> {}
}

/** A pool of connections to one PostgreSQL database. */
export class PostgresDb extends PgConn {
  readonly pool: pg.Pool;
  /** The transactions open now, each the async context that runs it. */
  private readonly context = new AsyncLocalStorage<object>();
  private readonly open = new Set<object>();

  /** Work inside an open transaction must use its handle: the pool would run it on another connection, outside it. */
  private refuseInside(): void {
    const token = this.context.getStore();
    if (token !== undefined && this.open.has(token)) throw new OutsideTransactionError();
  }

  override async all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    this.refuseInside();
    return super.all<T>(sql, params);
  }

  override async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    this.refuseInside();
    return super.run(sql, params);
  }

  override async exec(sql: string): Promise<void> {
    this.refuseInside();
    return super.exec(sql);
  }

  constructor(readonly url: string, max = 10) {
    const pool = new pg.Pool({ connectionString: url, max });
    super(pool);
    this.pool = pool;
    // An idle client that loses its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
  }

  override async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    this.refuseInside();
    const client = await this.pool.connect();
    const token = {};
    this.open.add(token);
    try {
      await client.query('BEGIN');
      const out = await this.context.run(token, () => fn(new PgConn(client as unknown as Queryable)));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      this.open.delete(token);
      client.release();
    }
  }

  override async close(): Promise<void> {
    await this.pool.end();
  }
}
