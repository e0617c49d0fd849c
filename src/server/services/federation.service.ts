import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Clock } from '../../core/clock.js';
import { ConflictError, NotFoundError, PaymentRequiredError, UsageError, ValidationError } from '../../core/errors.js';
import { Accounts } from '../../core/market/ledger.js';
import { chargeFor, splitCapture } from '../../core/market/rules.js';
import { sumSummaries } from '../../federation/aggregate.js';
import type { SummaryFigures } from '../../federation/aggregate.js';
import { canonical, isPublicKey, newKeyPair, signEnvelope, signatureValid } from '../../federation/envelope.js';
import type { Envelope } from '../../federation/envelope.js';
import { checkpointSchema, DOWN_KINDS, joinRequestEnvelope, keyFingerprint, mergeRollupUploads, policySchema, rollupUploadSchema, ROUTE_HOP_LIMIT, ROUTE_TERMINAL } from '../../federation/protocol.js';
import type { childRegistrationSchema, deliverySchema, InventoryPlatform, joinRequestSchema, joinSchema, Policies, RouteStatus , FEDERATION_ROLES} from '../../federation/protocol.js';
import type { Route, SelfIdentity } from '../../store/repositories/federation.repository.js';
import type { LedgerService } from './ledger.service.js';
import type { JobRecord } from '../../store/repositories/job.repository.js';
import type { Db } from '../../store/db.js';
import type { DataCenter } from '../../core/network/model.js';
import { formatYuan } from '../../core/money.js';
import { chooseRoute } from '../../federation/routing.js';
import type { PlatformHoldings, RouteRequest } from '../../federation/routing.js';
import { randomId } from './ids.js';
import { meteredUntil, specOf } from './job.service.js';
import { statesBefore } from '../../core/workload/lifecycle.js';
import type { Store } from '../../store/store.js';
import { SYSTEM, actorName } from './actor.js';
import type { Principal } from './actor.js';
import { checkpointSigned } from './audit.service.js';
import type { AuditCheckpoint } from '../../store/repositories/audit.repository.js';
import { RateLimitedError } from '../errors.js';
import { RateLimiter } from '../rate-limit.js';
import { dayStart } from './monitoring.service.js';
import type { MonitoringService } from './monitoring.service.js';
import type { NetworkService } from './network.service.js';

/** Target size of one delivery to the parent. */
const DELIVERY_BYTES = 256 * 1024;

/** Minutes of rollups sent again with each upload: buckets late samples may still change. */
const ROLLUP_RESEND_MS = 5 * 60_000;

/** Pending join requests a platform keeps at most: beyond it, new ones are refused until an admin decides. */
const MAX_PENDING_JOINS = 100;
/** A join request no admin has decided is dropped after this long. */
export const JOIN_REQUEST_TTL_MS = 24 * 3_600_000;


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

interface Refusal { seq: number; reason: string }

/** The answer to a delivery no known child signed, whoever it claims to come from. */
const NOT_A_CHILD = 'not signed by a child of this platform';

/** The tenant that routed jobs run under on the platform that executes them. */
export const FEDERATION_TENANT = 'federation';


/**
 * Federation of platforms: this platform's Ed25519 identity, joining a
 * parent, the durable outbox of uploads to the parent (delivered in order,
 * idempotently by sequence number), receiving children's signed uploads, and
 * the national summary that adds the children's to this platform's own.
 */
export class FederationService {
  private identity: SelfIdentity | undefined;
  private lastInventoryHash = '';
  /** Rollup buckets queued for the parent, with the figures sent: a bucket goes again only when it changes. */
  private sentRollups = new Map<string, string>();
  /** When a refusal of each unknown sender was last audited. */
  private readonly refusalsAudited = new Map<string, { at: number; suppressed: number }>();
  /** Join requests per client address: `joinRequestsPerHour` at once, then refilled over the hour. */
  private readonly joinLimiter: RateLimiter;

  constructor(
    private readonly store: Store,
    private readonly network: NetworkService,
    private readonly monitoring: MonitoringService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
    readonly settings: FederationSettings,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    const perHour = settings.joinRequestsPerHour ?? 5;
    this.joinLimiter = new RateLimiter(perHour / 3600, perHour);
  }

  async self(): Promise<SelfIdentity> {
    this.identity ??= await this.store.federation.self(() => ({ platformId: this.settings.platformId, ...newKeyPair() }), this.clock.now());
    return this.identity;
  }

  /** Parent side: a child joins with a platform-admin token of this platform; the token is the approval. */
  async registerChild(b: z.output<typeof childRegistrationSchema>, who: Principal): Promise<{ parent: { id: string; role: string; publicKey: string }; child: string; status: string }> {
    const me = await this.self();
    if (b.id === me.platformId) throw new ConflictError(`"${b.id}" is this platform's own id`);
    const existing = await this.store.federation.peer(b.id);
    if (existing?.relation === 'parent') throw new ConflictError(`"${b.id}" is this platform's parent; it cannot also be its child`);
    const now = this.clock.now();
    await this.store.federation.savePeer({ id: b.id, relation: 'child', role: b.role, publicKey: b.publicKey, status: 'approved', ...(b.url !== undefined && { url: b.url }) }, now);
    await this.store.audit.append([{ at: now, actor: actorName(who), action: 'federation.child-join', target: b.id, source: who.source, detail: { role: b.role } }]);
    return { parent: { id: me.platformId, role: this.settings.role, publicKey: me.publicKey }, child: b.id, status: 'approved' };
  }

