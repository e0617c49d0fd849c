import { createHash } from 'node:crypto';
import { z } from 'zod';
import { METRICS } from '../core/metrics.js';
import type { DataCenter, Hub } from '../core/network/model.js';
import { idSchema } from '../core/network/scenario.schema.js';
import { isPublicKey } from './envelope.js';
import type { Envelope } from './envelope.js';

/**
 * The wire protocol between platforms: the roles, the kinds of message up
 * and down, the envelope and delivery shapes, joining, policies, and what
 * the bodies of inventory, rollups, checkpoints and routed-job news hold.
 * The federation services (src/server/services/federation/) speak it.
 */

export const FEDERATION_ROLES = ['national', 'hub', 'regional'] as const;
/** What a child uploads: its inventory when it changes, and its national summary every interval. */
export const MESSAGE_KINDS = ['inventory', 'summary', 'rollups', 'route', 'route-status', 'route-cancel', 'audit-checkpoint'] as const;
/** Kinds of message a parent sends down, in the answers to a child's deliveries. */
export const DOWN_KINDS = ['job', 'route-status', 'route-cancel'] as const;

export const childRegistrationSchema = z.strictObject({
  id: idSchema.describe("The child platform's id."),
  role: z.enum(FEDERATION_ROLES, { message: `must be one of ${FEDERATION_ROLES.join(', ')}` }),
  publicKey: z.string().min(1).max(2000).refine(isPublicKey, { message: 'must be an Ed25519 public key in PEM' }),
  url: z.string().url({ message: 'must be a URL' }).max(2000).optional().describe('Where the child answers, if the parent may call it.'),
}).describe('A child platform joining this one: its id, role and public key.');

export const joinSchema = z.strictObject({
  parent: z.string().url({ message: 'must be a URL' }).max(2000).describe("The parent platform's base URL."),
  token: z.string().min(1).max(500).optional()
    .describe('A platform-admin token of the parent: issuing it is the parent admin\'s approval. Without one, the join is a request the parent\'s admin approves later.'),
});

/**
 * A join request without a token: the child's id, role and public key,
 * signed with that key (proof that the sender holds it) at a time inside the
 * window. The parent keeps it pending until its admin approves it.
 */
export const joinRequestSchema = z.strictObject({
  id: idSchema.describe("The child platform's id."),
  role: z.enum(FEDERATION_ROLES, { message: `must be one of ${FEDERATION_ROLES.join(', ')}` }),
  publicKey: z.string().min(1).max(2000).refine(isPublicKey, { message: 'must be an Ed25519 public key in PEM' }),
  url: z.string().url({ message: 'must be a URL' }).max(2000).optional().describe('Where the child answers.'),
  at: z.number().int().min(0).max(1e14).describe('When the request was signed, ms since the epoch.'),
  signature: z.string().min(1).max(200).describe('Ed25519 signature, by the key in publicKey, of the envelope {from: id, to: "join", seq: 1, at, kind: "join-request", body: {role, publicKey, url}}.'),
}).describe('A child platform asking to join this one; an admin approves it.');

/**
 * The rollups a child uploads: its series (its own and everything below it)
 * for the last minutes, hours and day, which the parent keeps under the
 * scope `platform:<child>`. Buckets are sent again while they may still
 * change, and the parent replaces them.
 */
export const rollupUploadSchema = z.strictObject({
  rows: z.array(z.strictObject({
    metric: z.enum(METRICS),
    step: z.union([z.literal(60), z.literal(3600), z.literal(86400)]),
    bucket: z.number().int().min(0).max(1e14),
    value: z.number().finite(),
    min: z.number().finite(),
    max: z.number().finite(),
    samples: z.number().int().min(0),
  })).max(5000),
});

/** Queued rollups uploads merged into one, oldest first: a later figure of a bucket replaces an earlier one. */
export function mergeRollupUploads(bodies: unknown[]): unknown {
  const rows = new Map<string, unknown>();
  let createdAt = 0;
  for (const b of bodies as { data?: { rows?: { metric: string; step: number; bucket: number }[] }; createdAt?: number }[]) {
    for (const r of b.data?.rows ?? []) rows.set(`${r.metric}|${r.step}|${r.bucket}`, r);
    createdAt = Math.max(createdAt, Number(b.createdAt ?? 0));
  }
  return { data: { rows: [...rows.values()] }, createdAt };
}

/** A short, comparable form of a public key: what two admins read to each other before approving a join. */
export function keyFingerprint(publicKeyPem: string): string {
  return `SHA256:${createHash('sha256').update(publicKeyPem.trim()).digest('base64').replace(/=+$/, '')}`;
}

