import { z } from 'zod';
import { tenantCreateSchema, tokenCreateSchema, userCreateSchema, userListQuerySchema } from '../services/identity.service.js';
import { EXAMPLE_SECRET, EXAMPLE_TENANT, EXAMPLE_TOKEN, EXAMPLE_USER } from './examples.js';
import { ADMIN, ALL, idParam, route } from './route.js';
import { tenantSchema, tokenCreatedSchema, tokenSchema, userCreatedSchema, userSchema } from '../contract/schemas.js';
import { effectiveSettings } from '../config.js';

const settingsSchema = z.strictObject({
  settings: z.array(z.strictObject({
    key: z.string(), value: z.unknown().describe('The value in force (null when unset).'),
    source: z.string().describe('Where it came from: a config file\'s name, an environment variable, a flag, or "default".'),
    env: z.string().describe('The environment variable that sets it.'), description: z.string(),
  })),
});

const meSchema = z.strictObject({
  token: z.string().describe('The id of the token the request carried.'),
  name: z.string().describe('The name of its user.'),
  role: z.enum(['platform-admin', 'regulator', 'dc-operator', 'tenant-admin', 'tenant-member', 'dc-agent']),
  tenant: z.string().optional().describe('For tenant roles: the tenant.'),
  dataCenters: z.array(z.string()).optional().describe('For dc-operator and dc-agent: their data centers.'),
  platform: z.strictObject({ role: z.enum(['national', 'hub', 'regional']), demo: z.boolean() }).describe('The platform answering.'),
});

/** Tenants (enterprises), users and their tokens. */
export const IDENTITY_ROUTES = [
  route({
    method: 'GET', url: '/v1/settings', operationId: 'getSettings', roles: ADMIN, tag: 'identity',
    summary: 'The settings in force, and where each came from.',
    description: 'Every setting of this platform with its value, its source (a config file, an environment variable, a flag, or its default), the environment variable that sets it and what it does. Read-only: settings change by restarting with new ones. A database password is shown as ***.',
    responses: { 200: settingsSchema },
    examples: { response: { settings: [{ key: 'staleAfterS', value: 120, source: 'SUANLI_STALE_AFTER_S', env: 'SUANLI_STALE_AFTER_S', description: 'A data center silent this long is stale, s.' }] } },
    handler: async (p) => ({ settings: effectiveSettings(p.config) }),
  }),
  route({
    method: 'GET', url: '/v1/me', operationId: 'whoAmI', roles: ALL, tag: 'identity',
    summary: 'The caller: its role and scope.',
    description: 'Who the token belongs to, with its role, its tenant or data centers, and the platform\'s role. A client (the console) shows what the role may see from it.',
    responses: { 200: meSchema }, examples: { response: { token: 'tok_19eba06bd67fafac', name: 'ci', role: 'tenant-member', tenant: 'acme', platform: { role: 'national', demo: false } } },
    handler: async (p, r) => ({
      token: r.who.tokenId, name: r.who.name, role: r.who.role,
      ...(r.who.tenantId !== undefined && { tenant: r.who.tenantId }), ...(r.who.dataCenters !== undefined && { dataCenters: r.who.dataCenters }),
      platform: { role: p.config.role, demo: p.config.demo },
    }),
  }),
  route({
    method: 'POST', url: '/v1/tenants', operationId: 'createTenant', roles: ADMIN, tag: 'identity', errors: [409],
    summary: 'Create a tenant (an enterprise).',
    description: 'A tenant owns jobs, orders and a balance; its users act for it. The id is chosen by the caller and cannot change.',
    body: tenantCreateSchema, responses: { 201: tenantSchema },
    examples: { request: { id: 'acme', name: 'Acme AI' }, response: EXAMPLE_TENANT },
    handler: (p, r) => p.identity.createTenant(r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/tenants', operationId: 'listTenants', roles: ['platform-admin', 'regulator'], tag: 'identity',
    summary: 'All tenants.', description: 'Every tenant of this platform, by id.',
    responses: { 200: z.strictObject({ tenants: z.array(tenantSchema) }) }, examples: { response: { tenants: [EXAMPLE_TENANT] } },
    handler: async (p) => ({ tenants: await p.store.identity.listTenants() }),
  }),
  route({
    method: 'POST', url: '/v1/users', operationId: 'createUser', roles: ['platform-admin', 'tenant-admin'], tag: 'identity',
    summary: 'Create a user with a role and its first token.',
    description: 'A user has a role, and a tenant (tenant roles) or data centers (dc-operator, dc-agent: exactly one). The answer carries the secret of its first token; it is shown once, and the platform keeps only a hash. A tenant-admin creates users of its own tenant.',
    body: userCreateSchema, responses: { 201: userCreatedSchema },
    examples: { request: { name: 'ci', role: 'tenant-member', tenant: 'acme' }, response: { user: EXAMPLE_USER, token: EXAMPLE_TOKEN, secret: EXAMPLE_SECRET } },
    handler: (p, r) => p.identity.createUser(r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/users', operationId: 'listUsers', roles: ['platform-admin', 'regulator', 'tenant-admin'], tag: 'identity', query: userListQuerySchema,
    summary: 'Users by id, paginated.', description: 'Users with their roles and scopes; a tenant-admin sees its tenant\'s.',
    responses: { 200: z.strictObject({ users: z.array(userSchema), nextCursor: z.string().nullable() }) }, examples: { response: { users: [EXAMPLE_USER], nextCursor: null } },
    handler: (p, r) => p.identity.listUsers(r.query, r.who),
  }),
  route({
    method: 'POST', url: '/v1/users/:id/tokens', operationId: 'createToken', roles: ['platform-admin', 'tenant-admin'], tag: 'identity', params: idParam('user'),
    summary: 'Issue a further token of a user.',
    description: 'A token with the user\'s role and scope, for another machine or purpose; revoke each on its own. The secret is in this answer only.',
    body: tokenCreateSchema, responses: { 201: tokenCreatedSchema },
    examples: { request: { name: 'laptop' }, response: { token: { ...EXAMPLE_TOKEN, name: 'laptop' }, secret: EXAMPLE_SECRET } },
    handler: (p, r) => p.identity.createToken(r.params.id, r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/tokens', operationId: 'listTokens', roles: [...ADMIN, 'tenant-admin'], tag: 'identity',
    summary: 'All tokens, never their secrets.', description: 'Tokens with their users, roles and scopes, live and revoked; a tenant-admin sees its tenant\'s.',
    responses: { 200: z.strictObject({ tokens: z.array(tokenSchema) }) }, examples: { response: { tokens: [EXAMPLE_TOKEN] } },
    handler: async (p, r) => ({ tokens: await p.identity.listTokens(r.who) }),
  }),
  route({
    method: 'DELETE', url: '/v1/tokens/:id', operationId: 'revokeToken', roles: [...ADMIN, 'tenant-admin'], tag: 'identity', params: idParam('token'),
    summary: 'Revoke a token.', description: 'The token stops working at once, on every process of the platform. A tenant-admin revokes its tenant\'s tokens.',
    responses: { 200: z.strictObject({ revoked: z.string() }) }, examples: { response: { revoked: 'tok_19eba06bd67fafac' } },
    async handler(p, r) {
      await p.identity.revoke(r.params.id, r.who);
      // This process stops taking the token at once; others within the authenticator's few seconds.
      p.auth.forget();
      return { revoked: r.params.id };
    },
  }),
];
