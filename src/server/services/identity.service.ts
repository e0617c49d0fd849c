import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import { idSchema } from '../../core/network/scenario.schema.js';
import { issuesFromZod } from '../../core/network/scenario.js';
import { ROLES } from '../../store/repositories/identity.repository.js';
import type { Role, Tenant, TokenRecord } from '../../store/repositories/identity.repository.js';
import type { Store } from '../../store/store.js';
import { hashSecret, newSecret } from '../auth/tokens.js';
import { actorName } from './actor.js';
import type { Principal } from './actor.js';
import type { NetworkService } from './network.service.js';

export const tenantCreateSchema = z.strictObject({ id: idSchema, name: z.string().min(1).max(200) });

export const tokenCreateSchema = z.strictObject({
  name: z.string().min(1).max(200).describe('Who or what uses the token.'),
  role: z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` }),
  tenant: idSchema.optional().describe('For tenant-admin and tenant-member: the tenant.'),
  dataCenters: z.array(idSchema).min(1).max(1000).optional().describe('For dc-operator: its data centers; for dc-agent: exactly one.'),
});

/** Tenants and tokens. */
export class IdentityService {
  constructor(private readonly store: Store, private readonly network: NetworkService, private readonly clock: Clock) {}

  async createTenant(body: unknown, who: Principal): Promise<Tenant> {
    const p = tenantCreateSchema.safeParse(body, { reportInput: true });
    if (!p.success) throw new ValidationError('request body', issuesFromZod(p.error));
    const now = this.clock.now();
    return this.store.db.transaction(async (tx) => {
      const t = await this.store.identity.createTenant(p.data, now, tx);
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'tenant.create', target: t.id, source: who.source }], tx);
      return t;
    });
  }

  /**
   * Issues a token; the secret is in the answer and nowhere else. Admins
   * issue any role; a tenant-admin issues tenant roles of its own tenant.
   */
  async createToken(body: unknown, who: Principal): Promise<{ token: TokenRecord; secret: string }> {
    const p = tokenCreateSchema.safeParse(body, { reportInput: true });
    if (!p.success) throw new ValidationError('request body', issuesFromZod(p.error));
    const b = p.data;
    const tenantRole = b.role === 'tenant-admin' || b.role === 'tenant-member';
    if (who.role === 'tenant-admin') {
      if (!tenantRole) throw new ForbiddenError('a tenant-admin may issue tenant-admin and tenant-member tokens only');
      if (b.tenant !== undefined && b.tenant !== who.tenantId) throw new ValidationError('request body', [{ path: 'tenant', message: `must be your own tenant "${who.tenantId}"` }]);
      b.tenant = who.tenantId;
    } else if (who.role !== 'platform-admin') {
      throw new ForbiddenError(`role ${who.role} cannot issue tokens`);
    }
    const issues: { path: string; message: string }[] = [];
    if (tenantRole && b.tenant === undefined) issues.push({ path: 'tenant', message: `is required for role ${b.role}` });
    if (!tenantRole && b.tenant !== undefined) issues.push({ path: 'tenant', message: `only tenant roles belong to a tenant, not ${b.role}` });
    if (tenantRole && b.tenant !== undefined && !(await this.store.identity.getTenant(b.tenant))) issues.push({ path: 'tenant', message: `unknown tenant "${b.tenant}"` });
    const dcRole = b.role === 'dc-operator' || b.role === 'dc-agent';
    if (dcRole && b.dataCenters === undefined) issues.push({ path: 'dataCenters', message: `is required for role ${b.role}` });
    if (!dcRole && b.dataCenters !== undefined) issues.push({ path: 'dataCenters', message: `only dc-operator and dc-agent tokens are scoped to data centers, not ${b.role}` });
    if (b.role === 'dc-agent' && b.dataCenters && b.dataCenters.length !== 1) issues.push({ path: 'dataCenters', message: 'a dc-agent token serves exactly one data center' });
    if (b.role === 'dc-agent' && b.dataCenters?.length === 1) {
      const live = await this.network.current();
      if (!live?.dataCenters.has(b.dataCenters[0]!)) issues.push({ path: 'dataCenters[0]', message: `unknown data center "${b.dataCenters[0]}"` });
    }
    if (issues.length > 0) throw new ValidationError('request body', issues);
    return this.issue({ name: b.name, role: b.role, ...(b.tenant !== undefined && { tenantId: b.tenant }), ...(b.dataCenters && { dataCenters: b.dataCenters }) }, who);
  }

  /** Stores a token for `spec` and returns its one-time secret. */
  async issue(spec: { name: string; role: Role; tenantId?: string; dataCenters?: string[] }, who: Principal): Promise<{ token: TokenRecord; secret: string }> {
    const secret = newSecret();
    const now = this.clock.now();
    const id = `tok_${randomBytes(8).toString('hex')}`;
    const token = await this.store.db.transaction(async (tx) => {
      const t = await this.store.identity.createToken({ id, hash: hashSecret(secret), ...spec }, now, tx);
      await this.store.audit.append([{ at: now, actor: actorName(who), action: 'token.create', target: id, source: who.source, detail: { role: spec.role, name: spec.name } }], tx);
      return t;
    });
    return { token, secret };
  }

  async revoke(id: string, who: Principal): Promise<void> {
    const now = this.clock.now();
    const ok = await this.store.db.transaction(async (tx) => {
      const done = await this.store.identity.revokeToken(id, now, tx);
      if (done) await this.store.audit.append([{ at: now, actor: actorName(who), action: 'token.revoke', target: id, source: who.source }], tx);
      return done;
    });
    if (!ok) throw new NotFoundError(`no live token "${id}"`);
  }
}