/** The envelope a join request's signature covers. */
export function joinRequestEnvelope(r: { id: string; role: string; publicKey: string; url?: string | undefined; at: number }): Omit<Envelope, 'signature'> {
  return { from: r.id, to: 'join', seq: 1, at: r.at, kind: 'join-request', body: { role: r.role, publicKey: r.publicKey, ...(r.url !== undefined && { url: r.url }) } };
}

export const envelopeSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  seq: z.number().int({ message: 'must be a whole number' }).min(1).max(Number.MAX_SAFE_INTEGER),
  at: z.number().int().min(0).max(1e14),
  kind: z.enum(MESSAGE_KINDS, { message: `must be one of ${MESSAGE_KINDS.join(', ')}` }),
  body: z.unknown(),
  signature: z.string().min(1).max(200),
});

export const deliverySchema = z.strictObject({
  messages: z.array(envelopeSchema).min(1).max(500),
  ack: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().describe('The highest sequence number of the messages down to the sender it has applied.'),
});

/** Policies a platform sets for itself and everything below it; the stricter of its own and its parent's applies. */
export const policySchema = z.strictObject({
  batchMinGreenShare: z.number({ message: 'must be a number' }).min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).optional()
    .describe('Batch (latency-tolerant) jobs run only where at least this share of the power is green.'),
  maxOffloadShare: z.number({ message: 'must be a number' }).min(0, { message: 'must be between 0 and 1' }).max(1, { message: 'must be between 0 and 1' }).optional()
    .describe('The east-to-west offload cap: work from origins in eastern hubs may hold at most this share of each western hub\'s units of a class.'),
}).describe('Replaces this platform\'s own policies.');

export type Policies = z.output<typeof policySchema>;

/** An audit checkpoint as a child uploads it (audit.service.ts signs and checks it). */
export const checkpointSchema = z.strictObject({
  platformId: z.string().min(1).max(128),
  seq: z.number().int().min(1),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.number().int().min(0),
  signature: z.string().min(1).max(200),
});

/** One platform's holdings in an inventory upload. */
export interface InventoryPlatform {
  role: string;
  /** The child of the receiving platform through which it was learnt. */
  via?: string;
  /** The platform it is a child of, as it said in its own inventory (absent from platforms that predate it). */
  parent?: string;
  hubs: Hub[];
  dataCenters: DataCenter[];
}

/** What a status message about a routed job says. */
export interface RouteStatus {
  globalId: string;
  state: string;
  /** With a final state: what the sender charges the receiver for the job, 1/10,000 yuan. */
  chargeMinor?: number;
  platform?: string;
  dataCenter?: string;
  pool?: string;
  costMinor?: number;
  unitSeconds?: number;
  reason?: string;
}

/**
 * The life of a route, the record each platform keeps of a job routed
 * through it. The origin's route is `sent` up; a relay's is `pending` until
 * it is sent down (`sent`) or further up (`forwarded`); the executor's is
 * `pending` until its job is placed. From there each follows the job's
 * states as the executing platform reports them. At the origin, a final
 * state whose bill the tenant cannot pay is `unpaid` until it is paid.
 */
export const ROUTE_STATES = ['pending', 'sent', 'forwarded', 'placed', 'running', 'lost', 'succeeded', 'failed', 'cancelled', 'unpaid'] as const;
export type RouteState = (typeof ROUTE_STATES)[number];

export const ROUTE_TERMINAL: readonly string[] = ['succeeded', 'failed', 'cancelled'];

const ENDINGS = ['succeeded', 'failed', 'cancelled', 'unpaid'] as const;

/** The states each route state may move to; a report that would move a route otherwise is stale and is not applied. */
export const ROUTE_NEXT: Readonly<Record<RouteState, readonly RouteState[]>> = {
  pending: ['sent', 'forwarded', 'placed', 'running', 'lost', ...ENDINGS],
  sent: ['pending', 'placed', 'running', 'lost', ...ENDINGS],
  forwarded: ['pending', 'placed', 'running', 'lost', ...ENDINGS],
  placed: ['running', 'lost', ...ENDINGS],
  running: ['lost', ...ENDINGS],
  lost: ['pending', 'placed', 'running', ...ENDINGS],
  succeeded: [],
  failed: [],
  cancelled: [],
  unpaid: ['succeeded', 'failed', 'cancelled'],
};

/** Whether a route in state `from` may take the state `to` (staying in a state is always allowed: its details may change). */
export function routeMay(from: string, to: string): boolean {
  if (from === to) return true;
  return (ROUTE_NEXT[from as RouteState] as readonly string[] | undefined)?.includes(to) ?? false;
}
/** Platforms a routed job may pass through before routing gives up: no loop can go on. */
export const ROUTE_HOP_LIMIT = 6;
