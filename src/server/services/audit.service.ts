import type { Clock } from '../../core/clock.js';
import { signatureValid, signEnvelope } from '../../federation/envelope.js';
import type { Envelope } from '../../federation/envelope.js';
import type { AuditCheckpoint, ChainCheck } from '../../store/repositories/audit.repository.js';
import type { Store } from '../../store/store.js';

/** What `audit verify` reports: the hash chain, then the signed checkpoints against it. */
export interface AuditCheck extends ChainCheck {
  /** Checkpoints checked, and the newest one. */
  checkpoints: { count: number; lastSeq?: number; lastAt?: number };
}

/** The envelope a checkpoint's signature covers: the platform signs its own chain head. */
function checkpointEnvelope(c: Omit<AuditCheckpoint, 'signature'>): Omit<Envelope, 'signature'> {
  return { from: c.platformId, to: c.platformId, seq: c.seq, at: c.at, kind: 'audit-checkpoint', body: { headHash: c.headHash } };
}

/** Whether `c` carries the platform's signature over its own fields. */
export function checkpointSigned(c: AuditCheckpoint, publicKey: string): boolean {
  return signatureValid({ ...checkpointEnvelope(c), signature: c.signature }, publicKey);
}

/**
 * Signed checkpoints of the audit chain. The hash chain alone shows an
 * edited entry only to someone who did not recompute the hashes after it;
 * a checkpoint signed with the platform's Ed25519 key pins the head at a
 * point in time, so that an edit (with the chain recomputed) or a deleted
 * tail no longer matches what was signed. Parents keep their children's
 * checkpoints too (federation), so a child cannot rewrite what it reported.
 */
export class AuditService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly identity: () => Promise<{ platformId: string; publicKey: string; privateKey: string }>,
  ) {}

  /** Signs the chain's head if it moved since the last checkpoint; returns the new checkpoint. */
  async checkpoint(): Promise<AuditCheckpoint | undefined> {
    const head = await this.store.audit.head();
    if (!head) return undefined;
    const me = await this.identity();
    const last = (await this.store.audit.checkpoints(me.platformId)).at(-1);
    if (last && last.seq >= head.seq) return undefined;
    const unsigned = { platformId: me.platformId, seq: head.seq, headHash: head.hash, at: this.clock.now() };
    const c: AuditCheckpoint = { ...unsigned, signature: signEnvelope(checkpointEnvelope(unsigned), me.privateKey).signature };
    await this.store.audit.saveCheckpoint(c);
    return c;
  }

  /** The chain, then every checkpoint of this platform against it (see verifyAgainst). */
  async verify(): Promise<AuditCheck> {
    const me = await this.identity();
    return verifyAgainst(this.store, await this.store.audit.checkpoints(me.platformId), me.publicKey);
  }
}

/**
 * Checks the chain, then each checkpoint: signed by `publicKey`, and the
 * entry it names still has the hash it signed. A checkpoint past the end of
 * the log means its tail was deleted.
 */
export async function verifyAgainst(store: Store, checkpoints: readonly AuditCheckpoint[], publicKey: string): Promise<AuditCheck> {
  const chain = await store.audit.verify();
  const last = checkpoints.at(-1);
  const summary = { count: checkpoints.length, ...(last && { lastSeq: last.seq, lastAt: last.at }) };
  if (!chain.ok) return { ...chain, checkpoints: summary };
  for (const c of checkpoints) {
    let problem: string | undefined;
    if (!checkpointSigned(c, publicKey)) problem = `the checkpoint at entry ${c.seq} does not carry the platform's signature`;
    else if (c.seq > chain.entries) problem = `entries ${chain.entries + 1} to ${c.seq} were signed at ${new Date(c.at).toISOString()} and are gone (the tail was deleted)`;
    else if ((await store.audit.hashAt(c.seq)) !== c.headHash) problem = `entry ${c.seq} no longer has the hash signed at ${new Date(c.at).toISOString()} (an entry up to it was edited and the chain recomputed)`;
    if (problem) return { ...chain, ok: false, broken: { seq: Math.min(c.seq, chain.entries + 1), problem }, checkpoints: summary };
  }
  return { ...chain, checkpoints: summary };
}
