import type { Db } from './db.js';

/**
 * Versioned schema changes, applied in order on start, each once, inside a
 * transaction. Written once for both engines: `{serial}` and `{float}` are
 * the only dialect differences. Never edit a released migration; add one.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'identity (tenants, users, tokens), network, jobs, telemetry, alerts, audit',
    sql: `
CREATE TABLE tenants (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  tenant_id TEXT REFERENCES tenants(id),
  data_centers TEXT,
  created_at BIGINT NOT NULL
);
CREATE INDEX users_by_tenant ON users (tenant_id, id);
CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  tenant_id TEXT REFERENCES tenants(id),
  data_centers TEXT,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);
CREATE TABLE network_versions (
  version INTEGER PRIMARY KEY,
  document TEXT NOT NULL,
  actor TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE jobs (
  seq {serial},
  id TEXT NOT NULL UNIQUE,
  tenant_id TEXT NOT NULL,
  idem_key TEXT,
  body_hash TEXT,
  spec TEXT NOT NULL,
  class TEXT NOT NULL,
  origin TEXT NOT NULL,
  units INTEGER NOT NULL,
  state TEXT NOT NULL,
  reason TEXT,
  dc_id TEXT,
  pool_id TEXT,
  cost BIGINT,
  explanation TEXT,
  epoch INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before BIGINT,
  unit_seconds BIGINT,
  external_id TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  started_at BIGINT,
  ended_at BIGINT
);
CREATE UNIQUE INDEX jobs_idempotency ON jobs (tenant_id, idem_key);
CREATE INDEX jobs_by_state ON jobs (state, seq);
CREATE INDEX jobs_by_tenant ON jobs (tenant_id, seq);
CREATE INDEX jobs_by_dc ON jobs (dc_id, seq);
CREATE TABLE job_events (
  id {serial},
  job_id TEXT NOT NULL,
  state TEXT NOT NULL,
  at BIGINT NOT NULL,
  reason TEXT
);
CREATE INDEX job_events_by_job ON job_events (job_id, id);
CREATE TABLE pool_samples (
  id {serial},
  dc_id TEXT NOT NULL,
  pool_id TEXT NOT NULL,
  at BIGINT NOT NULL,
  units_in_use {float} NOT NULL,
  utilisation {float}
);
CREATE TABLE dc_samples (
  id {serial},
  dc_id TEXT NOT NULL,
  at BIGINT NOT NULL,
  power_kw {float},
  pue {float},
  green_share {float},
  racks_in_use {float},
  estimated INTEGER
);
CREATE INDEX pool_samples_by_time ON pool_samples (at);
CREATE INDEX dc_samples_by_time ON dc_samples (at);
CREATE TABLE pool_latest (
  dc_id TEXT NOT NULL,
  pool_id TEXT NOT NULL,
  at BIGINT NOT NULL,
  units_in_use {float} NOT NULL,
  utilisation {float},
  PRIMARY KEY (dc_id, pool_id)
);
CREATE TABLE dc_latest (
  dc_id TEXT PRIMARY KEY,
  at BIGINT NOT NULL,
  power_kw {float},
  pue {float},
  green_share {float},
  racks_in_use {float},
  estimated INTEGER
);
CREATE TABLE rollups (
  scope TEXT NOT NULL,
  metric TEXT NOT NULL,
  step INTEGER NOT NULL,
  bucket BIGINT NOT NULL,
  value {float} NOT NULL,
  min {float} NOT NULL,
  max {float} NOT NULL,
  samples INTEGER NOT NULL,
  PRIMARY KEY (scope, metric, step, bucket)
);
CREATE TABLE watermarks (
  name TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
CREATE TABLE alerts (
  id {serial},
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  scope TEXT NOT NULL,
  message TEXT NOT NULL,
  raised_at BIGINT NOT NULL,
  cleared_at BIGINT
);
CREATE INDEX alerts_open ON alerts (key, cleared_at);
CREATE TABLE agent_heartbeats (
  dc_id TEXT PRIMARY KEY,
  at BIGINT NOT NULL,
  agent TEXT NOT NULL
);
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  source TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'market: offers, orders, accounts, ledger transactions and postings; jobs name their order',
    sql: `
ALTER TABLE jobs ADD COLUMN order_id TEXT;
CREATE INDEX jobs_by_order ON jobs (order_id);
CREATE TABLE offers (
  seq {serial},
  id TEXT NOT NULL UNIQUE,
  dc_id TEXT NOT NULL,
  pool_id TEXT NOT NULL,
  class TEXT NOT NULL,
  model TEXT NOT NULL,
  mode TEXT NOT NULL,
  price BIGINT NOT NULL,
  quantity INTEGER NOT NULL,
  sold INTEGER NOT NULL DEFAULT 0,
  term_s BIGINT,
  valid_from BIGINT NOT NULL,
  valid_to BIGINT NOT NULL,
  state TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX offers_by_pool ON offers (dc_id, pool_id);
CREATE TABLE orders (
  seq {serial},
  id TEXT NOT NULL UNIQUE,
  tenant_id TEXT NOT NULL,
  idem_key TEXT,
  body_hash TEXT,
  mode TEXT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT,
  offer_id TEXT,
  dc_id TEXT,
  pool_id TEXT,
  class TEXT NOT NULL,
  units INTEGER NOT NULL,
  duration_s BIGINT NOT NULL,
  price BIGINT,
  requirement TEXT,
  explanation TEXT,
  held BIGINT NOT NULL DEFAULT 0,
  captured BIGINT NOT NULL DEFAULT 0,
  unit_seconds BIGINT NOT NULL DEFAULT 0,
  expires_at BIGINT,
  matched_at BIGINT,
  ends_at BIGINT,
  preempt_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX orders_idempotency ON orders (tenant_id, idem_key);
CREATE INDEX orders_by_tenant ON orders (tenant_id, seq);
CREATE INDEX orders_by_state ON orders (state, seq);
CREATE INDEX orders_by_offer ON orders (offer_id, state);
CREATE TABLE order_events (
  id {serial},
  order_id TEXT NOT NULL,
  state TEXT NOT NULL,
  at BIGINT NOT NULL,
  reason TEXT
);
CREATE INDEX order_events_by_order ON order_events (order_id, id);
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  owner TEXT NOT NULL,
  balance BIGINT NOT NULL DEFAULT 0,
  min_balance BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX accounts_by_owner ON accounts (owner, id);
CREATE TABLE ledger_transactions (
  seq {serial},
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  idem_key TEXT UNIQUE,
  at BIGINT NOT NULL,
  memo TEXT,
  order_id TEXT,
  job_id TEXT,
  reverses TEXT,
  actor TEXT NOT NULL
);
CREATE INDEX ledger_by_order ON ledger_transactions (order_id);
CREATE TABLE postings (
  id {serial},
  tx_seq BIGINT NOT NULL,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  amount BIGINT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX postings_by_account ON postings (account_id, at, id);
CREATE INDEX postings_by_tx ON postings (tx_seq);
`,
  },
  {
    version: 3,
    name: 'federation: this platform\'s key pair, its peers, the outbox of uploads, what children uploaded, policies',
    sql: `
CREATE TABLE federation_self (
  id TEXT PRIMARY KEY,
  platform_id TEXT NOT NULL,
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE federation_peers (
  id TEXT PRIMARY KEY,
  relation TEXT NOT NULL,
  url TEXT,
  role TEXT NOT NULL,
  public_key TEXT NOT NULL,
  status TEXT NOT NULL,
  last_seq BIGINT NOT NULL DEFAULT 0,
  gaps BIGINT NOT NULL DEFAULT 0,
  last_seen BIGINT,
  last_error TEXT,
  down_seq BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);
CREATE TABLE federation_outbox (
  seq {serial},
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  compacted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE federation_child_state (
  child_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  seq BIGINT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (child_id, kind)
);
CREATE TABLE federation_downbox (
  seq {serial},
  child_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX federation_downbox_by_child ON federation_downbox (child_id, seq);
CREATE TABLE federation_routes (
  global_id TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  local_job_id TEXT,
  from_peer TEXT,
  to_peer TEXT,
  body TEXT NOT NULL,
  state TEXT NOT NULL,
  detail TEXT,
  updated_at BIGINT NOT NULL
);
CREATE INDEX federation_routes_by_state ON federation_routes (role, state);
CREATE TABLE federation_policies (
  id TEXT PRIMARY KEY,
  version BIGINT NOT NULL,
  body TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE TABLE federation_applied (
  child_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  kind TEXT NOT NULL,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (child_id, seq)
);
`,
  },
  {
    version: 4,
    name: 'jobs remember the data centers they were lost from; signed checkpoints of the audit chain',
    sql: `
ALTER TABLE jobs ADD COLUMN lost_from TEXT;
CREATE TABLE audit_checkpoints (
  platform_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  head_hash TEXT NOT NULL,
  at BIGINT NOT NULL,
  signature TEXT NOT NULL,
  received_at BIGINT,
  PRIMARY KEY (platform_id, seq)
);
`,
  },
  {
    version: 5,
    name: 'ledger transactions keep the hash of the request that made them, so a key reused with another request is refused',
    sql: `
ALTER TABLE ledger_transactions ADD COLUMN body_hash TEXT;
`,
  },
  {
    version: 6,
    name: "the last part of each job's output, as its agent uploads it",
    sql: `
CREATE TABLE job_output (
  job_id TEXT PRIMARY KEY,
  epoch INTEGER NOT NULL,
  stdout TEXT NOT NULL,
  stderr TEXT NOT NULL,
  stdout_bytes BIGINT NOT NULL,
  stderr_bytes BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
`,
  },
  {
    version: 7,
    name: 'a job that may wait keeps its planned start and the starts the engine weighed',
    sql: `
ALTER TABLE jobs ADD COLUMN start_at BIGINT;
ALTER TABLE jobs ADD COLUMN start_plan TEXT;
`,
  },
];

const DIALECT = {
  sqlite: { serial: 'INTEGER PRIMARY KEY AUTOINCREMENT', float: 'REAL' },
  postgres: { serial: 'BIGSERIAL PRIMARY KEY', float: 'DOUBLE PRECISION' },
} as const;

export function migrationSql(sql: string, dialect: Db['dialect']): string {
  return sql.replace(/\{serial\}/g, DIALECT[dialect].serial).replace(/\{float\}/g, DIALECT[dialect].float);
}

/**
 * Applies the migrations the database lacks, all in one transaction, and
 * returns the versions applied. On PostgreSQL a transaction-scoped advisory
 * lock keeps two processes starting together from migrating twice.
 */
export async function migrate(db: Db, now: number): Promise<number[]> {
  return db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.one('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    const done = new Set((await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(migrationSql(m.sql, tx.dialect));
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Advisory lock keys (PostgreSQL): any fixed numbers unique to Suanli. */
const MIGRATION_LOCK = 73_110_001;
export const LEADER_LOCK = 73_110_002;
