import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import { idSchema } from '../../core/network/scenario.schema.js';
import { ROLES } from '../../store/repositories/identity.repository.js';
import type { Role, Tenant, TokenRecord, User } from '../../store/repositories/identity.repository.js';
import type { Store } from '../../store/store.js';
import { hashSecret, newSecret } from '../auth/tokens.js';
import { actorName } from './actor.js';
import type { Principal } from './actor.js';
import type { NetworkService } from './network.service.js';
import { pageLimit } from '../query.js';

export const tenantCreateSchema = z.strictObject({ id: idSchema.describe('A short id: letters, digits, dot, dash, underscore.'), name: z.string().min(1).max(200).describe('The enterprise\'s name.') });

export const userCreateSchema = z.strictObject({
  name: z.string().min(1).max(200).describe('Who or what the user is: a person, a team, an agent.'),
  role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
  tenant: idSchema.optional().describe('For tenant-admin and tenant-member: the tenant.'),
  dataCenters: z.array(idSchema).min(1).max(1000).optional().describe('For dc-operator: its data centers; for dc-agent: exactly one.'),
}).describe('A user; the answer carries the secret of its first token, shown once.');

export const tokenCreateSchema = z.strictObject({
  name: z.string().min(1).max(200).optional().describe('What the token is for, e.g. "ci" or "laptop". Default: the user\'s name.'),
}).default({}).describe('A further token of a user; the secret is in the answer only.');

export const userListQuerySchema = z.strictObject({
  cursor: z.string().min(1).max(200).optional().describe('The nextCursor of the previous page.'),
  limit: pageLimit(100, 'Users per page.'),
});

export interface NewUser {
  name: string;
  role: Role;
  tenantId?: string;
  dataCenters?: string[];
}

/** Tenants, users and tokens. */
export class IdentityService {
  constructor(private readonly store: Store, private readonly network: NetworkService, private readonly clock: Clock) {}

