import { childRegistrationSchema, deliverySchema, joinRequestSchema, joinSchema, policySchema } from '../../federation/protocol.js';
import { EXAMPLE_PLATFORM } from './examples.js';
import { checkpointsSchema, childStatusSchema, federationStatusSchema, joinedSchema, joinRequestsSchema, joinStartedSchema, policiesSchema, receivedSchema, resolvedSchema } from '../contract/federation.js';
import { ADMIN, ALL, idParam, route } from './route.js';
import { z } from 'zod';

const KEY = EXAMPLE_PLATFORM.publicKey;
const FINGERPRINT = 'SHA256:HKcsF55iSIiH2hwRFPpbclas9YNzCGCFgyR9CFCzMzE';

/** Platforms federating: a child joins a parent, uploads signed messages to it, and both report the link. */
export const FEDERATION_ROUTES = [
  route({
    method: 'POST', url: '/v1/federation/children', operationId: 'registerChild', roles: ADMIN, tag: 'federation', body: childRegistrationSchema, errors: [409],
    summary: 'A child platform joins this one with a token.',
    description: 'The child sends its id, role and Ed25519 public key with a platform-admin token of this platform: issuing that token approves it. The answer carries this platform\'s id and public key.',
    responses: { 201: joinedSchema },
    examples: { request: { id: 'yrd', role: 'hub', publicKey: KEY }, response: { parent: EXAMPLE_PLATFORM, child: 'yrd', status: 'approved' } },
    handler: (p, r) => p.federation.membership.registerChild(r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/federation/children/:id/audit-checkpoints', operationId: 'childCheckpoints', roles: [...ADMIN, 'regulator'], tag: 'federation', params: idParam('child platform'),
    summary: "The signed checkpoints of a child's audit chain that this platform keeps.",
    description: 'Oldest first. The child cannot rewrite what they cover: `suanli audit verify --against-parent` checks the child\'s chain against them.',
    responses: { 200: checkpointsSchema },
    examples: { response: { child: 'yrd', checkpoints: [{ platformId: 'yrd', seq: 1000, headHash: 'd61ada67c1d77cc112e63e210ff623cf816c71d11ce1c870d029cf39750c150e', at: 1796120039109, signature: 'BiUhAAxN+TJvJe6kIsGCGJc4joheJutAd1th3wHkJclzONJLebEXr47S0rCIvqDD5BM71wUMHm0sdVeXOhBaCw==' }] } },
    handler: (p, r) => p.federation.membership.childCheckpoints(r.params.id),
  }),
  route({
    method: 'POST', url: '/v1/federation/join-requests', operationId: 'requestJoin', roles: [], public: true, tag: 'federation', body: joinRequestSchema, errors: [409],
    summary: 'A child platform asks to join this one without a token.',
    description: 'Its id, role and public key, signed by that key, within the time window. It waits for an admin\'s approval; the answer carries this platform\'s id and public key.',
    responses: { 202: joinedSchema },
    examples: { request: { id: 'yrd', role: 'hub', publicKey: KEY, at: 1796120039109, signature: 'base64 Ed25519 signature of the request' }, response: { parent: EXAMPLE_PLATFORM, child: 'yrd', status: 'pending' } },
    handler: (p, r) => p.federation.membership.requestJoin(r.body, r.who.source),
  }),
  route({
    method: 'GET', url: '/v1/federation/join-requests', operationId: 'listJoinRequests', roles: ADMIN, tag: 'federation',
    summary: 'Join requests waiting for approval.',
    description: 'With the fingerprint of each key: compare it with the one the child\'s admin reads from `suanli federation status` before approving.',
    responses: { 200: joinRequestsSchema },
    examples: { response: { requests: [{ id: 'yrd', role: 'hub', url: 'http://10.0.0.5:8080', keyFingerprint: FINGERPRINT, requestedAt: '2026-12-01T08:00:00.000Z' }] } },
    handler: (p) => p.federation.membership.joinRequests(),
  }),
  route({
    method: 'POST', url: '/v1/federation/join-requests/:id/approve', operationId: 'approveJoin', roles: ADMIN, tag: 'federation', params: idParam('child platform'),
    summary: 'Approve a pending join.', description: 'The child\'s uploads are accepted from now on.',
    responses: { 200: childStatusSchema }, examples: { response: { child: 'yrd', status: 'approved' } },
    handler: (p, r) => p.federation.membership.decideJoin(r.params.id, true, r.who),
  }),
  route({
    method: 'POST', url: '/v1/federation/join-requests/:id/reject', operationId: 'rejectJoin', roles: ADMIN, tag: 'federation', params: idParam('child platform'),
    summary: 'Reject a pending join.', description: 'The request is dropped; the child may ask again.',
    responses: { 200: childStatusSchema }, examples: { response: { child: 'yrd', status: 'rejected' } },
    handler: (p, r) => p.federation.membership.decideJoin(r.params.id, false, r.who),
  }),
  route({
    method: 'POST', url: '/v1/federation/join', operationId: 'joinParent', roles: ADMIN, tag: 'federation', body: joinSchema, errors: [409],
    summary: 'Make this platform a child of another.',
    description: 'Exchanges public keys with the parent, with a token of the parent (approved at once) or by request (approved by the parent\'s admin). Uploads start at the next round.',
    responses: { 200: joinStartedSchema },
    examples: { request: { parent: 'http://10.0.0.1:8080', token: 'sl_…' }, response: { parent: 'national', status: 'approved' } },
    handler: (p, r) => p.federation.membership.join(r.body, r.who),
  }),
  route({
    method: 'POST', url: '/v1/federation/messages', operationId: 'deliverMessages', roles: [], public: true, tag: 'federation', body: deliverySchema, errors: [404],
    summary: 'Signed messages from a child platform.',
    description: 'Inventory, summaries, checkpoints and routed jobs, applied in sequence order. Unknown senders, bad signatures, replays and stale timestamps are refused and audited. The answer acknowledges the highest sequence applied and carries messages down.',
    responses: { 200: receivedSchema },
    examples: { request: { messages: [{ from: 'yrd', to: 'national', seq: 42, kind: 'summary', at: 1796120039109, body: '{…}', signature: '…' }] }, response: { acked: 42, applied: 1, refused: [] } },
    handler: (p, r) => p.federation.channel.receive(r.body, r.who.source),
  }),
  route({
    method: 'GET', url: '/v1/resolve/*', operationId: 'resolve', roles: ALL, tag: 'federation',
    params: z.strictObject({ '*': z.string().max(1000).describe('A resource identifier, suanli://<platform-id>/<datacenter-id>[/<pool-id>], URL-encoded or not.') }),
    summary: 'Resolve a resource identifier to the resource and the platform that owns it.',
    description: 'This platform or any below it: a national platform resolves every data center of the network.',
    responses: { 200: resolvedSchema },
    examples: { response: { id: 'suanli://suanli/hl-a', kind: 'data-center', owner: { platform: 'suanli', role: 'national', self: true }, resource: { id: 'hl-a', name: 'Horinger A', hub: 'inner-mongolia' } } },
    async handler(p, r) {
      let id = r.params['*'];
      try {
        id = decodeURIComponent(id);
      } catch {
        // Not encoded: taken as written.
      }
      // A client or proxy may fold the "//" after the scheme into one.
      return p.federation.views.resolve(id.replace(/^suanli:\/(?!\/)/, 'suanli://'));
    },
  }),
  route({
    method: 'POST', url: '/v1/federation/policies', operationId: 'setPolicies', roles: ADMIN, tag: 'federation', body: policySchema,
    summary: 'Set this platform\'s policies.',
    description: 'They apply here and are sent down, signed, to every platform below; each applies the stricter of its own and its parent\'s (for example a national minimum green share for batch work).',
    responses: { 200: policiesSchema }, examples: { request: { batchMinGreenShare: 0.6 }, response: { own: { version: 2, batchMinGreenShare: 0.6 }, fromParent: null, effective: { version: 2, batchMinGreenShare: 0.6 } } },
    handler: (p, r) => p.federation.policies.set(r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/federation/policies', operationId: 'getPolicies', roles: ['platform-admin', 'regulator'], tag: 'federation',
    summary: 'The policies that apply here.', description: 'This platform\'s own, those received from its parent, and the stricter of the two, which applies.',
    responses: { 200: policiesSchema }, examples: { response: { own: null, fromParent: { version: 1, receivedAt: '2026-12-01T08:00:00.000Z', batchMinGreenShare: 0.6 }, effective: { version: 1, batchMinGreenShare: 0.6 } } },
    handler: (p) => p.federation.policies.view(),
  }),
  route({
    method: 'GET', url: '/v1/federation/status', operationId: 'federationStatus', roles: ['platform-admin', 'regulator'], tag: 'federation',
    summary: 'This platform\'s place in the federation.',
    description: 'Its id and key; its parent, with link health, outbox and lag; its children, with their last sequence, messages applied, gaps and lag; every platform further down (below), each with its own parent; join requests waiting.',
    responses: { 200: federationStatusSchema },
    examples: { response: { self: { id: 'national', role: 'national', publicKey: KEY, keyFingerprint: FINGERPRINT }, parent: null, unpaidBills: { count: 0, amountMinor: 0 }, joinRequests: ['west-1'], below: [{ id: 'wuhu', role: 'regional', parent: 'yrd', via: 'yrd', dataCenters: 4 }], children: [{ id: 'yrd', role: 'hub', lastSeq: 42, applied: 42, gaps: 0, lastSeen: '2026-12-01T08:00:00.000Z', lagS: 3, dataCenters: 12 }] } },
    handler: (p) => p.federation.views.status(),
  }),
];
