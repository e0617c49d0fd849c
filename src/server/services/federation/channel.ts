import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { ValidationError } from '../../../core/errors.js';
import { canonical, signEnvelope, signatureValid } from '../../../federation/envelope.js';
import type { Envelope } from '../../../federation/envelope.js';
import { checkpointSchema, DOWN_KINDS, mergeRollupUploads, rollupUploadSchema } from '../../../federation/protocol.js';
import type { deliverySchema, MESSAGE_KINDS } from '../../../federation/protocol.js';
import type { Db } from '../../../store/db.js';
import { SYSTEM } from '../actor.js';
import { checkpointSigned } from '../audit.service.js';
import { dayStart } from '../monitoring.service.js';
import type { MonitoringService } from '../monitoring.service.js';
import type { FederationContext } from './context.js';
import type { PolicyBook } from './policies.js';
import type { Routing } from './routing.js';
import type { FederationViews } from './views.js';

/** Target size of one delivery to the parent. */
const DELIVERY_BYTES = 256 * 1024;

/** Minutes of rollups sent again with each upload: buckets late samples may still change. */
const ROLLUP_RESEND_MS = 5 * 60_000;

/** The answer to a delivery no known child signed, whoever it claims to come from. */
const NOT_A_CHILD = 'not signed by a child of this platform';

interface Refusal { seq: number; reason: string }

/** A child's message as the parent applies it. */
interface Incoming { sender: string; seq: number; kind: string; at: number; data: unknown; createdAt: number; senderKey: string; now: number }

/**
 * What a child's message of each kind does at the parent. `store` runs in
 * the delivery's transaction and answers why a signed message is malformed,
 * if it is (it is passed over and audited, never allowed to block the
 * channel); `after` acts on it once the transaction is committed.
 */
interface UpHandler {
  store?(m: Incoming, tx: Db): Promise<string | undefined>;
  after?(data: unknown, sender: string): Promise<void>;
}

type DownHandler = (data: unknown, parentId: string) => Promise<void>;

type Delivery = { acked: number; applied: number; refused: Refusal[]; policy?: Envelope; down?: Envelope[] };

/**
 * The channel between a platform and its parent: the durable outbox of
 * uploads (delivered in order, idempotently by sequence number), a child's
 * signed messages received and applied once, and the messages down that
 * ride on the answers. One table maps each kind of message to its handler.
 */
export class Channel {
  private lastInventoryHash = '';
  /** Rollup buckets queued for the parent, with the figures sent: a bucket goes again only when it changes. */
  private readonly sentRollups = new Map<string, string>();
  /** When a refusal of each unknown sender was last audited. */
  private readonly refusalsAudited = new Map<string, { at: number; suppressed: number }>();
  private readonly up: Record<(typeof MESSAGE_KINDS)[number], UpHandler>;
  private readonly down: Record<(typeof DOWN_KINDS)[number], DownHandler>;

  constructor(
    private readonly ctx: FederationContext,
    private readonly monitoring: MonitoringService,
    private readonly views: FederationViews,
    private readonly policies: PolicyBook,
    routing: Routing,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    const childState = async (m: Incoming, tx: Db) => {
      await this.ctx.store.federation.saveChildState(m.sender, m.kind, m.seq, m.data ?? null, m.createdAt, m.now, tx);
      return undefined;
    };
    this.up = {
      inventory: { store: childState },
      summary: { store: childState },
      rollups: { store: (m, tx) => this.storeRollups(m, tx) },
      'audit-checkpoint': { store: (m, tx) => this.storeCheckpoint(m, tx) },
      route: { after: (d, s) => routing.onRequest(d, s) },
      'route-status': { after: (d, s) => routing.onStatus(d, s) },
      'route-cancel': { after: (d, s) => routing.onCancel(d, s) },
    };
    this.down = {
      job: (d, p) => routing.onJob(d, p),
      'route-status': (d, p) => routing.onStatus(d, p),
      'route-cancel': (d, p) => routing.onCancel(d, p),
    };
  }

