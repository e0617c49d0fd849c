import { createHash } from 'node:crypto';
import type { Db } from '../db.js';

/** One state-changing call: who, what, when, from where. */
export interface AuditInput {
  at: number;
  /** Token id and name of the caller, or `system`. */
  actor: string;
  /** What was done, e.g. `job.submit` or `datacenter.patch`. */
  action: string;
  /** The thing changed, e.g. a job id. */
  target: string;
  /** Client address, or `internal`. */
  source: string;
  /** A short JSON-able summary (never secrets). */
  detail?: unknown;
}

export interface AuditEntry extends Omit<AuditInput, 'detail'> {
  seq: number;
  detail: string;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK = 73_110_003;

/** The hash that chains an entry to the one before it. */
export function auditHash(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256')
    .update([e.prevHash, e.seq, e.at, e.actor, e.action, e.target, e.source, e.detail].join('\u001f'))
    .digest('hex');
}

/** What `verify` found: where the chain first breaks, if it does. */
export interface ChainCheck {
  entries: number;
  ok: boolean;
  /** The first entry that does not chain, and why. */
  broken?: { seq: number; problem: string };
  headHash: string;
}

interface AuditRow { seq: number; at: number; actor: string; action: string; target: string; source: string; detail: string; prev_hash: string; hash: string }

const toEntry = (r: AuditRow): AuditEntry => ({
  seq: Number(r.seq), at: Number(r.at), actor: r.actor, action: r.action, target: r.target, source: r.source, detail: r.detail, prevHash: r.prev_hash, hash: r.hash,
});

/**
 * A platform's signature over its chain's head at entry `seq`: kept by the
 * platform itself, and by its parent for each child.
 */
export interface AuditCheckpoint {
  platformId: string;
  seq: number;
  headHash: string;
  at: number;
  /** Ed25519 over the checkpoint's fields (federation/envelope.ts). */
  signature: string;
}

interface CheckpointRow { platform_id: string; seq: number; head_hash: string; at: number; signature: string }

/** The append-only audit log: each entry carries the hash of the one before it. */
export class AuditRepository {
  constructor(private readonly db: Db) {}

  /** Appends entries in order, inside the caller's transaction when given one. */
  async append(entries: readonly AuditInput[], db: Db = this.db): Promise<AuditEntry[]> {
    if (entries.length === 0) return [];
    return db.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.one('SELECT pg_advisory_xact_lock(?)', [AUDIT_LOCK]);
      const head = await tx.one<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
      let seq = Number(head?.seq ?? 0);
      let prevHash = head?.hash ?? GENESIS_HASH;
      const out: AuditEntry[] = [];
      for (const e of entries) {
        seq += 1;
        const base = { seq, at: e.at, actor: e.actor, action: e.action, target: e.target, source: e.source, detail: JSON.stringify(e.detail ?? {}), prevHash };
        const entry: AuditEntry = { ...base, hash: auditHash(base) };
        await tx.run('INSERT INTO audit_log (seq, at, actor, action, target, source, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
          entry.seq, entry.at, entry.actor, entry.action, entry.target, entry.source, entry.detail, entry.prevHash, entry.hash,
        ]);
        out.push(entry);
        prevHash = entry.hash;
      }
      return out;
    });
  }

  /** The last entry's sequence number and hash, or none for an empty log. */
  async head(): Promise<{ seq: number; hash: string } | undefined> {
    const r = await this.db.one<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    return r && { seq: Number(r.seq), hash: r.hash };
  }

  /** Stores a signed checkpoint (once per platform and sequence number); false when it was there already. */
  async saveCheckpoint(c: AuditCheckpoint, receivedAt?: number, db: Db = this.db): Promise<boolean> {
    return (await db.run('INSERT INTO audit_checkpoints (platform_id, seq, head_hash, at, signature, received_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform_id, seq) DO NOTHING',
      [c.platformId, c.seq, c.headHash, c.at, c.signature, receivedAt ?? null])) > 0;
  }

  /** A platform's checkpoints, oldest first. */
  async checkpoints(platformId: string): Promise<AuditCheckpoint[]> {
    const rows = await this.db.all<CheckpointRow>('SELECT platform_id, seq, head_hash, at, signature FROM audit_checkpoints WHERE platform_id = ? ORDER BY seq', [platformId]);
    return rows.map((r) => ({ platformId: r.platform_id, seq: Number(r.seq), headHash: r.head_hash, at: Number(r.at), signature: r.signature }));
  }

  /** The hash of entry `seq`, if it exists. */
  async hashAt(seq: number): Promise<string | undefined> {
    return (await this.db.one<{ hash: string }>('SELECT hash FROM audit_log WHERE seq = ?', [seq]))?.hash;
  }

  /** Entries after `afterSeq`, oldest first. */
  async page(afterSeq: number, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.all<AuditRow>('SELECT seq, at, actor, action, target, source, detail, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?', [afterSeq, limit]);
    return rows.map(toEntry);
  }

  /** Walks the whole chain and reports the first entry that breaks it. */
  async verify(): Promise<ChainCheck> {
    let prev = GENESIS_HASH;
    let expectSeq = 1;
    let entries = 0;
    for (;;) {
      const page = await this.page(expectSeq - 1, 5000);
      if (page.length === 0) break;
      for (const e of page) {
        let problem: string | undefined;
        if (e.seq !== expectSeq) problem = `expected entry ${expectSeq} next, found ${e.seq} (entries removed)`;
        else if (e.prevHash !== prev) problem = 'its previous-hash does not match the entry before it';
        else if (auditHash(e) !== e.hash) problem = 'its contents do not match its hash (edited)';
        if (problem) return { entries, ok: false, broken: { seq: e.seq, problem }, headHash: prev };
        prev = e.hash;
        expectSeq += 1;
        entries += 1;
      }
    }
    return { entries, ok: true, headHash: prev };
  }
}
