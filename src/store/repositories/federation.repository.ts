import { placeholders } from '../db.js';
import type { Db } from '../db.js';

/** The advisory lock that makes outbox compactions take turns on PostgreSQL. */
const OUTBOX_LOCK = 73_110_004;

export interface SelfIdentity {
  platformId: string;
  publicKey: string;
  privateKey: string;
}

export interface Peer {
  id: string;
  /** `parent`: the platform this one uploads to; `child`: one that uploads here. */
  relation: 'parent' | 'child';
  url?: string;
  role: string;
  publicKey: string;
  status: 'approved' | 'pending';
  /** Child: the highest sequence number applied; parent: the highest acknowledged. */
  lastSeq: number;
  /** Messages the peer reported as compacted away before delivery. */
  gaps: number;
  lastSeen?: number;
  lastError?: string;
  /** Parent: the highest sequence number of its downward messages applied here. */
  downSeq: number;
  createdAt: number;
}

/** A job routed between platforms, as one platform on its path sees it. */
export interface Route {
  globalId: string;
  /** `origin`: a job of ours went up; `relay`: we chose where it runs among our children; `executor`: a job of ours runs it. */
  role: 'origin' | 'relay' | 'executor';
  localJobId?: string;
  fromPeer?: string;
  toPeer?: string;
  body: Record<string, unknown>;
  state: string;
  detail?: string;
  updatedAt: number;
}

export interface OutboxMessage {
  seq: number;
  kind: string;
  body: unknown;
  createdAt: number;
  /** Earlier messages of this kind folded into this one while the link was down. */
  compacted: number;
}

type R = Record<string, unknown>;

function toPeer(r: R): Peer {
  return {
    id: r.id as string, relation: r.relation as Peer['relation'], ...(r.url !== null && { url: r.url as string }), role: r.role as string, publicKey: r.public_key as string,
    status: r.status as Peer['status'], lastSeq: Number(r.last_seq), gaps: Number(r.gaps), ...(r.last_seen !== null && { lastSeen: Number(r.last_seen) }),
    ...(r.last_error !== null && { lastError: r.last_error as string }), downSeq: Number(r.down_seq), createdAt: Number(r.created_at),
  };
}

function toRoute(r: R): Route {
  return {
    globalId: r.global_id as string, role: r.role as Route['role'], ...(r.local_job_id !== null && { localJobId: r.local_job_id as string }),
    ...(r.from_peer !== null && { fromPeer: r.from_peer as string }), ...(r.to_peer !== null && { toPeer: r.to_peer as string }),
    body: JSON.parse(r.body as string) as Record<string, unknown>, state: r.state as string, ...(r.detail !== null && { detail: r.detail as string }), updatedAt: Number(r.updated_at),
  };
}

const PEER_COLUMNS = 'id, relation, url, role, public_key, status, last_seq, gaps, last_seen, last_error, down_seq, created_at';

/** This platform's federation identity, its peers, its outbox of uploads, and what its children uploaded. */
export class FederationRepository {
  constructor(private readonly db: Db) {}

  /** This platform's identity, created with `make` on first use (one row, kept forever). */
  /** This platform's identity, if it has one yet (reading only). */
  async existingSelf(): Promise<SelfIdentity | undefined> {
    const r = await this.db.one<R>("SELECT platform_id, public_key, private_key FROM federation_self WHERE id = 'self'");
    return r && { platformId: r.platform_id as string, publicKey: r.public_key as string, privateKey: r.private_key as string };
  }

  async self(make: () => SelfIdentity, now: number): Promise<SelfIdentity> {
    const r = await this.db.one<R>("SELECT platform_id, public_key, private_key FROM federation_self WHERE id = 'self'");
    if (r) return { platformId: r.platform_id as string, publicKey: r.public_key as string, privateKey: r.private_key as string };
    const s = make();
    await this.db.run("INSERT INTO federation_self (id, platform_id, public_key, private_key, created_at) VALUES ('self', ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING", [s.platformId, s.publicKey, s.privateKey, now]);
    return this.self(make, now);
  }

  async peers(relation?: Peer['relation']): Promise<Peer[]> {
    const rows = await this.db.all<R>(`SELECT ${PEER_COLUMNS} FROM federation_peers ${relation ? 'WHERE relation = ?' : ''} ORDER BY id`, relation ? [relation] : []);
    return rows.map(toPeer);
  }

