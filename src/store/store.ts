import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { PostgresDb, SqliteDb } from './db.js';
import type { Db } from './db.js';
import { LEADER_LOCK, migrate } from './migrations.js';
import { AgentRepository } from './repositories/agent.repository.js';
import { AlertRepository } from './repositories/alert.repository.js';
import { AuditRepository } from './repositories/audit.repository.js';
import { FederationRepository } from './repositories/federation.repository.js';
import { IdentityRepository } from './repositories/identity.repository.js';
import { JobRepository } from './repositories/job.repository.js';
import { LedgerRepository } from './repositories/ledger.repository.js';
import { MarketRepository } from './repositories/market.repository.js';
import { NetworkRepository } from './repositories/network.repository.js';
import { TelemetryRepository } from './repositories/telemetry.repository.js';

/** Where the data lives: a PostgreSQL URL, or else an SQLite file. */
export interface StoreOptions {
  databaseUrl?: string;
  sqliteFile: string;
}

/**
 * Leadership among processes sharing one database: exactly one runs the
 * background loops. On PostgreSQL it is a session advisory lock, released by
 * the server when the holder's connection dies; SQLite serves one process.
 */
export interface Leadership {
  /** True when this process holds leadership (trying to take it if free). */
  acquire(): Promise<boolean>;
  release(): Promise<void>;
}

/** The repositories over one database. */
export class Store {
  readonly identity: IdentityRepository;
  readonly network: NetworkRepository;
  readonly jobs: JobRepository;
  readonly telemetry: TelemetryRepository;
  readonly alerts: AlertRepository;
  readonly audit: AuditRepository;
  readonly agents: AgentRepository;
  readonly market: MarketRepository;
  readonly ledger: LedgerRepository;
  readonly federation: FederationRepository;

  constructor(readonly db: Db, private readonly url?: string, private readonly leaderFile?: string) {
    this.identity = new IdentityRepository(db);
    this.network = new NetworkRepository(db);
    this.jobs = new JobRepository(db);
    this.telemetry = new TelemetryRepository(db);
    this.alerts = new AlertRepository(db);
    this.audit = new AuditRepository(db);
    this.agents = new AgentRepository(db);
    this.market = new MarketRepository(db);
    this.ledger = new LedgerRepository(db);
    this.federation = new FederationRepository(db);
  }

  get kind(): Db['dialect'] {
    return this.db.dialect;
  }

  /** Applies pending migrations; returns the versions applied. */
  migrate(now: number): Promise<number[]> {
    return migrate(this.db, now);
  }

  /** A cheap round trip, for readiness and the store-latency metric. */
  async ping(): Promise<void> {
    await this.db.one('SELECT 1 AS ok');
  }

  leadership(): Leadership {
    if (this.db.dialect === 'sqlite' || this.url === undefined) {
      return this.leaderFile ? new FileLeadership(this.leaderFile) : { acquire: async () => true, release: async () => undefined };
    }
    return new AdvisoryLeadership(this.url);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** A process's start time (clock ticks since boot), to tell it from a later process with the same id. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether the process a lock file names still runs (the same process, not a later one with its id). */
function holderAlive(holder: string): boolean {
  const [pid, start] = holder.split(' ');
  if (pid === undefined || !/^\d+$/.test(pid)) return false;
  if (start) return processStart(Number(pid)) === start;
  try {
    process.kill(Number(pid), 0); // no /proc here: liveness only
    return true;
  } catch {
    return false;
  }
}

/**
 * Leadership among processes on one SQLite file: a lock file beside it that
 * names the holder (process id and start time). A holder that has died
 * leaves a stale file, which the next process to ask replaces; creating the
 * file exclusively settles a race between two.
 */
class FileLeadership implements Leadership {
  private readonly me = `${process.pid} ${processStart(process.pid) ?? ''}`;

  constructor(private readonly file: string) {}

  async acquire(): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(this.file, this.me, { flag: 'wx', mode: 0o600 });
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      let holder: string;
      try {
        holder = readFileSync(this.file, 'utf8');
      } catch {
        continue; // released meanwhile
      }
      if (holder === this.me) return true;
      if (holderAlive(holder)) return false;
      // The holder is gone: its lock is stale.
      rmSync(this.file, { force: true });
    }
    return false;
  }

  async release(): Promise<void> {
    try {
      if (readFileSync(this.file, 'utf8') === this.me) rmSync(this.file, { force: true });
    } catch {
      // Not ours, or gone.
    }
  }
}

class AdvisoryLeadership implements Leadership {
  private client: pg.Client | undefined;
  private held = false;

  constructor(private readonly url: string) {}

  async acquire(): Promise<boolean> {
    try {
      if (!this.client) {
        const c = new pg.Client({ connectionString: this.url });
        // A dropped connection loses the lock: forget it and try again on the next call.
        c.on('error', () => this.drop());
        c.on('end', () => this.drop());
        await c.connect();
        this.client = c;
      }
      if (!this.held) {
        const r = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [LEADER_LOCK]);
        this.held = r.rows[0]?.ok === true;
      } else {
        await this.client.query('SELECT 1');
      }
      return this.held;
    } catch {
      this.drop();
      return false;
    }
  }

  private drop(): void {
    this.held = false;
    const c = this.client;
    this.client = undefined;
    c?.end().catch(() => undefined);
  }

  async release(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    this.held = false;
    if (c) await c.end().catch(() => undefined);
  }
}

/**
 * The database holds the platform's key and token hashes: its file, and the
 * WAL and shared-memory files SQLite creates with the same mode, are the
 * platform user's alone.
 */
function closeToOthers(file: string): void {
  try {
    writeFileSync(file, '', { flag: 'wx', mode: 0o600 });
  } catch {
    // It exists already.
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** Opens (and migrates) the store the options name. */
export async function openStore(opts: StoreOptions, now: number): Promise<Store> {
  let store: Store;
  if (opts.databaseUrl) {
    store = new Store(new PostgresDb(opts.databaseUrl), opts.databaseUrl);
  } else {
    if (opts.sqliteFile !== ':memory:') {
      mkdirSync(dirname(opts.sqliteFile), { recursive: true, mode: 0o700 });
      closeToOthers(opts.sqliteFile);
    }
    store = new Store(new SqliteDb(opts.sqliteFile), undefined, opts.sqliteFile === ':memory:' ? undefined : `${opts.sqliteFile}.leader`);
  }
  try {
    await store.migrate(now);
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