  /** Uploads start afresh (after joining a parent): the inventory and every rollup go again. */
  resetUploads(): void {
    this.lastInventoryHash = '';
    this.sentRollups.clear();
  }

  private async storeRollups(m: Incoming, tx: Db): Promise<string | undefined> {
    const r = rollupUploadSchema.safeParse(m.data);
    if (!r.success) return `malformed rollups: ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`;
    await this.ctx.store.telemetry.putRollups(r.data.rows.map((x) => ({ ...x, scope: `platform:${m.sender}` })), {}, tx);
    return undefined;
  }

  /** The child's signature over its own audit head, kept here so that the child cannot rewrite what it reported. */
  private async storeCheckpoint(m: Incoming, tx: Db): Promise<string | undefined> {
    const c = checkpointSchema.safeParse(m.data);
    if (!c.success) return `malformed audit checkpoint: ${c.error.issues[0]?.path.join('.')}: ${c.error.issues[0]?.message}`;
    if (c.data.platformId !== m.sender || !checkpointSigned(c.data, m.senderKey)) return 'an audit checkpoint not signed by the child for itself';
    await this.ctx.store.audit.saveCheckpoint(c.data, m.now, tx);
    return undefined;
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
    await this.ctx.store.audit.append([{ at: now, actor: `platform ${sender}`, action: 'federation.refused', target: `${sender}#${seq}`, source, detail: { reason, ...(last && last.suppressed > 0 && { refusedSinceLastEntry: last.suppressed }) } }]);
  }

  /**
   * Parent side: applies a child's signed messages in sequence order. Each
   * is refused, and the refusal audited, if its sender is unknown, its
   * signature does not verify, it is not addressed here, its sequence number
   * was seen already, or its time is outside the window. Answers with the
   * highest sequence applied, which the child drops from its outbox.
   */
  async receive(b: z.output<typeof deliverySchema>, source: string): Promise<Delivery> {
    const { store, clock, settings } = this.ctx;
    const me = await this.ctx.self();
    const now = clock.now();
    const refused: Refusal[] = [];
    const messages = [...b.messages].sort((x, y) => x.seq - y.seq);
    if (new Set(messages.map((m) => m.from)).size > 1) throw new ValidationError('request body', [{ path: 'messages', message: 'all messages of a delivery come from one sender' }]);
    const sender = messages[0]!.from;
    const peer = await store.federation.peer(sender);
    const refuse = async (seq: number, reason: string): Promise<void> => {
      refused.push({ seq, reason });
      await this.auditRefusal(sender, seq, reason, source, now);
    };
    // Anyone can send this route. A delivery that no known child signed gets one answer, whoever the sender
    // claims to be: it says nothing of which children exist or how far their uploads have come.
    if (!peer || peer.relation !== 'child' || !messages.some((m) => signatureValid(m as Envelope, peer.publicKey))) {
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
      else if (Math.abs(now - m.at) > settings.windowMs) await refuse(m.seq, `timestamp ${new Date(m.at).toISOString()} is outside the ${settings.windowMs / 1000} s window`);
      else valid.push(m);
    }
    const replays: number[] = [];
    const malformed: Refusal[] = [];
    const later: { kind: (typeof MESSAGE_KINDS)[number]; data: unknown }[] = [];
    let applied = 0;
    if (valid.length > 0) {
      await store.db.transaction(async (tx) => {
        await store.federation.lockPeer(sender, tx);
        let last = (await store.federation.peer(sender, tx))!.lastSeq;
        let gaps = 0;
        for (const m of valid) {
          if (m.seq <= last || !(await store.federation.markApplied(sender, m.seq, m.kind, now, tx))) {
            replays.push(m.seq);
            continue;
          }
          const payload = (m.body ?? {}) as { data?: unknown; createdAt?: number; compacted?: number };
          const handler = this.up[m.kind];
          const problem = await handler.store?.({ sender, seq: m.seq, kind: m.kind, at: m.at, data: payload.data, createdAt: Number(payload.createdAt ?? m.at), senderKey: peer.publicKey, now }, tx);
          if (problem !== undefined) malformed.push({ seq: m.seq, reason: problem });
          if (handler.after) later.push({ kind: m.kind, data: payload.data });
          gaps += Number(payload.compacted ?? 0);
          last = m.seq;
          applied += 1;
        }
        await store.federation.notePeer(sender, { lastSeq: last, lastSeen: now, lastError: null, gaps }, tx);
      });
    }
    for (const seq of replays) await refuse(seq, `replay: sequence ${seq} was already applied`);
    for (const m of malformed) {
      await store.audit.append([{ at: now, actor: `platform ${sender}`, action: 'federation.malformed', target: `${sender}#${m.seq}`, source, detail: { reason: m.reason } }]);
    }
    for (const r of later) {
      // Applied (its sequence is recorded) either way: a message that cannot be acted on is audited, and the child is not made to resend it forever.
      try {
        await this.up[r.kind].after!(r.data, sender);
      } catch (e) {
        await store.audit.append([{ at: now, actor: `platform ${sender}`, action: 'federation.route-error', target: String((r.data as { globalId?: unknown } | null)?.globalId ?? '?'), source, detail: { kind: r.kind, error: (e as Error).message } }]);
      }
    }
    return { ...(await this.answer(sender, b.ack, now)), applied, refused };
  }