  async peer(id: string, db: Db = this.db): Promise<Peer | undefined> {
    const r = await db.one<R>(`SELECT ${PEER_COLUMNS} FROM federation_peers WHERE id = ?`, [id]);
    return r && toPeer(r);
  }

  /** Drops a pending join request (an approved peer is never deleted this way). */
  async deletePeer(id: string): Promise<void> {
    await this.db.run("DELETE FROM federation_peers WHERE id = ? AND relation = 'child' AND status = 'pending'", [id]);
  }

  /** Adds or replaces a peer's key and address (a platform joining again with a new key starts its sequence afresh). */
  async savePeer(p: Omit<Peer, 'lastSeq' | 'gaps' | 'createdAt' | 'downSeq'>, now: number): Promise<void> {
    await this.db.run(
      `INSERT INTO federation_peers (id, relation, url, role, public_key, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET relation = excluded.relation, url = excluded.url, role = excluded.role, status = excluded.status,
         last_seq = CASE WHEN federation_peers.public_key = excluded.public_key THEN federation_peers.last_seq ELSE 0 END,
         down_seq = CASE WHEN federation_peers.public_key = excluded.public_key THEN federation_peers.down_seq ELSE 0 END,
         public_key = excluded.public_key`,
      [p.id, p.relation, p.url ?? null, p.role, p.publicKey, p.status, now],
    );
  }

