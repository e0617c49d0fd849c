import type { z } from 'zod';
import { ConflictError, NotFoundError, UsageError, ValidationError } from '../../../core/errors.js';
import { isPublicKey, signEnvelope, signatureValid } from '../../../federation/envelope.js';
import { joinRequestEnvelope, keyFingerprint } from '../../../federation/protocol.js';
import type { childRegistrationSchema, joinRequestSchema, joinSchema } from '../../../federation/protocol.js';
import type { AuditCheckpoint } from '../../../store/repositories/audit.repository.js';
import { RateLimitedError } from '../../errors.js';
import { RateLimiter } from '../../rate-limit.js';
import { actorName } from '../actor.js';
import type { Principal } from '../actor.js';
import type { FederationContext } from './context.js';

/** Pending join requests a platform keeps at most: beyond it, new ones are refused until an admin decides. */
const MAX_PENDING_JOINS = 100;
/** A join request no admin has decided is dropped after this long. */
export const JOIN_REQUEST_TTL_MS = 24 * 3_600_000;

type ParentAnswer = { parent: { id: string; role: string; publicKey: string }; child: string; status: string };

/**
 * Who belongs to the federation: a child joins its parent with a token of
 * the parent's admin (approved at once) or with a signed request an admin
 * approves later; the parent keeps the children's audit checkpoints.
 */
export class Membership {
  /** Join requests per client address: `joinRequestsPerHour` at once, then refilled over the hour. */
  private readonly joinLimiter: RateLimiter;

  constructor(
    private readonly ctx: FederationContext,
    /** Called when this platform has joined a parent: uploads start afresh. */
    private readonly onJoined: () => void,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    const perHour = ctx.settings.joinRequestsPerHour ?? 5;
    this.joinLimiter = new RateLimiter(perHour / 3600, perHour);
  }

  private get store() {
    return this.ctx.store;
  }

  private async parentView(): Promise<ParentAnswer['parent']> {
    const me = await this.ctx.self();
    return { id: me.platformId, role: this.ctx.settings.role, publicKey: me.publicKey };
  }

  /** Parent side: a child joins with a platform-admin token of this platform; the token is the approval. */
  async registerChild(b: z.output<typeof childRegistrationSchema>, who: Principal): Promise<ParentAnswer> {
    const me = await this.ctx.self();
    if (b.id === me.platformId) throw new ConflictError(`"${b.id}" is this platform's own id`);
    const existing = await this.store.federation.peer(b.id);
    if (existing?.relation === 'parent') throw new ConflictError(`"${b.id}" is this platform's parent; it cannot also be its child`);
    const now = this.ctx.clock.now();
    await this.store.federation.savePeer({ id: b.id, relation: 'child', role: b.role, publicKey: b.publicKey, status: 'approved', ...(b.url !== undefined && { url: b.url }) }, now);
    await this.store.audit.append([{ at: now, actor: actorName(who), action: 'federation.child-join', target: b.id, source: who.source, detail: { role: b.role } }]);
    return { parent: await this.parentView(), child: b.id, status: 'approved' };
  }