  /** The rest of the answer to a child: what it applied, the policies in force here and the messages down, signed. */
  private async answer(child: string, ack: number | undefined, now: number): Promise<Omit<Delivery, 'applied' | 'refused'>> {
    const { store } = this.ctx;
    const me = await this.ctx.self();
    if (ack !== undefined) await store.federation.acknowledgeDown(child, ack);
    const down = (await store.federation.downbox(child, 100)).map((d) => signEnvelope({ from: me.platformId, to: child, seq: d.seq, at: now, kind: d.kind, body: d.body }, me.privateKey));
    const after = await store.federation.peer(child);
    const eff = await this.policies.effective();
    const policy = eff.version > 0 ? signEnvelope({ from: me.platformId, to: child, seq: eff.version, at: now, kind: 'policy', body: eff.policies }, me.privateKey) : undefined;
    return { acked: after?.lastSeq ?? 0, ...(policy && { policy }), ...(down.length > 0 && { down }) };
  }

  /**
   * Child side, one round: queue this platform's national summary (and its
   * inventory when the network changed), keep the outbox within bounds, and
   * deliver what is queued to the parent, oldest first.
   */
  async upload(): Promise<{ queued: number; delivered: number; error?: string }> {
    const { store, clock, settings } = this.ctx;
    const [parent] = await store.federation.peers('parent');
    if (!parent) return { queued: 0, delivered: 0 };
    const now = clock.now();
    let queued = 0;
    const inventory = await this.views.inventory();
    const hash = createHash('sha256').update(canonical(inventory)).digest('hex');
    if (hash !== this.lastInventoryHash) {
      await store.federation.enqueue('inventory', { data: inventory, createdAt: now }, now);
      this.lastInventoryHash = hash;
      queued++;
    }
    await store.federation.enqueue('summary', { data: await this.views.nationalSummary(SYSTEM), createdAt: now }, now);
    queued++;
    // The series go up as they change: of the last minutes, the last two hours and today (which later samples may still
    // change), the buckets not yet sent with these figures.
    const figures = (r: { value: number; min: number; max: number; samples: number }) => `${r.value}|${r.min}|${r.max}|${r.samples}`;
    const rows = [
      ...await this.monitoring.federationSeries(60, now - ROLLUP_RESEND_MS, now + 1),
      ...await this.monitoring.federationSeries(3600, Math.floor(now / 3_600_000) * 3_600_000 - 3_600_000, now + 1),
      ...await this.monitoring.federationSeries(86400, dayStart(now), now + 1),
    ].filter((r) => this.sentRollups.get(`${r.metric}|${r.step}|${r.bucket}`) !== figures(r));
    if (rows.length > 0) {
      await store.federation.enqueue('rollups', { data: { rows }, createdAt: now }, now);
      queued++;
      for (const r of rows) this.sentRollups.set(`${r.metric}|${r.step}|${r.bucket}`, figures(r));
      if (this.sentRollups.size > 20_000) this.sentRollups.clear();
    }
    // Past the bound, queued rollups are merged (later figures of a bucket replace earlier ones: nothing is lost),
    // then the oldest summaries are folded into newer ones (the parent counts those as gaps).
    await store.federation.fold('rollups', settings.outboxMax, mergeRollupUploads);
    await store.federation.compact('summary', settings.outboxMax);
    return { queued, ...(await this.deliver(parent.id, parent.url!)) };
  }

