import { childRegistrationSchema, deliverySchema, joinRequestSchema, joinSchema, policySchema } from '../services/federation.service.js';
import { ADMIN, ALL } from './route.js';
import type { RouteDef } from './route.js';

/** Platforms federating: a child joins a parent, uploads signed messages to it, and both report the link. */
export const FEDERATION_ROUTES: RouteDef[] = [
  {
    method: 'POST', url: '/v1/federation/children', roles: ADMIN, tag: 'federation', status: 201, body: childRegistrationSchema,
    summary: 'A child platform joins this one with its id, role and Ed25519 public key (called by the child with a platform-admin token of this platform: issuing that token approves it). The answer carries this platform\'s id and public key.',
    handler: (p, r) => p.federation.registerChild(r.body, r.who),
  },
  {
    method: 'GET', url: '/v1/federation/children/:id/audit-checkpoints', roles: [...ADMIN, 'regulator'], tag: 'federation',
    summary: "The signed checkpoints of a child's audit chain that this platform keeps, oldest first: the child cannot rewrite what they cover (suanli audit verify --against-parent).",
    handler: (p, r) => p.federation.childCheckpoints(r.params.id!),
  },
  {
    method: 'POST', url: '/v1/federation/join-requests', roles: [], public: true, tag: 'federation', status: 202, body: joinRequestSchema,
    summary: 'A child platform asks to join this one without a token: its id, role and public key, signed by that key. It waits for an admin\'s approval; the answer carries this platform\'s id and public key.',
    handler: (p, r) => p.federation.requestJoin(r.body, r.who.source),
  },
  {
    method: 'GET', url: '/v1/federation/join-requests', roles: ADMIN, tag: 'federation',
    summary: 'Join requests waiting for approval, with the fingerprint of each key (compare it with the one the child\'s admin reads from `suanli federation status`).',
    handler: (p) => p.federation.joinRequests(),
  },
  {
    method: 'POST', url: '/v1/federation/join-requests/:id/approve', roles: ADMIN, tag: 'federation',
    summary: 'Approve a pending join: the child\'s uploads are accepted from now on.',
    handler: (p, r) => p.federation.decideJoin(r.params['id'] ?? '', true, r.who),
  },
  {
    method: 'POST', url: '/v1/federation/join-requests/:id/reject', roles: ADMIN, tag: 'federation',
    summary: 'Reject a pending join: the request is dropped.',
    handler: (p, r) => p.federation.decideJoin(r.params['id'] ?? '', false, r.who),
  },
  {
    method: 'POST', url: '/v1/federation/join', roles: ADMIN, tag: 'federation', body: joinSchema,
    summary: 'Make this platform a child of another: exchange public keys with the parent; uploads start at the next round.',
    handler: (p, r) => p.federation.join(r.body, r.who),
  },
  {
    method: 'POST', url: '/v1/federation/messages', roles: [], public: true, tag: 'federation', body: deliverySchema,
    summary: 'Signed messages from a child platform (inventory, summaries), applied in sequence order. Unknown senders, bad signatures, replays and stale timestamps are refused and audited.',
    handler: (p, r) => p.federation.receive(r.body, r.who.source),
  },
  {
    method: 'GET', url: '/v1/resolve/*', roles: ALL, tag: 'federation',
    summary: 'Resolve a resource identifier, suanli://<platform-id>/<datacenter-id>[/<pool-id>] (URL-encoded or not), to the resource and the platform that owns it: this platform or any below it.',
    async handler(p, r) {
      let id = r.params['*'] ?? '';
      try {
        id = decodeURIComponent(id);
      } catch {
        // Not encoded: taken as written.
      }
      // A client or proxy may fold the "//" after the scheme into one.
      return p.federation.resolve(id.replace(/^suanli:\/(?!\/)/, 'suanli://'));
    },
  },
  {
    method: 'POST', url: '/v1/federation/policies', roles: ADMIN, tag: 'federation', body: policySchema,
    summary: 'Set this platform\'s policies, which apply here and are sent down to every platform below (for example, a national minimum green share for batch work).',
    handler: (p, r) => p.federation.setPolicies(r.body, r.who),
  },
  {
    method: 'GET', url: '/v1/federation/policies', roles: ['platform-admin', 'regulator'], tag: 'federation',
    summary: 'This platform\'s own policies, those received from its parent, and the stricter of the two that applies.',
    handler: (p) => p.federation.policies(),
  },
  {
    method: 'GET', url: '/v1/federation/status', roles: ['platform-admin', 'regulator'], tag: 'federation',
    summary: 'This platform\'s id and key, its parent (link health, outbox, lag) and its children (last sequence, messages applied, gaps, lag).',
    handler: (p) => p.federation.status(),
  },
];