  /** Child side: joins a parent, exchanging public keys; uploads start with the next round. */
  async join(b: z.output<typeof joinSchema>, who: Principal): Promise<{ parent: string; status: string }> {
    const me = await this.ctx.self();
    const { role } = this.ctx.settings;
    const url = b.parent.replace(/\/+$/, '');
    const request = { id: me.platformId, role, publicKey: me.publicKey, at: this.ctx.clock.now() };
    let res: Response;
    try {
      // With the parent admin's token the join is approved at once; without one it is a signed request the admin approves later.
      res = b.token !== undefined
        ? await this.fetchImpl(`${url}/v1/federation/children`, {
          method: 'POST', headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ id: me.platformId, role, publicKey: me.publicKey }),
          signal: AbortSignal.timeout(15_000),
        })
        : await this.fetchImpl(`${url}/v1/federation/join-requests`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...request, signature: signEnvelope(joinRequestEnvelope(request), me.privateKey).signature }),
          signal: AbortSignal.timeout(15_000),
        });
    } catch (e) {
      throw new UsageError(`cannot reach the parent at ${url}: ${(e as Error).message}`);
    }
    const answer = (await res.json().catch(() => ({}))) as { parent?: { id?: string; role?: string; publicKey?: string }; status?: string; error?: { message?: string } };
    if (!res.ok) throw new ConflictError(`the parent refused the join (${res.status}): ${answer.error?.message ?? 'no reason given'}`);
    const p = answer.parent;
    if (!p?.id || !p.publicKey || !isPublicKey(p.publicKey)) throw new ConflictError('the parent answered without its id and public key');
    const now = this.ctx.clock.now();
    await this.store.federation.savePeer({ id: p.id, relation: 'parent', url, role: p.role ?? 'national', publicKey: p.publicKey, status: 'approved' }, now);
    await this.store.audit.append([{ at: now, actor: actorName(who), action: 'federation.join', target: p.id, source: who.source, detail: { url } }]);
    this.onJoined();
    // Uploads start now; a pending parent refuses them, and they wait in the outbox, until its admin approves.
    return { parent: p.id, status: answer.status === 'pending' ? 'pending' : 'joined' };
  }

  /**
   * Parent side: a child asks to join without a token. The request must be
   * signed by the key it carries, inside the time window. It waits, pending,
   * until an admin approves or rejects it; the child's uploads are refused
   * until then. An approved child, or a pending request under another key,
   * is not replaced.
   */
  async requestJoin(b: z.output<typeof joinRequestSchema>, source: string): Promise<ParentAnswer> {
    const me = await this.ctx.self();
    const now = this.ctx.clock.now();
    const { windowMs } = this.ctx.settings;
    const wait = this.joinLimiter.take(source, now);
    if (wait > 0) throw new RateLimitedError(wait);
    await this.expireJoinRequests(now);
    if (b.id === me.platformId) throw new ConflictError(`"${b.id}" is this platform's own id`);
    if (Math.abs(now - b.at) > windowMs) throw new ValidationError('request body', [{ path: 'at', message: `must be within ${windowMs / 1000} s of the parent's clock` }]);
    if (!signatureValid({ ...joinRequestEnvelope(b), signature: b.signature }, b.publicKey)) {
      throw new ValidationError('request body', [{ path: 'signature', message: 'is not a signature of this request by the key in publicKey' }]);
    }
    const existing = await this.store.federation.peer(b.id);
    if (existing && (existing.relation !== 'child' || existing.status === 'approved' || existing.publicKey !== b.publicKey)) {
      throw new ConflictError(existing.relation !== 'child'
        ? `"${b.id}" is this platform's ${existing.relation}`
        : existing.status === 'approved' ? `"${b.id}" is already a child of this platform` : `a request to join as "${b.id}" under another key is pending`);
    }
    if (!existing) {
      const pending = (await this.store.federation.peers('child')).filter((p) => p.status === 'pending').length;
      if (pending >= MAX_PENDING_JOINS) throw new ConflictError(`${pending} join requests are already waiting for this platform's admin; try again after they are decided`);
      await this.store.federation.savePeer({ id: b.id, relation: 'child', role: b.role, publicKey: b.publicKey, status: 'pending', ...(b.url !== undefined && { url: b.url }) }, now);
      await this.store.audit.append([{ at: now, actor: `platform ${b.id}`, action: 'federation.join-request', target: b.id, source, detail: { role: b.role, ...(b.url !== undefined && { url: b.url }) } }]);
    }
    return { parent: await this.parentView(), child: b.id, status: 'pending' };
  }

  /** Drops join requests that have waited longer than a day. */
  private async expireJoinRequests(now: number): Promise<void> {
    for (const p of await this.store.federation.peers('child')) {
      if (p.status === 'pending' && now - p.createdAt > JOIN_REQUEST_TTL_MS) await this.store.federation.deletePeer(p.id);
    }
  }

  /** Parent side: the join requests waiting for an admin, oldest first. */
  async joinRequests(): Promise<{ requests: { id: string; role: string; url: string | null; keyFingerprint: string; requestedAt: string }[] }> {
    await this.expireJoinRequests(this.ctx.clock.now());
    const pending = (await this.store.federation.peers('child')).filter((p) => p.status === 'pending').sort((a, b) => a.createdAt - b.createdAt);
    return {
      requests: pending.map((p) => ({
        id: p.id, role: p.role, url: p.url ?? null, requestedAt: new Date(p.createdAt).toISOString(),
        keyFingerprint: keyFingerprint(p.publicKey),
      })),
    };
  }

  /** Parent side: an admin approves (the child's uploads are accepted from now on) or rejects (the request is dropped) a pending join. */
  async decideJoin(id: string, approve: boolean, who: Principal): Promise<{ child: string; status: string }> {
    const peer = await this.store.federation.peer(id);
    if (!peer || peer.relation !== 'child' || peer.status !== 'pending') throw new NotFoundError(`no pending join request from "${id}"`);
    const now = this.ctx.clock.now();
    if (approve) await this.store.federation.savePeer({ id, relation: 'child', role: peer.role, publicKey: peer.publicKey, status: 'approved', ...(peer.url !== undefined && { url: peer.url }) }, now);
    else await this.store.federation.deletePeer(id);
    await this.store.audit.append([{ at: now, actor: actorName(who), action: approve ? 'federation.child-join' : 'federation.join-rejected', target: id, source: who.source, detail: { role: peer.role, by: 'request' } }]);
    return { child: id, status: approve ? 'approved' : 'rejected' };
  }

  /** Child side: sends a signed checkpoint of this platform's audit chain up, for the parent to keep. */
  async shareCheckpoint(c: AuditCheckpoint): Promise<void> {
    const [parent] = await this.store.federation.peers('parent');
    if (!parent) return;
    const now = this.ctx.clock.now();
    await this.store.federation.enqueue('audit-checkpoint', { data: c, createdAt: now }, now);
  }

  /** Parent side: the audit checkpoints a child has sent, oldest first. */
  async childCheckpoints(childId: string): Promise<{ child: string; checkpoints: AuditCheckpoint[] }> {
    const peer = await this.store.federation.peer(childId);
    if (!peer || peer.relation !== 'child') throw new NotFoundError(`no child platform "${childId}"`);
    return { child: childId, checkpoints: await this.store.audit.checkpoints(childId) };
  }
}
