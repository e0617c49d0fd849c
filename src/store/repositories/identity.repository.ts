import { ConflictError } from '../../core/errors.js';
import type { Db } from '../db.js';

export const ROLES = ['platform-admin', 'regulator', 'dc-operator', 'tenant-admin', 'tenant-member', 'dc-agent'] as const;
export type Role = (typeof ROLES)[number];

export interface Tenant {
  id: string;
  name: string;
  createdAt: number;
}

/** A person or system that acts on the platform; its role and scope pass to every token it holds. */
export interface User {
  id: string;
  name: string;
  role: Role;
  tenantId?: string;
  dataCenters?: string[];
  createdAt: number;
}

/** An API token as stored: only a hash of its secret is kept. Role and scope are its user's. */
export interface TokenRecord {
  id: string;
  userId: string;
  name: string;
  role: Role;
  /** For tenant roles: the tenant whose jobs the token may see. */
  tenantId?: string;
  /** For dc-operator: the data centers it operates; for dc-agent: exactly one. */
  dataCenters?: string[];
  createdAt: number;
  revokedAt?: number;
}

interface UserRow {
  id: string;
  name: string;
  role: string;
  tenant_id: string | null;
  data_centers: string | null;
  created_at: number;
}

function toUser(r: UserRow): User {
  return {
    id: r.id,
    name: r.name,
    role: r.role as Role,
    ...(r.tenant_id !== null && { tenantId: r.tenant_id }),
    ...(r.data_centers !== null && { dataCenters: JSON.parse(r.data_centers) as string[] }),
    createdAt: Number(r.created_at),
  };
}

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  role: string;
  tenant_id: string | null;
  data_centers: string | null;
  created_at: number;
  revoked_at: number | null;
}

function toToken(r: TokenRow): TokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    role: r.role as Role,
    ...(r.tenant_id !== null && { tenantId: r.tenant_id }),
    ...(r.data_centers !== null && { dataCenters: JSON.parse(r.data_centers) as string[] }),
    createdAt: Number(r.created_at),
    ...(r.revoked_at !== null && { revokedAt: Number(r.revoked_at) }),
  };
}

/** Tenants, users and API tokens. */
export class IdentityRepository {
  constructor(private readonly db: Db) {}

  async createTenant(t: { id: string; name: string }, now: number, db: Db = this.db): Promise<Tenant> {
    if (await db.one('SELECT id FROM tenants WHERE id = ?', [t.id])) throw new ConflictError(`tenant "${t.id}" already exists`);
    await db.run('INSERT INTO tenants (id, name, created_at) VALUES (?, ?, ?)', [t.id, t.name, now]);
    return { ...t, createdAt: now };
  }

  async getTenant(id: string): Promise<Tenant | undefined> {
    const r = await this.db.one<{ id: string; name: string; created_at: number }>('SELECT id, name, created_at FROM tenants WHERE id = ?', [id]);
    return r && { id: r.id, name: r.name, createdAt: Number(r.created_at) };
  }

  async listTenants(): Promise<Tenant[]> {
    const rows = await this.db.all<{ id: string; name: string; created_at: number }>('SELECT id, name, created_at FROM tenants ORDER BY id');
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: Number(r.created_at) }));
  }

  async createUser(u: Omit<User, 'createdAt'>, now: number, db: Db = this.db): Promise<User> {
    await db.run('INSERT INTO users (id, name, role, tenant_id, data_centers, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      u.id, u.name, u.role, u.tenantId ?? null, u.dataCenters ? JSON.stringify(u.dataCenters) : null, now,
    ]);
    return { ...u, createdAt: now };
  }

  async getUser(id: string): Promise<User | undefined> {
    const r = await this.db.one<UserRow>('SELECT id, name, role, tenant_id, data_centers, created_at FROM users WHERE id = ?', [id]);
    return r && toUser(r);
  }

  /** Users by id, of one tenant when given, after the cursor `after`. */
  async listUsers(f: { tenantId?: string; after?: string; limit: number }): Promise<User[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.tenantId !== undefined) { where.push('tenant_id = ?'); params.push(f.tenantId); }
    if (f.after !== undefined) { where.push('id > ?'); params.push(f.after); }
    params.push(f.limit);
    const rows = await this.db.all<UserRow>(`SELECT id, name, role, tenant_id, data_centers, created_at FROM users ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT ?`, params);
    return rows.map(toUser);
  }

  /** Stores a token of `user` (copying its role and scope). */
  async createToken(t: { id: string; hash: string; name: string; user: User }, now: number, db: Db = this.db): Promise<TokenRecord> {
    const u = t.user;
    await db.run('INSERT INTO tokens (id, hash, user_id, name, role, tenant_id, data_centers, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      t.id, t.hash, u.id, t.name, u.role, u.tenantId ?? null, u.dataCenters ? JSON.stringify(u.dataCenters) : null, now,
    ]);
    return {
      id: t.id, userId: u.id, name: t.name, role: u.role,
      ...(u.tenantId !== undefined && { tenantId: u.tenantId }),
      ...(u.dataCenters !== undefined && { dataCenters: u.dataCenters }),
      createdAt: now,
    };
  }

  async tokenByHash(hash: string): Promise<TokenRecord | undefined> {
    const r = await this.db.one<TokenRow>('SELECT id, user_id, name, role, tenant_id, data_centers, created_at, revoked_at FROM tokens WHERE hash = ?', [hash]);
    return r && toToken(r);
  }

  async listTokens(): Promise<TokenRecord[]> {
    const rows = await this.db.all<TokenRow>('SELECT id, user_id, name, role, tenant_id, data_centers, created_at, revoked_at FROM tokens ORDER BY created_at, id');
    return rows.map(toToken);
  }

  /** Revokes a token; false when there is no such live token. */
  async revokeToken(id: string, now: number, db: Db = this.db): Promise<boolean> {
    return (await db.run('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now, id])) > 0;
  }
}
