import type { Clock } from '../../../core/clock.js';
import { newKeyPair } from '../../../federation/envelope.js';
import type { FEDERATION_ROLES } from '../../../federation/protocol.js';
import type { Db } from '../../../store/db.js';
import type { SelfIdentity } from '../../../store/repositories/federation.repository.js';
import type { Store } from '../../../store/store.js';

export interface FederationSettings {
  platformId: string;
  role: (typeof FEDERATION_ROLES)[number];
  /** Messages older or newer than this, by their timestamp, are refused as replays, ms. */
  windowMs: number;
  /** The outbox holds at most this many messages while the parent is unreachable. */
  outboxMax: number;
  /** This platform's commission on routed jobs it passes on or runs, basis points. */
  commissionBps: number;
  /** Whether jobs routed here from other platforms may carry commands to run on this platform's data centers. */
  acceptRoutedCommands?: boolean;
  /** Join requests one client address may make per hour. */
  joinRequestsPerHour?: number;
}

/** The tenant that routed jobs run under on the platform that executes them. */
export const FEDERATION_TENANT = 'federation';

/**
 * What every part of the federation shares: the store, the clock, the
 * settings, this platform's identity, and sending a message to a peer.
 */
export class FederationContext {
  private identity: SelfIdentity | undefined;

  constructor(readonly store: Store, readonly clock: Clock, readonly settings: FederationSettings) {}

  /** This platform's Ed25519 identity, made on first use and kept in the store. */
  async self(): Promise<SelfIdentity> {
    this.identity ??= await this.store.federation.self(() => ({ platformId: this.settings.platformId, ...newKeyPair() }), this.clock.now());
    return this.identity;
  }

  /** Sends a message to a peer: up through the outbox to the parent, down through the downbox to a child. */
  async sendTo(peerId: string, kind: string, data: unknown, db: Db = this.store.db): Promise<void> {
    const peer = await this.store.federation.peer(peerId, db);
    const now = this.clock.now();
    if (peer?.relation === 'parent') await this.store.federation.enqueue(kind, { data, createdAt: now }, now, db);
    else if (peer?.relation === 'child') await this.store.federation.enqueueDown(peerId, kind, data, now, db);
  }

  /** Records a refused message from a platform in the audit log. */
  async refused(from: string, target: string, source: string, reason: string, now: number): Promise<void> {
    await this.store.audit.append([{ at: now, actor: `platform ${from}`, action: 'federation.refused', target, source, detail: { reason } }]);
  }
}