  /** Child side: joins a parent, exchanging public keys; uploads start with the next round. */
  async join(b: z.output<typeof joinSchema>, who: Principal): Promise<{ parent: string; status: string }> {
    const me = await this.self();
    const url = b.parent.replace(/\/+$/, '');
    let res: Response;
    const request = { id: me.platformId, role: this.settings.role, publicKey: me.publicKey, at: this.clock.now() };
    try {
      // With the parent admin's token the join is approved at once; without one it is a signed request the admin approves later.
      res = b.token !== undefined
        ? await this.fetchImpl(`${url}/v1/federation/children`, {
          method: 'POST', headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ id: me.platformId, role: this.settings.role, publicKey: me.publicKey }),
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
    const now = this.clock.now();
    await this.store.federation.savePeer({ id: p.id, relation: 'parent', url, role: p.role ?? 'national', publicKey: p.publicKey, status: 'approved' }, now);
    await this.store.audit.append([{ at: now, actor: actorName(who), action: 'federation.join', target: p.id, source: who.source, detail: { url } }]);
    this.lastInventoryHash = '';
    this.sentRollups.clear();
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
  async requestJoin(b: z.output<typeof joinRequestSchema>, source: string): Promise<{ parent: { id: string; role: string; publicKey: string }; child: string; status: string }> {
    const me = await this.self();
    const now = this.clock.now();
    const wait = this.joinLimiter.take(source, now);
    if (wait > 0) throw new RateLimitedError(wait);
    await this.expireJoinRequests(now);
    if (b.id === me.platformId) throw new ConflictError(`"${b.id}" is this platform's own id`);
    if (Math.abs(now - b.at) > this.settings.windowMs) throw new ValidationError('request body', [{ path: 'at', message: `must be within ${this.settings.windowMs / 1000} s of the parent's clock` }]);
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
    return { parent: { id: me.platformId, role: this.settings.role, publicKey: me.publicKey }, child: b.id, status: 'pending' };
  }

  /** Drops join requests that have waited longer than a day. */
  private async expireJoinRequests(now: number): Promise<void> {
    for (const p of await this.store.federation.peers('child')) {
      if (p.status === 'pending' && now - p.createdAt > JOIN_REQUEST_TTL_MS) await this.store.federation.deletePeer(p.id);
    }
  }

  /** Child side: sends a signed checkpoint of this platform's audit chain up, for the parent to keep. */
  async shareCheckpoint(c: AuditCheckpoint): Promise<void> {
    const [parent] = await this.store.federation.peers('parent');
    if (!parent) return;
    const now = this.clock.now();
    await this.store.federation.enqueue('audit-checkpoint', { data: c, createdAt: now }, now);
  }

  /** Parent side: the audit checkpoints a child has sent, oldest first. */
  async childCheckpoints(childId: string): Promise<{ child: string; checkpoints: AuditCheckpoint[] }> {
    const peer = await this.store.federation.peer(childId);
    if (!peer || peer.relation !== 'child') throw new NotFoundError(`no child platform "${childId}"`);
    return { child: childId, checkpoints: await this.store.audit.checkpoints(childId) };
  }

  /** Parent side: the join requests waiting for an admin, oldest first. */
  async joinRequests(): Promise<{ requests: { id: string; role: string; url: string | null; keyFingerprint: string; requestedAt: string }[] }> {
    await this.expireJoinRequests(this.clock.now());
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
    const now = this.clock.now();
    if (approve) await this.store.federation.savePeer({ id, relation: 'child', role: peer.role, publicKey: peer.publicKey, status: 'approved', ...(peer.url !== undefined && { url: peer.url }) }, now);
    else await this.store.federation.deletePeer(id);
    await this.store.audit.append([{ at: now, actor: actorName(who), action: approve ? 'federation.child-join' : 'federation.join-rejected', target: id, source: who.source, detail: { role: peer.role, by: 'request' } }]);
    return { child: id, status: approve ? 'approved' : 'rejected' };
  }

  /**
   * Audits a refused message: at most one entry per sender a minute, which
   * carries how many were refused since the last entry, so that a flood of
   * bogus messages cannot fill the audit log.
   */
  private async auditRefusal(sender: string, seq: number, reason: string, source: string, now: number): Promise<void> {
    const last = this.refusalsAudited.get(sender);
    if (last && now - last.at < 60_000) {
      last.suppressed += 1;
      return;
    }
    if (this.refusalsAudited.size > 10_000) this.refusalsAudited.clear();
    this.refusalsAudited.set(sender, { at: now, suppressed: 0 });
    await this.store.audit.append([{ at: now, actor: `platform ${sender}`, action: 'federation.refused', target: `${sender}#${seq}`, source, detail: { reason, ...(last && last.suppressed > 0 && { refusedSinceLastEntry: last.suppressed }) } }]);
  }

  /**
   * Parent side: applies a child's signed messages in sequence order. Each
   * is refused, and the refusal audited, if its sender is unknown, its
   * signature does not verify, it is not addressed here, its sequence number
   * was seen already, or its time is outside the window. Answers with the
   * highest sequence applied, which the child drops from its outbox.
   */
  async receive(b: z.output<typeof deliverySchema>, source: string): Promise<{ acked: number; applied: number; refused: Refusal[]; policy?: Envelope; down?: Envelope[] }> {
    const me = await this.self();
    const now = this.clock.now();
    const refused: Refusal[] = [];
    const routeMessages: { kind: string; data: unknown }[] = [];
    let applied = 0;
    const messages = [...b.messages].sort((x, y) => x.seq - y.seq);
    const from = new Set(messages.map((m) => m.from));
    if (from.size > 1) throw new ValidationError('request body', [{ path: 'messages', message: 'all messages of a delivery come from one sender' }]);
    const sender = messages[0]!.from;
    const peer = await this.store.federation.peer(sender);
    const refuse = async (seq: number, reason: string): Promise<void> => {
      refused.push({ seq, reason });
      await this.auditRefusal(sender, seq, reason, source, now);
    };
    // Anyone can send this route. A delivery that no known child signed gets one answer, whoever the sender
    // claims to be: it says nothing of which children exist or how far their uploads have come.
    const signedBy = (key: string) => messages.some((m) => signatureValid(m as Envelope, key));
    if (!peer || peer.relation !== 'child' || !signedBy(peer.publicKey)) {
      for (const m of messages) await refuse(m.seq, NOT_A_CHILD);
      return { acked: 0, applied: 0, refused };
    }
    if (peer.status !== 'approved') {
      for (const m of messages) await refuse(m.seq, `"${sender}" has asked to join and awaits approval by this platform's admin`);
      return { acked: 0, applied: 0, refused };
    }
    // Checks that need no database first; then everything that passed is applied in one transaction, in sequence order.
    const valid: typeof messages = [];
    for (const m of messages) {
      if (!signatureValid(m as Envelope, peer.publicKey)) await refuse(m.seq, 'bad signature: the message was not signed by the sender\'s key, or was changed after signing');
      else if (m.to !== me.platformId) await refuse(m.seq, `addressed to "${m.to}", not to this platform`);
      else if (Math.abs(now - m.at) > this.settings.windowMs) await refuse(m.seq, `timestamp ${new Date(m.at).toISOString()} is outside the ${this.settings.windowMs / 1000} s window`);
      else valid.push(m);
    }
    const replays: number[] = [];
    const malformed: Refusal[] = [];
    if (valid.length > 0) {
      await this.store.db.transaction(async (tx) => {
        await this.store.federation.lockPeer(sender, tx);
        let last = (await this.store.federation.peer(sender, tx))!.lastSeq;
        let gaps = 0;
        for (const m of valid) {
          if (m.seq <= last || !(await this.store.federation.markApplied(sender, m.seq, m.kind, now, tx))) {
            replays.push(m.seq);
            continue;
          }
          const payload = m.body as { data?: unknown; createdAt?: number; compacted?: number };
          if (m.kind === 'route' || m.kind === 'route-status' || m.kind === 'route-cancel') routeMessages.push({ kind: m.kind, data: payload.data });
          else if (m.kind === 'rollups') {
            // A signed but malformed upload is passed over (and audited below), not allowed to block the channel.
            const r = rollupUploadSchema.safeParse(payload.data);
            if (r.success) await this.store.telemetry.putRollups(r.data.rows.map((x) => ({ ...x, scope: `platform:${sender}` })), {}, tx);
            else malformed.push({ seq: m.seq, reason: `malformed rollups: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}` });
          } else if (m.kind === 'audit-checkpoint') {
            // The child's signature over its own audit head, kept here so that the child cannot rewrite what it reported.
            const c = checkpointSchema.safeParse(payload.data);
            if (c.success && c.data.platformId === sender && checkpointSigned(c.data, peer.publicKey)) await this.store.audit.saveCheckpoint(c.data, now, tx);
            else malformed.push({ seq: m.seq, reason: c.success ? 'an audit checkpoint not signed by the child for itself' : `malformed audit checkpoint: ${c.error.issues[0]?.path.join('.')}: ${c.error.issues[0]?.message}` });
          } else await this.store.federation.saveChildState(sender, m.kind, m.seq, payload.data ?? null, Number(payload.createdAt ?? m.at), now, tx);
          gaps += Number(payload.compacted ?? 0);
          last = m.seq;
          applied += 1;
        }
        await this.store.federation.notePeer(sender, { lastSeq: last, lastSeen: now, lastError: null, gaps }, tx);
      });
    }
    for (const seq of replays) await refuse(seq, `replay: sequence ${seq} was already applied`);
    for (const m of malformed) {
      await this.store.audit.append([{ at: now, actor: `platform ${sender}`, action: 'federation.malformed', target: `${sender}#${m.seq}`, source, detail: { reason: m.reason } }]);
    }
    for (const r of routeMessages) {
      // Applied (its sequence is recorded) either way: a message that cannot be acted on is audited, and the child is not made to resend it forever.
      try {
        await this.onRouteMessage(r.kind, r.data, sender);
      } catch (e) {
        await this.store.audit.append([{ at: now, actor: `platform ${sender}`, action: 'federation.route-error', target: String((r.data as { globalId?: unknown } | null)?.globalId ?? '?'), source, detail: { kind: r.kind, error: (e as Error).message } }]);
      }
    }
    if (b.ack !== undefined) await this.store.federation.acknowledgeDown(sender, b.ack);
    const down = (await this.store.federation.downbox(sender, 100)).map((d) => signEnvelope({ from: me.platformId, to: sender, seq: d.seq, at: now, kind: d.kind, body: d.body }, me.privateKey));
    const after = await this.store.federation.peer(sender);
    // The answer carries this platform's policies down, signed, for the child to apply below itself.
    const eff = await this.effectivePolicies();
    const policy = eff.version > 0 ? signEnvelope({ from: me.platformId, to: sender, seq: eff.version, at: now, kind: 'policy', body: eff.policies }, me.privateKey) : undefined;
    return { acked: after?.lastSeq ?? 0, applied, refused, ...(policy && { policy }), ...(down.length > 0 && { down }) };
  }

  /**
   * Child side, one round: queue this platform's national summary (and its
   * inventory when the network changed), keep the outbox within bounds, and
   * deliver what is queued to the parent, oldest first.
   */
  async tick(): Promise<{ queued: number; delivered: number; error?: string }> {
    await this.relayRoutes();
    await this.reportExecutors();
    await this.chaseUnpaid();
    const [parent] = await this.store.federation.peers('parent');
    if (!parent) return { queued: 0, delivered: 0 };
    const now = this.clock.now();
    let queued = 0;
    const inventory = await this.inventory();
    const hash = createHash('sha256').update(canonical(inventory)).digest('hex');
    if (hash !== this.lastInventoryHash) {
      await this.store.federation.enqueue('inventory', { data: inventory, createdAt: now }, now);
      this.lastInventoryHash = hash;
      queued++;
    }
    const summary = await this.nationalSummary(SYSTEM);
    await this.store.federation.enqueue('summary', { data: summary, createdAt: now }, now);
    queued++;
    // The series go up as they change: of the last minutes, the last two hours and today (which later samples may still
    // change), the buckets not yet sent with these figures.
    const rows = [
      ...await this.monitoring.federationSeries(60, now - ROLLUP_RESEND_MS, now + 1),
      ...await this.monitoring.federationSeries(3600, Math.floor(now / 3_600_000) * 3_600_000 - 3_600_000, now + 1),
      ...await this.monitoring.federationSeries(86400, dayStart(now), now + 1),
    ].filter((r) => this.sentRollups.get(`${r.metric}|${r.step}|${r.bucket}`) !== `${r.value}|${r.min}|${r.max}|${r.samples}`);
    if (rows.length > 0) {
      await this.store.federation.enqueue('rollups', { data: { rows }, createdAt: now }, now);
      queued++;
      for (const r of rows) this.sentRollups.set(`${r.metric}|${r.step}|${r.bucket}`, `${r.value}|${r.min}|${r.max}|${r.samples}`);
      if (this.sentRollups.size > 20_000) this.sentRollups.clear();
    }
    // Past the bound, queued rollups are merged (later figures of a bucket replace earlier ones: nothing is lost),
    // then the oldest summaries are folded into newer ones (the parent counts those as gaps).
    await this.store.federation.fold('rollups', this.settings.outboxMax, mergeRollupUploads);
    await this.store.federation.compact('summary', this.settings.outboxMax);
    const out = await this.deliver(parent.id, parent.url!);
    return { queued, ...out };
  }

  /** Sends queued messages to the parent in batches until the outbox is empty or the parent cannot be reached. */
  async deliver(parentId: string, url: string): Promise<{ delivered: number; error?: string }> {
    const me = await this.self();
    let delivered = 0;
    for (;;) {
      const queued = await this.store.federation.outbox(200);
      if (queued.length === 0) return { delivered };
      const now = this.clock.now();
      // A delivery stays well under the parent's body limit (1 MiB by default): at least one message, then up to 256 KiB.
      const messages: Envelope[] = [];
      let bytes = 0;
      for (const m of queued) {
        const e = signEnvelope({
          from: me.platformId, to: parentId, seq: m.seq, at: now, kind: m.kind,
          body: { ...(m.body as Record<string, unknown>), ...(m.compacted > 0 && { compacted: m.compacted }) },
        }, me.privateKey);
        bytes += JSON.stringify(e).length;
        if (messages.length > 0 && bytes > DELIVERY_BYTES) break;
        messages.push(e);
      }
      const batch = queued.slice(0, messages.length);
      let answer: { acked?: number; refused?: Refusal[]; policy?: Envelope; down?: Envelope[]; error?: { message?: string } };
      try {
        const ack = (await this.store.federation.peer(parentId))?.downSeq ?? 0;
        const res = await this.fetchImpl(`${url}/v1/federation/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages, ack }), signal: AbortSignal.timeout(15_000) });
        answer = (await res.json()) as typeof answer;
        if (!res.ok) throw new Error(`${res.status}: ${answer.error?.message ?? 'refused'}`);
      } catch (e) {
        const error = `cannot deliver to ${url}: ${(e as Error).message}`;
        await this.store.federation.notePeer(parentId, { lastError: error });
        return { delivered, error };
      }
      if (answer.policy) await this.takePolicy(answer.policy, parentId);
      if (Array.isArray(answer.down)) await this.takeDown(answer.down, parentId);
      const acked = Number(answer.acked ?? 0);
      // The parent acknowledges the highest sequence it has applied; a replayed message it had already applied is acknowledged too.
      await this.store.federation.acknowledge(acked);
      await this.store.federation.notePeer(parentId, { lastSeq: acked, lastSeen: now, lastError: (answer.refused?.length ?? 0) > 0 && acked < batch.at(-1)!.seq ? `refused: ${answer.refused![0]!.reason}` : null });
      delivered += batch.filter((m) => m.seq <= acked).length;
      if (acked < batch.at(-1)!.seq) return { delivered, error: answer.refused?.[0]?.reason ?? 'the parent applied only part of the delivery' };
    }
  }

  /** A policy envelope from the parent: applied if it is the parent's, signed, addressed here, timely and newer. */
  private async takePolicy(e: Envelope, parentId: string): Promise<void> {
    const me = await this.self();
    const parent = await this.store.federation.peer(parentId);
    const now = this.clock.now();
    let problem: string | undefined;
    if (!parent || e.from !== parentId) problem = `policies from "${e.from}", who is not this platform's parent`;
    else if (!signatureValid(e, parent.publicKey)) problem = 'bad signature on the parent\'s policies';
    else if (e.to !== me.platformId || e.kind !== 'policy') problem = `policies addressed to "${e.to}"`;
    else if (Math.abs(now - e.at) > this.settings.windowMs) problem = 'the parent\'s policies are outside the time window';
    const parsed = policySchema.safeParse(e.body);
    if (!problem && !parsed.success) problem = 'the parent\'s policies are malformed';
    if (problem) {
      await this.store.audit.append([{ at: now, actor: `platform ${e.from}`, action: 'federation.refused', target: `${e.from}#policy`, source: parent?.url ?? 'parent', detail: { reason: problem } }]);
      return;
    }
    await this.store.federation.savePolicy('parent', e.seq, parsed.data!, now);
  }

  // ---- routing jobs between platforms ---------------------------------------

  /** Sends a message to a peer: up through the outbox to the parent, down through the downbox to a child. */
  private async sendTo(peerId: string, kind: string, data: unknown, db: Db = this.store.db): Promise<void> {
    const peer = await this.store.federation.peer(peerId, db);
    const now = this.clock.now();
    if (peer?.relation === 'parent') await this.store.federation.enqueue(kind, { data, createdAt: now }, now, db);
    else if (peer?.relation === 'child') await this.store.federation.enqueueDown(peerId, kind, data, now, db);
  }

  /**
   * Origin side: a job this platform cannot place goes up to its parent with
   * the reason, under a global id, and waits there as `routed`. Returns false
   * when there is no parent (the job fails here as before).
   */
  async routeUp(job: JobRecord, reason: string): Promise<boolean> {
    const [parent] = await this.store.federation.peers('parent');
    const live = await this.network.current();
    if (!parent || !live || job.orderId !== undefined || job.spec.route !== undefined) return false;
    const spec = specOf(job);
    const origin = live.net.origins.get(spec.origin);
    if (!origin) return false;
    const me = await this.self();
    const now = this.clock.now();
    const req: RouteRequest = {
      globalId: `${me.platformId}:${job.id}`, job: spec, origin, network: live.scenario.network, carbonPrice: live.scenario.carbonPrice,
      unplacedPenalty: live.scenario.unplacedPenalty, visited: [me.platformId], reason,
      run: Object.fromEntries(['command', 'workdir', 'env', 'timeLimitS'].filter((k) => job.spec[k] !== undefined).map((k) => [k, job.spec[k]])),
    };
    return this.store.db.transaction(async (tx) => {
      const moved = await this.store.jobs.transition([{ id: job.id, from: ['pending'], to: 'routed', reason: `routed to the parent platform ${parent.id} as ${req.globalId}: ${reason}` }], now, tx);
      if (moved.length === 0) return false;
      await this.store.federation.saveRoute({ globalId: req.globalId, role: 'origin', localJobId: job.id, toPeer: parent.id, body: req as unknown as Record<string, unknown>, state: 'sent', updatedAt: now }, tx);
      await this.store.federation.enqueue('route', { data: req, createdAt: now }, now, tx);
      return true;
    });
  }

  /** A route request or a routed job's status from a peer. */
  private async onRouteMessage(kind: string, data: unknown, from: string): Promise<void> {
    const now = this.clock.now();
    if (kind === 'route') {
      const req = data as RouteRequest;
      if (typeof req?.globalId !== 'string' || !Array.isArray(req.visited)) return;
      // A route that comes back to a platform it already passed would loop: it is refused back.
      const me = await this.self();
      if (req.visited.includes(me.platformId) || req.visited.length > ROUTE_HOP_LIMIT) {
        await this.sendTo(from, 'route-status', { globalId: req.globalId, state: 'failed', reason: `routing stopped at ${me.platformId}: ${req.visited.length > ROUTE_HOP_LIMIT ? 'hop limit reached' : 'the job has been here before'}` } satisfies RouteStatus);
        return;
      }
      await this.store.federation.saveRoute({ globalId: req.globalId, role: 'relay', fromPeer: from, body: req as unknown as Record<string, unknown>, state: 'pending', updatedAt: now });
      return;
    }
    if (kind === 'route-cancel') {
      await this.onRouteCancel((data as { globalId?: unknown })?.globalId, from);
      return;
    }
    const st = data as RouteStatus;
    if (typeof st?.globalId !== 'string') return;
    const route = await this.store.federation.route(st.globalId);
    if (!route) return;
    await this.store.federation.updateRoute(st.globalId, { state: st.state, ...(st.reason !== undefined && { detail: st.reason }) }, now);
    if (route.role === 'relay' && route.fromPeer) {
      let onward = st;
      if (st.chargeMinor !== undefined && st.chargeMinor > 0 && route.toPeer) {
        // This platform owes the charge to the one below and charges it on, with its commission, to the one it came from.
        const commission = splitCapture(st.chargeMinor, this.settings.commissionBps).commission;
        const charge = st.chargeMinor + commission;
        await this.ledger.post(SYSTEM, {
          kind: 'capture', target: st.globalId, key: `route-relay:${st.globalId}`, memo: `routed job ${st.globalId}: ${route.toPeer} charges ${formatYuan(st.chargeMinor)}, passed on to ${route.fromPeer}`,
          postings: [
            { account: Accounts.peer(route.toPeer), amount: st.chargeMinor },
            { account: Accounts.peer(route.fromPeer), amount: -charge },
            ...(commission > 0 ? [{ account: Accounts.commission(), amount: commission }] : []),
          ],
        });
        onward = { ...st, chargeMinor: charge };
      }
      await this.sendTo(route.fromPeer, 'route-status', onward);
      return;
    }
    if (route.role !== 'origin' || !route.localJobId) return;
    const where = st.platform && st.dataCenter ? `suanli://${st.platform}/${st.dataCenter}${st.pool ? `/${st.pool}` : ''}` : undefined;
    const explanation = { policy: 'routed', globalId: st.globalId, ...(where && { runsAt: where }), ...(st.costMinor !== undefined && { cost: formatYuan(st.costMinor), costMinor: st.costMinor }) };
    if (st.state === 'running') {
      await this.store.jobs.transition([{ id: route.localJobId, from: ['routed'], to: 'running', reason: `running at ${where ?? 'another platform'}`, explanation }], now);
    } else if (ROUTE_TERMINAL.includes(st.state)) {
      const billed = await this.billRouted(route, st);
      if (billed !== undefined) Object.assign(explanation, billed);
      // An unpaid bill is kept and chased: each tick tries it again until the tenant's balance covers it.
      if (billed?.unpaidMinor !== undefined) {
        await this.store.federation.updateRoute(st.globalId, { state: 'unpaid', detail: JSON.stringify({ chargeMinor: st.chargeMinor, state: st.state }) }, now);
      }
      await this.store.jobs.transition([{
        id: route.localJobId, from: ['routed', 'running'], to: st.state as 'succeeded' | 'failed' | 'cancelled', explanation,
        reason: `${st.state} at ${where ?? 'another platform'}${st.reason ? `: ${st.reason}` : ''}`, ...(st.unitSeconds !== undefined && { unitSeconds: st.unitSeconds }),
      }], now);
    } else if (where) {
      await this.store.jobs.noteRouted(route.localJobId, { reason: `routed: ${st.state} at ${where}`, explanation }, now, true);
    }
  }

  /**
   * Origin side: a routed job cancelled by its owner. The cancel follows the
   * job's path to the platform that runs it, which stops it; its use up to
   * then comes back with its bill.
   */
  async routedJobCancelled(job: JobRecord): Promise<void> {
    const me = await this.self();
    const route = await this.store.federation.route(`${me.platformId}:${job.id}`);
    if (route?.role !== 'origin' || !route.toPeer) return;
    await this.sendTo(route.toPeer, 'route-cancel', { globalId: route.globalId });
  }

  /** A cancel on its way to the platform running a routed job: passed on along the route, or carried out here. */
  private async onRouteCancel(globalId: unknown, from: string): Promise<void> {
    if (typeof globalId !== 'string') return;
    const route = await this.store.federation.route(globalId);
    // Only the side the job came from may cancel it.
    if (!route || route.fromPeer !== from) return;
    const now = this.clock.now();
    if (route.role === 'relay') {
      if (route.toPeer && route.state !== 'pending') await this.sendTo(route.toPeer, 'route-cancel', { globalId });
      else {
        await this.store.federation.updateRoute(globalId, { state: 'cancelled', detail: 'cancelled before it was sent on' }, now);
        await this.sendTo(from, 'route-status', { globalId, state: 'cancelled', reason: 'cancelled by its owner before it was placed' } satisfies RouteStatus);
      }
      return;
    }
    if (route.role !== 'executor' || !route.localJobId) return;
    const job = await this.store.jobs.get(route.localJobId);
    if (!job) return;
    // Its agent stops it (it leaves the assignments); reportExecutors sends the state and the bill back.
    await this.store.jobs.transition([{ id: job.id, from: statesBefore('cancelled'), to: 'cancelled', reason: 'cancelled by its owner at the platform it came from', ...meteredUntil(job, now) }], now);
  }

  /**
   * Origin side: bills of routed jobs the tenant could not pay, tried again.
   * The platform already owes the parent the charge; once the tenant's
   * balance covers it (after a top-up, say), the bill is posted, the route
   * is settled and the job's explanation shows it billed.
   */
  async chaseUnpaid(): Promise<number> {
    let paid = 0;
    for (const route of await this.store.federation.routes('origin', ['unpaid'], 50)) {
      const owed = JSON.parse(route.detail ?? '{}') as { chargeMinor?: number; state?: string };
      if (typeof owed.chargeMinor !== 'number' || !route.localJobId) continue;
      const billed = await this.billRouted(route, { globalId: route.globalId, state: owed.state ?? 'succeeded', chargeMinor: owed.chargeMinor });
      if (billed?.billedMinor === undefined) continue;
      const now = this.clock.now();
      await this.store.federation.updateRoute(route.globalId, { state: owed.state ?? 'succeeded', detail: `paid late: ${String(billed.billed)}` }, now);
      const job = await this.store.jobs.get(route.localJobId);
      const { unpaid: _u, unpaidMinor: _m, reason: _r, ...explanation } = (job?.explanation ?? {}) as Record<string, unknown>;
      await this.store.jobs.noteRouted(route.localJobId, { explanation: { ...explanation, ...billed, paidLate: true } }, now, false);
      paid++;
    }
    return paid;
  }

  /** The routed jobs' bills this platform's tenants have not paid yet. */
  async unpaidBills(): Promise<{ count: number; amountMinor: number }> {
    let amountMinor = 0;
    const routes = await this.store.federation.routes('origin', ['unpaid'], 10_000);
    for (const r of routes) {
      const owed = JSON.parse(r.detail ?? '{}') as { chargeMinor?: number };
      if (typeof owed.chargeMinor === 'number') amountMinor += owed.chargeMinor + splitCapture(owed.chargeMinor, this.settings.commissionBps).commission;
    }
    return { count: routes.length, amountMinor };
  }

  /**
   * Origin side: the submitting tenant pays what the parent charges plus this
   * platform's commission. If its balance is short, nothing is posted and the
   * job says the bill is unpaid.
   */
  private async billRouted(route: Route, st: RouteStatus): Promise<{ billed?: string | null; billedMinor?: number; unpaidMinor?: number; [k: string]: unknown } | undefined> {
    if (st.chargeMinor === undefined || st.chargeMinor <= 0 || !route.localJobId || !route.toPeer) return undefined;
    const job = await this.store.jobs.get(route.localJobId);
    if (!job) return undefined;
    const commission = splitCapture(st.chargeMinor, this.settings.commissionBps).commission;
    const bill = st.chargeMinor + commission;
    try {
      await this.ledger.post(SYSTEM, {
        kind: 'capture', target: st.globalId, jobId: job.id, key: `route-bill:${st.globalId}`, memo: `job ${job.id} ran at another platform as ${st.globalId}`,
        postings: [
          { account: Accounts.available(job.tenantId), amount: -bill },
          { account: Accounts.peer(route.toPeer), amount: st.chargeMinor },
          ...(commission > 0 ? [{ account: Accounts.commission(), amount: commission }] : []),
        ],
      });
      return { billed: formatYuan(bill), billedMinor: bill, chargedByParent: formatYuan(st.chargeMinor) };
    } catch (e) {
      if (e instanceof PaymentRequiredError) return { billed: null, unpaid: formatYuan(bill), unpaidMinor: bill, reason: e.message };
      throw e;
    }
  }

  /**
   * Parent side: for each route request from below, choose a data center
   * with the placement engine over the summarised capacity of the platforms
   * below (not those the job has visited) and send the job down towards it;
   * with no choice, send it further up, or fail it back to where it came from.
   */
  private async relayRoutes(): Promise<void> {
    const pending = await this.store.federation.routes('relay', ['pending'], 50);
    if (pending.length === 0) return;
    const me = await this.self();
    const holdings = await this.holdings();
    const [parent] = await this.store.federation.peers('parent');
    const now = this.clock.now();
    for (const r of pending) {
      const req = r.body as unknown as RouteRequest;
      const visited = [...req.visited, me.platformId];
      let c: ReturnType<typeof chooseRoute>;
      try {
        c = chooseRoute({ ...req, visited }, holdings);
      } catch (e) {
        // A malformed request or inventory from below fails this route, not the loop.
        c = { reason: `the federation could not place it: ${(e as Error).message}` };
      }
      if (c.choice) {
        const target = { platform: c.choice.platformId, dataCenter: c.choice.dataCenterId, pool: c.choice.poolId };
        await this.store.federation.enqueueDown(c.choice.via, 'job', { req: { ...req, visited }, target, explanation: c.choice.explanation }, now);
        await this.store.federation.updateRoute(r.globalId, { state: 'sent', toPeer: c.choice.via, detail: `to suanli://${target.platform}/${target.dataCenter}/${target.pool} (cost ${formatYuan(c.choice.cost.total)} yuan)` }, now);
      } else if (parent && !visited.includes(parent.id) && visited.length <= ROUTE_HOP_LIMIT) {
        await this.store.federation.enqueue('route', { data: { ...req, visited, reason: `${me.platformId}: ${c.reason}` }, createdAt: now }, now);
        await this.store.federation.updateRoute(r.globalId, { state: 'forwarded', toPeer: parent.id, detail: c.reason ?? '' }, now);
      } else {
        await this.store.federation.updateRoute(r.globalId, { state: 'failed', detail: c.reason ?? '' }, now);
        if (r.fromPeer) await this.sendTo(r.fromPeer, 'route-status', { globalId: r.globalId, state: 'failed', reason: `no platform can run it: ${c.reason}` } satisfies RouteStatus);
      }
    }
  }

  /** What the platforms below hold, with the share in use per class of the child each is reached through. */
  private async holdings(): Promise<PlatformHoldings[]> {
    const fill = new Map((await this.store.federation.childStates('summary')).map((c) => [c.childId, ((c.body as { fillRate?: Record<string, number | null> } | null)?.fillRate ?? {})]));
    const out: PlatformHoldings[] = [];
    for (const c of await this.store.federation.childStates('inventory')) {
      for (const [id, p] of Object.entries((c.body as { platforms?: Record<string, InventoryPlatform> } | null)?.platforms ?? {})) {
        const f = Object.fromEntries(Object.entries(fill.get(c.childId) ?? {}).map(([k, v]) => [k, v ?? 0]));
        out.push({ platformId: id, via: c.childId, hubs: p.hubs ?? [], dataCenters: p.dataCenters ?? [], fill: f });
      }
    }
    return out;
  }

  /** Child side: messages down from the parent, each checked like any message, applied once in order. */
  private async takeDown(envelopes: Envelope[], parentId: string): Promise<void> {
    const me = await this.self();
    const parent = await this.store.federation.peer(parentId);
    if (!parent) return;
    let last = parent.downSeq;
    const now = this.clock.now();
    for (const e of [...envelopes].sort((a, b) => a.seq - b.seq)) {
      if (e.seq <= last) continue;
      let problem: string | undefined;
      if (e.from !== parentId || !signatureValid(e, parent.publicKey)) problem = 'bad signature or sender on a message from the parent';
      else if (e.to !== me.platformId) problem = `a message from the parent addressed to "${e.to}"`;
      else if (Math.abs(now - e.at) > this.settings.windowMs) problem = 'a message from the parent outside the time window';
      else if (!(DOWN_KINDS as readonly string[]).includes(e.kind)) problem = `a message from the parent of unknown kind "${e.kind}"`;
      if (problem) {
        // Refused and audited, and passed over: one bad message must not block the channel from the parent.
        await this.store.audit.append([{ at: now, actor: `platform ${e.from}`, action: 'federation.refused', target: `${e.from}#down${e.seq}`, source: parent.url ?? 'parent', detail: { reason: problem } }]);
        last = e.seq;
        await this.store.federation.notePeer(parentId, { downSeq: last });
        continue;
      }
      if (e.kind === 'job') await this.takeJob(e.body as { req: RouteRequest; target: { platform: string; dataCenter: string; pool: string } }, parentId);
      else await this.onRouteMessage(e.kind, e.body, parentId);
      last = e.seq;
      await this.store.federation.notePeer(parentId, { downSeq: last });
    }
  }

  /** A routed job sent down: run it here if this platform is the target, or pass it on to the child that leads there. */
  private async takeJob(m: { req: RouteRequest; target: { platform: string; dataCenter: string; pool: string } }, parentId: string): Promise<void> {
    const me = await this.self();
    const now = this.clock.now();
    const { req, target } = m;
    if (target.platform !== me.platformId) {
      const via = (await this.holdings()).find((h) => h.platformId === target.platform)?.via;
      if (!via) {
        await this.sendTo(parentId, 'route-status', { globalId: req.globalId, state: 'failed', reason: `${me.platformId} has no way down to ${target.platform}` } satisfies RouteStatus);
        return;
      }
      if (await this.store.federation.saveRoute({ globalId: req.globalId, role: 'relay', fromPeer: parentId, toPeer: via, body: req as unknown as Record<string, unknown>, state: 'sent', updatedAt: now })) {
        await this.store.federation.enqueueDown(via, 'job', { ...m, req: { ...req, visited: [...req.visited, me.platformId] } }, now);
      }
      return;
    }
    // A command from another platform runs on this platform's machines only where its operator allows it.
    if (req.run?.command !== undefined && this.settings.acceptRoutedCommands !== true) {
      await this.sendTo(parentId, 'route-status', { globalId: req.globalId, state: 'failed', reason: `${me.platformId} does not run commands routed from other platforms (acceptRoutedCommands is off)` } satisfies RouteStatus);
      return;
    }
    if (!(await this.store.identity.getTenant(FEDERATION_TENANT))) {
      await this.store.identity.createTenant({ id: FEDERATION_TENANT, name: 'Jobs routed here from other platforms' }, now).catch(() => undefined);
    }
    const id = `job_${randomId()}`;
    const j = req.job;
    const { id: _id, submitAt: _at, models, ...fields } = j;
    const spec = { ...fields, ...(models && { model: models }), ...(req.run ?? {}), name: req.globalId, route: target, tenant: FEDERATION_TENANT };
    await this.store.db.transaction(async (tx) => {
      if (!(await this.store.federation.saveRoute({ globalId: req.globalId, role: 'executor', localJobId: id, fromPeer: parentId, body: req as unknown as Record<string, unknown>, state: 'pending', updatedAt: now }, tx))) return;
      await this.store.jobs.submit({ id, tenantId: FEDERATION_TENANT, spec: JSON.parse(JSON.stringify(spec)) as Record<string, unknown>, class: j.class, origin: j.origin, units: j.units, bodyHash: req.globalId }, now, tx);
    });
  }

  /** Executor side: each change of state of a routed job here is reported up, towards the platform it came from. */
  private async reportExecutors(): Promise<void> {
    const me = await this.self();
    for (const r of await this.store.federation.routes('executor', ['pending', 'placed', 'running'], 200)) {
      const job = r.localJobId ? await this.store.jobs.get(r.localJobId) : undefined;
      if (!job || job.state === r.state || !r.fromPeer) continue;
      const st: RouteStatus = {
        globalId: r.globalId, state: job.state, platform: me.platformId, ...(job.dataCenterId !== undefined && { dataCenter: job.dataCenterId }),
        ...(job.poolId !== undefined && { pool: job.poolId }), ...(job.cost !== undefined && { costMinor: job.cost }),
        ...(job.unitSeconds !== undefined && { unitSeconds: job.unitSeconds }), ...(job.reason !== undefined && { reason: job.reason }),
      };
      await this.store.db.transaction(async (tx) => {
        if (ROUTE_TERMINAL.includes(job.state)) {
          // The metered use at the pool's price is charged to the platform the job came from; the operator is paid, less this platform's commission.
          const pool = (await this.network.current())?.dataCenters.get(job.dataCenterId ?? '')?.pools.find((p) => p.id === job.poolId);
          const charge = pool ? chargeFor(pool.price, job.unitSeconds ?? 0) : 0;
          if (charge > 0) {
            const split = splitCapture(charge, this.settings.commissionBps);
            await this.ledger.post(SYSTEM, {
              kind: 'capture', target: r.globalId, jobId: job.id, key: `route-charge:${r.globalId}`, memo: `routed job ${r.globalId} for ${r.fromPeer}`,
              postings: [
                { account: Accounts.peer(r.fromPeer!), amount: -charge },
                { account: Accounts.operator(job.dataCenterId!), amount: split.operator },
                ...(split.commission > 0 ? [{ account: Accounts.commission(), amount: split.commission }] : []),
              ].filter((x) => x.amount !== 0),
            }, tx);
          }
          st.chargeMinor = charge;
        }
        await this.sendTo(r.fromPeer!, 'route-status', st, tx);
        await this.store.federation.updateRoute(r.globalId, { state: job.state }, this.clock.now(), tx);
      });
    }
  }

  /**
   * This platform's national summary: its own data centers (if it has a
   * network) plus each child's latest upload, with each child's lag.
   */
  async nationalSummary(who: Principal): Promise<Record<string, unknown>> {
    const live = await this.network.current();
    const own = live ? await this.monitoring.summary({ scope: 'national' }, who) : undefined;
    const children = await this.store.federation.childStates('summary');
    if (children.length === 0) {
      if (own) return own;
      throw new NotFoundError('no network is loaded and no child platform has uploaded a summary yet');
    }
    const now = this.clock.now();
    const parts = [...(own ? [own as unknown as SummaryFigures] : []), ...children.map((c) => c.body as SummaryFigures)];
    return {
      scope: 'national', asOf: new Date(now).toISOString(),
      ...sumSummaries(parts),
      federation: {
        own: own !== undefined,
        children: children.map((c) => ({ id: c.childId, seq: c.seq, asOf: new Date(c.createdAt).toISOString(), lagS: Math.round((now - c.createdAt) / 100) / 10, dataCenters: (c.body as SummaryFigures).dataCenters.total })),
      },
    };
  }

  async setPolicies(b: z.output<typeof policySchema>, who: Principal): Promise<Record<string, unknown>> {
    const now = this.clock.now();
    const version = ((await this.store.federation.policy('own'))?.version ?? 0) + 1;
    await this.store.federation.savePolicy('own', version, b, now);
    await this.store.audit.append([{ at: now, actor: actorName(who), action: 'federation.policies', target: 'policies', source: who.source, detail: { version, ...b } }]);
    return this.policies();
  }

  /** The policies in force here: for each, the stricter of this platform's own and its parent's. Its version rises whenever either changes. */
  async effectivePolicies(): Promise<{ version: number; policies: Policies }> {
    const own = await this.store.federation.policy('own');
    const parent = await this.store.federation.policy('parent');
    const both = (key: keyof Policies): number[] => [own?.body[key], parent?.body[key]].filter((v): v is number => typeof v === 'number');
    const green = both('batchMinGreenShare');
    const offload = both('maxOffloadShare');
    return {
      version: (own?.version ?? 0) + (parent?.version ?? 0),
      policies: {
        // The stricter: the higher green floor, the lower offload cap.
        ...(green.length > 0 && { batchMinGreenShare: Math.max(...green) }),
        ...(offload.length > 0 && { maxOffloadShare: Math.min(...offload) }),
      },
    };
  }

  async policies(): Promise<Record<string, unknown>> {
    const own = await this.store.federation.policy('own');
    const parent = await this.store.federation.policy('parent');
    const eff = await this.effectivePolicies();
    return {
      own: own ? { version: own.version, ...own.body } : null,
      fromParent: parent ? { version: parent.version, receivedAt: new Date(parent.updatedAt).toISOString(), ...parent.body } : null,
      effective: { version: eff.version, ...eff.policies },
    };
  }

  /**
   * What this platform and everything below it holds, by platform id: its
   * own data centers and pools, and each child's inventory as it uploaded it
   * (which holds the child's children in turn). This is what a parent
   * resolves resource identifiers against.
   */
  async inventory(): Promise<{ platforms: Record<string, InventoryPlatform> }> {
    const me = await this.self();
    const live = await this.network.current();
    const platforms: Record<string, InventoryPlatform> = {};
    for (const c of await this.store.federation.childStates('inventory')) {
      for (const [id, p] of Object.entries((c.body as { platforms?: Record<string, InventoryPlatform> } | null)?.platforms ?? {})) platforms[id] = { ...p, via: c.childId };
    }
    platforms[me.platformId] = { role: this.settings.role, hubs: live?.scenario.hubs ?? [], dataCenters: live?.scenario.dataCenters ?? [] };
    return { platforms };
  }

  /**
   * Resolves `suanli://<platform>/<data center>[/<pool>]` to the resource and
   * the platform that owns it, from this platform's own network and the
   * inventories its children uploaded (so a national platform resolves
   * every identifier in its federation).
   */
  async resolve(uri: string): Promise<Record<string, unknown>> {
    const m = /^suanli:\/\/([A-Za-z0-9][A-Za-z0-9._-]{0,127})\/([A-Za-z0-9][A-Za-z0-9._-]{0,127})(?:\/([A-Za-z0-9][A-Za-z0-9._-]{0,127}))?$/.exec(uri);
    if (!m) throw new ValidationError('path', [{ path: 'id', message: `"${uri.slice(0, 300)}" is not a resource identifier: suanli://<platform-id>/<datacenter-id>[/<pool-id>]` }]);
    const [, platformId, dcId, poolId] = m as unknown as [string, string, string, string | undefined];
    const me = await this.self();
    const { platforms } = await this.inventory();
    const platform = platforms[platformId];
    if (!platform) throw new NotFoundError(`platform "${platformId}" is not ${me.platformId} or below it in the federation`);
    const dc = (Array.isArray(platform.dataCenters) ? platform.dataCenters : []).find((d) => d?.id === dcId);
    if (!dc) throw new NotFoundError(`platform ${platformId} has no data center "${dcId}"`);
    const owner = { platform: platformId, role: platform.role, self: platformId === me.platformId, ...(platform.via !== undefined && { reachedThrough: platform.via }) };
    // An inventory is another platform's upload: shown as given, never trusted to be complete.
    const poolView = (p: DataCenter['pools'][number]) => ({
      id: p.id, class: p.class, model: p.model, units: p.units, unitTflops: p.unitTflops,
      ...(Number.isSafeInteger(p.price) && { price: formatYuan(p.price), priceMinor: p.price }),
    });
    const dcView = { id: dc.id, name: dc.name, hub: dc.hubId, province: dc.province, lat: dc.lat, lon: dc.lon, pue: dc.pue, greenShare: dc.greenShare };
    const dcPools = Array.isArray(dc.pools) ? dc.pools : [];
    if (poolId === undefined) return { id: uri, kind: 'data-center', owner, resource: { ...dcView, pools: dcPools.map(poolView) } };
    const pool = dcPools.find((p) => p.id === poolId);
    if (!pool) throw new NotFoundError(`data center ${platformId}/${dcId} has no pool "${poolId}"`);
    return { id: uri, kind: 'pool', owner, dataCenter: dcView, resource: poolView(pool) };
  }

  async status(): Promise<Record<string, unknown>> {
    const me = await this.self();
    const now = this.clock.now();
    const peers = await this.store.federation.peers();
    const outbox = await this.store.federation.outboxSize();
    const parent = peers.find((p) => p.relation === 'parent');
    const inventories = new Map((await this.store.federation.childStates('inventory')).map((c) => [c.childId, c]));
    const summaries = new Map((await this.store.federation.childStates('summary')).map((c) => [c.childId, c]));
    return {
      self: { id: me.platformId, role: this.settings.role, publicKey: me.publicKey, keyFingerprint: keyFingerprint(me.publicKey) },
      parent: parent ? {
        id: parent.id, url: parent.url, acked: parent.lastSeq, lastDelivery: parent.lastSeen ? new Date(parent.lastSeen).toISOString() : null,
        healthy: parent.lastError === undefined, ...(parent.lastError !== undefined && { lastError: parent.lastError }),
        outbox: { messages: outbox.messages, oldestAgeS: outbox.oldest !== undefined ? Math.round((now - outbox.oldest) / 1000) : 0 },
      } : null,
      unpaidBills: await this.unpaidBills(),
      joinRequests: peers.filter((p) => p.relation === 'child' && p.status === 'pending').map((p) => p.id),
      children: await Promise.all(peers.filter((p) => p.relation === 'child' && p.status === 'approved').map(async (c) => ({
        id: c.id, role: c.role, lastSeq: c.lastSeq, applied: await this.store.federation.appliedCount(c.id), gaps: c.gaps,
        lastSeen: c.lastSeen ? new Date(c.lastSeen).toISOString() : null,
        lagS: summaries.get(c.id) ? Math.round((now - summaries.get(c.id)!.createdAt) / 1000) : null,
        dataCenters: Object.values((inventories.get(c.id)?.body as { platforms?: Record<string, InventoryPlatform> } | undefined)?.platforms ?? {}).reduce((n, p) => n + p.dataCenters.length, 0),
      }))),
    };
  }
}
