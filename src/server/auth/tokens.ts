import { createHash, randomBytes } from 'node:crypto';
import { UnauthorizedError } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import type { TokenRecord } from '../../store/repositories/identity.repository.js';
import type { Store } from '../../store/store.js';
import type { Principal } from '../services/actor.js';

/** A new secret: `sl_` and 32 random bytes. Only its hash is stored; the secret is shown once. */
export function newSecret(): string {
  return `sl_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Resolves bearer tokens to principals. Lookups are cached for a few
 * seconds, so a revoked token stops working within `ttlMs`.
 */
export class TokenAuthenticator {
  private readonly cache = new Map<string, { token: TokenRecord | undefined; at: number }>();
  /** Hashes of tokens that have authenticated, kept apart from the cache so that a flood of bogus tokens cannot push them out. */
  private readonly valid = new Set<string>();

  constructor(private readonly store: Store, private readonly clock: Clock, private readonly ttlMs = 5000) {}

  async authenticate(header: string | undefined, source: string): Promise<Principal> {
    if (!header) throw new UnauthorizedError('missing Authorization header: send "Authorization: Bearer <token>"');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new UnauthorizedError('the Authorization header must be "Bearer <token>"');
    const hash = hashSecret(m[1]!);
    const now = this.clock.now();
    let hit = this.cache.get(hash);
    if (!hit || now - hit.at > this.ttlMs) {
      hit = { token: await this.store.identity.tokenByHash(hash), at: now };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, hit);
    }
    const t = hit.token;
    if (!t) throw new UnauthorizedError('unknown token');
    if (t.revokedAt !== undefined) {
      this.valid.delete(hash);
      throw new UnauthorizedError('this token was revoked');
    }
    if (this.valid.size > 100_000) this.valid.clear();
    this.valid.add(hash);
    return {
      tokenId: t.id, name: t.name, role: t.role, source,
      ...(t.tenantId !== undefined && { tenantId: t.tenantId }),
      ...(t.dataCenters !== undefined && { dataCenters: t.dataCenters }),
    };
  }

  /** Whether this Authorization header carries a token that has authenticated before (it is still checked in full). */
  seenValid(header: string | undefined): boolean {
    const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    return m !== null && this.valid.has(hashSecret(m[1]!));
  }

  forget(): void {
    this.cache.clear();
  }
}
