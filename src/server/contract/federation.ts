import { z } from 'zod';
import { iso } from './schemas.js';

/** The answers of the federation routes. */

const platform = z.strictObject({ id: z.string(), role: z.string(), publicKey: z.string().describe('Ed25519, PEM.') });

export const joinedSchema = z.strictObject({ parent: platform, child: z.string(), status: z.string().describe('approved, or pending an admin.') });
export const joinStartedSchema = z.strictObject({ parent: z.string(), status: z.string() });
export const childStatusSchema = z.strictObject({ child: z.string(), status: z.string() });
export const joinRequestsSchema = z.strictObject({
  requests: z.array(z.strictObject({ id: z.string(), role: z.string(), url: z.string().nullable(), keyFingerprint: z.string(), requestedAt: iso })),
});
export const checkpointsSchema = z.strictObject({
  child: z.string(),
  checkpoints: z.array(z.strictObject({ platformId: z.string(), seq: z.number().int().describe('The last audit entry it covers.'), headHash: z.string().describe('The hash of that entry.'), at: z.number().int(), signature: z.string().describe('Ed25519 by the child, base64.') })),
});
export const receivedSchema = z.strictObject({
  acked: z.number().int().describe('The highest sequence number applied; the sender drops everything up to it.'),
  applied: z.number().int(),
  refused: z.array(z.looseObject({ seq: z.number().int().optional(), reason: z.string() })),
  policy: z.looseObject({}).optional().describe('The parent\'s policies, signed, when they changed.'),
  down: z.array(z.looseObject({})).optional().describe('Signed messages for the child: routed jobs and their news.'),
});
export const resolvedSchema = z.strictObject({
  id: z.string(), kind: z.enum(['data-center', 'pool']),
  owner: z.looseObject({ platform: z.string(), self: z.boolean() }),
  dataCenter: z.looseObject({ id: z.string() }).optional().describe('For a pool: its data center.'),
  resource: z.looseObject({ id: z.string() }),
});
export const policiesSchema = z.looseObject({
  own: z.looseObject({}).nullable(), fromParent: z.looseObject({}).nullable(), effective: z.looseObject({ version: z.number().int() }),
});
export const federationStatusSchema = z.strictObject({
  self: z.strictObject({ id: z.string(), role: z.string(), publicKey: z.string(), keyFingerprint: z.string().describe('SHA-256 of the key: compare it out of band before approving a join.') }),
  parent: z.strictObject({
    id: z.string(), url: z.string().optional(), acked: z.number().int().describe('The highest sequence the parent acknowledged.'), lastDelivery: iso.nullable(), healthy: z.boolean().describe('A delivery has gone through and none has failed since.'), lastError: z.string().optional(),
    outbox: z.strictObject({ messages: z.number().int(), oldestAgeS: z.number().int() }).describe('Messages not yet acknowledged.'),
  }).nullable(),
  unpaidBills: z.strictObject({ count: z.number().int(), amountMinor: z.number().int() }).describe('Routed jobs whose bill the tenant could not pay.'),
  joinRequests: z.array(z.string()).describe('Ids of children waiting for approval.'),
  below: z.array(z.strictObject({
    id: z.string(), role: z.string(), parent: z.string().nullable().describe('The platform it is a child of, as its inventory says (null where it does not).'),
    via: z.string().describe('The child of this platform it is reached through.'), dataCenters: z.number().int(),
  })).describe('Every platform further down than the children, from the inventories they uploaded: the rest of the federation tree.'),
  children: z.array(z.strictObject({
    id: z.string(), role: z.string(), lastSeq: z.number().int(), applied: z.number().int(), gaps: z.number().int(), lastSeen: iso.nullable(),
    lagS: z.number().nullable().describe('Seconds since its last summary was made.'), dataCenters: z.number().int().describe('Data centers in its last inventory.'),
  })),
});
