import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/store.js';
import type { Store } from '../src/store/store.js';
import { tempDir } from './helpers.js';

/**
 * The engines the store's contract suite runs on. PostgreSQL joins when
 * SUANLI_TEST_DATABASE_URL names a server (`.ci/run` starts one); in CI its
 * absence is an error, so the suite cannot silently skip it.
 */
export const PG_URL = process.env.SUANLI_TEST_DATABASE_URL;
if (process.env.CI && !PG_URL) throw new Error('CI must set SUANLI_TEST_DATABASE_URL: the store contract suite runs against PostgreSQL too');

export const ENGINES: ('sqlite' | 'postgres')[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A PostgreSQL URL whose connections use a schema of their own, so test files running at once do not meet. */
export async function freshPostgresUrl(): Promise<string> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  const sep = PG_URL!.includes('?') ? '&' : '?';
  return `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** A migrated, empty store on `engine`. */
export async function freshStore(engine: 'sqlite' | 'postgres', now = 1_700_000_000_000): Promise<Store> {
  if (engine === 'postgres') return openStore({ databaseUrl: await freshPostgresUrl(), sqliteFile: '' }, now);
  return openStore({ sqliteFile: join(tempDir('suanli-store-'), 'suanli.db') }, now);
}