  /** Sends queued messages to the parent in batches until the outbox is empty or the parent cannot be reached. */
  async deliver(parentId: string, url: string): Promise<{ delivered: number; error?: string }> {
    const { store, clock } = this.ctx;
    const me = await this.ctx.self();
    let delivered = 0;
    for (;;) {
      const queued = await store.federation.outbox(200);
      if (queued.length === 0) return { delivered };
      const now = clock.now();
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
        const ack = (await store.federation.peer(parentId))?.downSeq ?? 0;
        const res = await this.fetchImpl(`${url}/v1/federation/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages, ack }), signal: AbortSignal.timeout(15_000) });
        answer = (await res.json()) as typeof answer;
        if (!res.ok) throw new Error(`${res.status}: ${answer.error?.message ?? 'refused'}`);
      } catch (e) {
        const error = `cannot deliver to ${url}: ${(e as Error).message}`;
        await store.federation.notePeer(parentId, { lastError: error });
        return { delivered, error };
      }
      if (answer.policy) await this.policies.takeFromParent(answer.policy, parentId);
      if (Array.isArray(answer.down)) await this.takeDown(answer.down, parentId);
      const acked = Number(answer.acked ?? 0);
      // The parent acknowledges the highest sequence it has applied; a replayed message it had already applied is acknowledged too.
      await store.federation.acknowledge(acked);
      await store.federation.notePeer(parentId, { lastSeq: acked, lastSeen: now, lastError: (answer.refused?.length ?? 0) > 0 && acked < batch.at(-1)!.seq ? `refused: ${answer.refused![0]!.reason}` : null });
      delivered += batch.filter((m) => m.seq <= acked).length;
      if (acked < batch.at(-1)!.seq) return { delivered, error: answer.refused?.[0]?.reason ?? 'the parent applied only part of the delivery' };
    }
  }

  /** Child side: messages down from the parent, each checked like any message, applied once in order. */
  async takeDown(envelopes: Envelope[], parentId: string): Promise<void> {
    const { store, clock, settings } = this.ctx;
    const me = await this.ctx.self();
    const parent = await store.federation.peer(parentId);
    if (!parent) return;
    let last = parent.downSeq;
    const now = clock.now();
    for (const e of [...envelopes].sort((a, b) => a.seq - b.seq)) {
      if (e.seq <= last) continue;
      let problem: string | undefined;
      if (e.from !== parentId || !signatureValid(e, parent.publicKey)) problem = 'bad signature or sender on a message from the parent';
      else if (e.to !== me.platformId) problem = `a message from the parent addressed to "${e.to}"`;
      else if (Math.abs(now - e.at) > settings.windowMs) problem = 'a message from the parent outside the time window';
      else if (!(DOWN_KINDS as readonly string[]).includes(e.kind)) problem = `a message from the parent of unknown kind "${e.kind}"`;
      // A bad message is refused, audited and passed over: one must not block the channel from the parent.
      if (problem) await this.ctx.refused(e.from, `${e.from}#down${e.seq}`, parent.url ?? 'parent', problem, now);
      else await this.down[e.kind as (typeof DOWN_KINDS)[number]](e.body, parentId);
      last = e.seq;
      await store.federation.notePeer(parentId, { downSeq: last });
    }
  }
}