  async createTenant(body: z.output<typeof tenantCreateSchema>, who: Principal): Promise<Tenant> {
    const now = this.clock.now();
    return this.store.db.transaction(async (tx) => {
      const t = await this.store.identity.createTenant(body, now, tx);
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'tenant.create', target: t.id, source: who.source }], tx);
      return t;
    });
  }

  /**
   * Creates a user with its first token. Admins create any role; a
   * tenant-admin creates tenant users of its own tenant.
   */
  async createUser(body: z.output<typeof userCreateSchema>, who: Principal): Promise<{ user: User; token: TokenRecord; secret: string }> {
    const b = { ...body };
    const tenantRole = b.role === 'tenant-admin' || b.role === 'tenant-member';
    if (who.role === 'tenant-admin') {
      if (!tenantRole) throw new ForbiddenError('a tenant-admin may create tenant-admin and tenant-member users only');
      if (b.tenant !== undefined && b.tenant !== who.tenantId) throw new ValidationError('request body', [{ path: 'tenant', message: `must be your own tenant "${who.tenantId}"` }]);
      b.tenant = who.tenantId;
    } else if (who.role !== 'platform-admin') {
      throw new ForbiddenError(`role ${who.role} cannot create users`);
    }
    const issues: { path: string; message: string }[] = [];
    if (tenantRole && b.tenant === undefined) issues.push({ path: 'tenant', message: `is required for role ${b.role}` });
    if (!tenantRole && b.tenant !== undefined) issues.push({ path: 'tenant', message: `only tenant roles belong to a tenant, not ${b.role}` });
    if (tenantRole && b.tenant !== undefined && !(await this.store.identity.getTenant(b.tenant))) issues.push({ path: 'tenant', message: `unknown tenant "${b.tenant}"` });
    const dcRole = b.role === 'dc-operator' || b.role === 'dc-agent';
    if (dcRole && b.dataCenters === undefined) issues.push({ path: 'dataCenters', message: `is required for role ${b.role}` });
    if (!dcRole && b.dataCenters !== undefined) issues.push({ path: 'dataCenters', message: `only dc-operator and dc-agent users are scoped to data centers, not ${b.role}` });
    if (b.role === 'dc-agent' && b.dataCenters && b.dataCenters.length !== 1) issues.push({ path: 'dataCenters', message: 'a dc-agent serves exactly one data center' });
    if (b.role === 'dc-agent' && b.dataCenters?.length === 1) {
      const live = await this.network.current();
      if (!live?.dataCenters.has(b.dataCenters[0]!)) issues.push({ path: 'dataCenters[0]', message: `unknown data center "${b.dataCenters[0]}"` });
    }
    if (issues.length > 0) throw new ValidationError('request body', issues);
    return this.issue({ name: b.name, role: b.role, ...(b.tenant !== undefined && { tenantId: b.tenant }), ...(b.dataCenters && { dataCenters: b.dataCenters }) }, who);
  }

  /** A further token for an existing user: by an admin, or by a tenant-admin for users of its tenant. */
  async createToken(userId: string, body: z.output<typeof tokenCreateSchema>, who: Principal): Promise<{ token: TokenRecord; secret: string }> {
    const user = await this.store.identity.getUser(userId);
    if (!user || (who.role === 'tenant-admin' && user.tenantId !== who.tenantId)) throw new NotFoundError(`user "${userId}" not found`);
    return this.tokenFor(user, body.name ?? user.name, who);
  }

  /** Users the caller may see: all for an admin or regulator, its tenant's for a tenant-admin. */
  async listUsers(q: z.output<typeof userListQuerySchema>, who: Principal): Promise<{ users: User[]; nextCursor: string | null }> {
    const p = { data: q };
    const rows = await this.store.identity.listUsers({
      ...(who.role === 'tenant-admin' && { tenantId: who.tenantId! }),
      ...(p.data.cursor !== undefined && { after: p.data.cursor }),
      limit: p.data.limit + 1,
    });
    const page = rows.slice(0, p.data.limit);
    return { users: page, nextCursor: rows.length > p.data.limit ? page.at(-1)!.id : null };
  }

  /** Creates a user and its first token (start-up, the demo and tests use it directly). */
  async issue(spec: NewUser, who: Principal): Promise<{ user: User; token: TokenRecord; secret: string }> {
    const now = this.clock.now();
    const user = await this.store.db.transaction(async (tx) => {
      const u = await this.store.identity.createUser({ id: `usr_${randomBytes(8).toString('hex')}`, ...spec }, now, tx);
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'user.create', target: u.id, source: who.source, detail: { role: spec.role, name: spec.name } }], tx);
      return u;
    });
    return { user, ...(await this.tokenFor(user, spec.name, who)) };
  }

  private async tokenFor(user: User, name: string, who: Principal): Promise<{ token: TokenRecord; secret: string }> {
    const secret = newSecret();
    const now = this.clock.now();
    const id = `tok_${randomBytes(8).toString('hex')}`;
    const token = await this.store.db.transaction(async (tx) => {
      const t = await this.store.identity.createToken({ id, hash: hashSecret(secret), name, user }, now, tx);
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'token.create', target: id, source: who.source, detail: { user: user.id, role: user.role } }], tx);
      return t;
    });
    return { token, secret };
  }

  /** Tokens (never their secrets): all of them, or a tenant-admin's tenant's. */
  async listTokens(who: Principal): Promise<TokenRecord[]> {
    const all = await this.store.identity.listTokens();
    return who.role === 'tenant-admin' ? all.filter((t) => t.tenantId === who.tenantId) : all;
  }

  async revoke(id: string, who: Principal): Promise<void> {
    const now = this.clock.now();
    // A tenant-admin reaches its own tenant's tokens only; any other is reported as absent.
    if (who.role === 'tenant-admin' && !(await this.listTokens(who)).some((t) => t.id === id)) throw new NotFoundError(`no live token "${id}"`);
    const ok = await this.store.db.transaction(async (tx) => {
      const done = await this.store.identity.revokeToken(id, now, tx);
      if (done) await this.store.audit.append([{ at: now, actor: actorName(who), action: 'token.revoke', target: id, source: who.source }], tx);
      return done;
    });
    if (!ok) throw new NotFoundError(`no live token "${id}"`);
  }
}