  async notePeer(id: string, f: { lastSeen?: number; lastError?: string | null; lastSeq?: number; gaps?: number; downSeq?: number }, db: Db = this.db): Promise<void> {
    const sets: string[] = [];
    const params: (string | number | null)[] = [];
    if (f.lastSeen !== undefined) { sets.push('last_seen = ?'); params.push(f.lastSeen); }
    if (f.lastError !== undefined) { sets.push('last_error = ?'); params.push(f.lastError); }
    if (f.lastSeq !== undefined) { sets.push('last_seq = ?'); params.push(f.lastSeq); }
    if (f.gaps !== undefined) { sets.push('gaps = gaps + ?'); params.push(f.gaps); }
    if (f.downSeq !== undefined) { sets.push('down_seq = ?'); params.push(f.downSeq); }
    if (sets.length === 0) return;
    await db.run(`UPDATE federation_peers SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
  }

  /** Locks a child's row for the rest of the transaction, so two deliveries from it apply in turn. */
  async lockPeer(id: string, db: Db): Promise<void> {
    await db.run('UPDATE federation_peers SET last_seq = last_seq WHERE id = ?', [id]);
  }

  // ---- downward messages (parent side): carried in the answers to a child's deliveries ----

  async enqueueDown(childId: string, kind: string, body: unknown, now: number, db: Db = this.db): Promise<number> {
    const r = await db.one<{ seq: number }>('INSERT INTO federation_downbox (child_id, kind, body, created_at) VALUES (?, ?, ?, ?) RETURNING seq', [childId, kind, JSON.stringify(body), now]);
    return Number(r!.seq);
  }

  async downbox(childId: string, limit: number): Promise<OutboxMessage[]> {
    const rows = await this.db.all<R>('SELECT seq, kind, body, created_at FROM federation_downbox WHERE child_id = ? ORDER BY seq LIMIT ?', [childId, limit]);
    return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind as string, body: JSON.parse(r.body as string) as unknown, createdAt: Number(r.created_at), compacted: 0 }));
  }

  /** Drops what a child has applied. */
  async acknowledgeDown(childId: string, upTo: number): Promise<void> {
    await this.db.run('DELETE FROM federation_downbox WHERE child_id = ? AND seq <= ?', [childId, upTo]);
  }

  // ---- routed jobs -----------------------------------------------------------

  async saveRoute(r: Route, db: Db = this.db): Promise<boolean> {
    const row = await db.one<{ global_id: string }>(
      `INSERT INTO federation_routes (global_id, role, local_job_id, from_peer, to_peer, body, state, detail, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (global_id) DO NOTHING RETURNING global_id`,
      [r.globalId, r.role, r.localJobId ?? null, r.fromPeer ?? null, r.toPeer ?? null, JSON.stringify(r.body), r.state, r.detail ?? null, r.updatedAt],
    );
    return row !== undefined;
  }

  async updateRoute(globalId: string, f: { state?: string; detail?: string; toPeer?: string; localJobId?: string; role?: Route['role'] }, now: number, db: Db = this.db): Promise<void> {
    const sets = ['updated_at = ?'];
    const params: (string | number)[] = [now];
    if (f.role !== undefined) { sets.push('role = ?'); params.push(f.role); }
    if (f.state !== undefined) { sets.push('state = ?'); params.push(f.state); }
    if (f.detail !== undefined) { sets.push('detail = ?'); params.push(f.detail); }
    if (f.toPeer !== undefined) { sets.push('to_peer = ?'); params.push(f.toPeer); }
    if (f.localJobId !== undefined) { sets.push('local_job_id = ?'); params.push(f.localJobId); }
    await db.run(`UPDATE federation_routes SET ${sets.join(', ')} WHERE global_id = ?`, [...params, globalId]);
  }

  async route(globalId: string): Promise<Route | undefined> {
    const r = await this.db.one<R>('SELECT global_id, role, local_job_id, from_peer, to_peer, body, state, detail, updated_at FROM federation_routes WHERE global_id = ?', [globalId]);
    return r && toRoute(r);
  }

  async routes(role: Route['role'], states: readonly string[], limit: number): Promise<Route[]> {
    const rows = await this.db.all<R>(
      `SELECT global_id, role, local_job_id, from_peer, to_peer, body, state, detail, updated_at FROM federation_routes WHERE role = ? AND state IN (${placeholders(states.length)}) ORDER BY updated_at LIMIT ?`,
      [role, ...states, limit],
    );
    return rows.map(toRoute);
  }

  // ---- policies ------------------------------------------------------------

  /** A policy set: `own` (set here) or `parent` (received from the parent), with its version. */
  async policy(id: 'own' | 'parent'): Promise<{ version: number; body: Record<string, unknown>; updatedAt: number } | undefined> {
    const r = await this.db.one<R>('SELECT version, body, updated_at FROM federation_policies WHERE id = ?', [id]);
    return r && { version: Number(r.version), body: JSON.parse(r.body as string) as Record<string, unknown>, updatedAt: Number(r.updated_at) };
  }

  /** Stores a policy set if `version` is newer than the stored one; returns whether it did. */
  async savePolicy(id: 'own' | 'parent', version: number, body: Record<string, unknown>, now: number): Promise<boolean> {
    const r = await this.db.one<{ id: string }>(
      `INSERT INTO federation_policies (id, version, body, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, body = excluded.body, updated_at = excluded.updated_at
       WHERE excluded.version > federation_policies.version RETURNING id`,
      [id, version, JSON.stringify(body), now],
    );
    return r !== undefined;
  }

  // ---- outbox (child side) -------------------------------------------------

  async enqueue(kind: string, body: unknown, now: number, db: Db = this.db): Promise<number> {
    const r = await db.one<{ seq: number }>('INSERT INTO federation_outbox (kind, body, created_at) VALUES (?, ?, ?) RETURNING seq', [kind, JSON.stringify(body), now]);
    return Number(r!.seq);
  }

  async outbox(limit: number): Promise<OutboxMessage[]> {
    const rows = await this.db.all<R>('SELECT seq, kind, body, created_at, compacted FROM federation_outbox ORDER BY seq LIMIT ?', [limit]);
    return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind as string, body: JSON.parse(r.body as string) as unknown, createdAt: Number(r.created_at), compacted: Number(r.compacted) }));
  }

  async outboxSize(): Promise<{ messages: number; oldest?: number }> {
    const r = await this.db.one<{ n: number; oldest: number | null }>('SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM federation_outbox');
    return { messages: Number(r?.n ?? 0), ...(r?.oldest !== null && r?.oldest !== undefined && { oldest: Number(r.oldest) }) };
  }

  /** Removes what the parent acknowledged. */
  async acknowledge(upTo: number): Promise<void> {
    await this.db.run('DELETE FROM federation_outbox WHERE seq <= ?', [upTo]);
  }

  /**
   * Keeps the outbox within `max` messages: the oldest messages of `kind`
   * (snapshots, where a later one supersedes an earlier) are removed, and the
   * oldest one kept counts them in `compacted`, so the parent learns how
   * many it never saw. Returns how many were removed.
   */
  async compact(kind: string, max: number): Promise<number> {
    return this.overflow(kind, max, async (tx, keep, all) => {
      const folded = all.slice(0, -1).reduce((s, v) => s + 1 + Number(v.compacted), 0);
      await tx.run('UPDATE federation_outbox SET compacted = compacted + ? WHERE seq = ?', [folded, keep]);
    });
  }

  /**
   * Past `max` queued messages, merges the oldest of one kind into the
   * newest of them with `merge` (oldest body first), for kinds whose later
   * figures supersede earlier ones without loss (rollups); not counted as a
   * gap. Returns how many messages were folded away.
   */
  async fold(kind: string, max: number, merge: (bodies: unknown[]) => unknown): Promise<number> {
    return this.overflow(kind, max, async (tx, keep, all) => {
      await tx.run('UPDATE federation_outbox SET body = ? WHERE seq = ?', [JSON.stringify(merge(all.map((v) => JSON.parse(v.body) as unknown))), keep]);
    });
  }

  /**
   * The shared part of compact and fold: when the outbox holds more than
   * `max` messages, the oldest messages of `kind` beyond the bound (and one
   * more, the one kept) are read, all but the newest are deleted, and `onKeep`
   * updates the one kept from all of them. Returns how many were deleted.
   */
  private async overflow(kind: string, max: number, onKeep: (tx: Db, keep: number, all: { seq: number; body: string; compacted: number }[]) => Promise<void>): Promise<number> {
    return this.db.transaction(async (tx) => {
      // Two compactions at once would both fold the same messages and count them twice: one at a time.
      // (SQLite's transactions are serial already.)
      if (tx.dialect === 'postgres') await tx.one('SELECT pg_advisory_xact_lock(?)', [OUTBOX_LOCK]);
      const n = Number((await tx.one<{ n: number }>('SELECT COUNT(*) AS n FROM federation_outbox'))?.n ?? 0);
      if (n <= max) return 0;
      const victims = await tx.all<{ seq: number; body: string; compacted: number }>('SELECT seq, body, compacted FROM federation_outbox WHERE kind = ? ORDER BY seq LIMIT ?', [kind, n - max + 1]);
      if (victims.length < 2) return 0;
      const drop = victims.slice(0, -1);
      await tx.run(`DELETE FROM federation_outbox WHERE seq IN (${placeholders(drop.length)})`, drop.map((v) => Number(v.seq)));
      await onKeep(tx, Number(victims.at(-1)!.seq), victims);
      return drop.length;
    });
  }

  // ---- what children uploaded (parent side) -------------------------------

  /** Records a message as applied; false if this child's seq was applied before (nothing changes then). */
  async markApplied(childId: string, seq: number, kind: string, now: number, db: Db): Promise<boolean> {
    const r = await db.one<{ seq: number }>('INSERT INTO federation_applied (child_id, seq, kind, received_at) VALUES (?, ?, ?, ?) ON CONFLICT (child_id, seq) DO NOTHING RETURNING seq', [childId, seq, kind, now]);
    return r !== undefined;
  }

  async appliedCount(childId: string): Promise<number> {
    return Number((await this.db.one<{ n: number }>('SELECT COUNT(*) AS n FROM federation_applied WHERE child_id = ?', [childId]))?.n ?? 0);
  }

  async saveChildState(childId: string, kind: string, seq: number, body: unknown, createdAt: number, now: number, db: Db): Promise<void> {
    await db.run(
      `INSERT INTO federation_child_state (child_id, kind, seq, body, created_at, received_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (child_id, kind) DO UPDATE SET seq = excluded.seq, body = excluded.body, created_at = excluded.created_at, received_at = excluded.received_at
       WHERE excluded.seq > federation_child_state.seq`,
      [childId, kind, seq, JSON.stringify(body), createdAt, now],
    );
  }

  async childStates(kind: string): Promise<{ childId: string; seq: number; body: unknown; createdAt: number; receivedAt: number }[]> {
    const rows = await this.db.all<R>('SELECT child_id, seq, body, created_at, received_at FROM federation_child_state WHERE kind = ? ORDER BY child_id', [kind]);
    return rows.map((r) => ({ childId: r.child_id as string, seq: Number(r.seq), body: JSON.parse(r.body as string) as unknown, createdAt: Number(r.created_at), receivedAt: Number(r.received_at) }));
  }
}
