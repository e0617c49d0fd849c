import type { Principal } from '../server/services/actor.js';

const LOCAL: Principal = { tokenId: 'local', name: 'local admin command', role: 'platform-admin', source: 'local' };

/**
 * Mints a platform-admin token straight into a platform's store, for whoever
 * can read its data directory (`suanli admin token`, and the federation demo
 * before it starts each platform). With `replace`, the live platform-admin
 * tokens of the same name are revoked first, so a restart leaves one.
 */
export async function mintLocalAdminToken(o: { sqliteFile: string; databaseUrl?: string | undefined; name: string; replace?: boolean }): Promise<{ user: string; token: string; secret: string }> {
  // Loaded here, not at start: the commands that import this one start without the store and the services.
  const [{ systemClock }, { IdentityService }, { NetworkService }, { openStore }] = await Promise.all([
    import('../server/serve.js'), import('../server/services/identity.service.js'), import('../server/services/network.service.js'), import('../store/store.js'),
  ]);
  const store = await openStore({ ...(o.databaseUrl && { databaseUrl: o.databaseUrl }), sqliteFile: o.sqliteFile }, systemClock.now());
  try {
    const identity = new IdentityService(store, new NetworkService(store, systemClock), systemClock);
    if (o.replace) {
      for (const t of await identity.listTokens(LOCAL)) {
        if (t.name === o.name && t.role === 'platform-admin' && t.revokedAt === undefined) await identity.revoke(t.id, LOCAL);
      }
    }
    const r = await identity.issue({ name: o.name, role: 'platform-admin' }, LOCAL);
    return { user: r.user.id, token: r.token.id, secret: r.secret };
  } finally {
    await store.close();
  }
}
