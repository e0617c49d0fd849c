import { ConflictError } from '../../core/errors.js';
import type { Db } from '../db.js';

export interface NetworkVersion {
  version: number;
  /** The scenario document (the scenario file format, as JSON). */
  document: unknown;
  actor: string;
  createdAt: number;
}

/**
 * The platform's network as a chain of validated scenario documents: each
 * change (a scenario load, a data center registered or patched) writes a new
 * version, so concurrent writers cannot lose each other's changes.
 */
export class NetworkRepository {
  constructor(private readonly db: Db) {}

  async latest(db: Db = this.db): Promise<NetworkVersion | undefined> {
    const r = await db.one<{ version: number; document: string; actor: string; created_at: number }>(
      'SELECT version, document, actor, created_at FROM network_versions ORDER BY version DESC LIMIT 1',
    );
    return r && { version: Number(r.version), document: JSON.parse(r.document), actor: r.actor, createdAt: Number(r.created_at) };
  }

  async latestVersion(db: Db = this.db): Promise<number> {
    const r = await db.one<{ v: number | null }>('SELECT MAX(version) AS v FROM network_versions');
    return Number(r?.v ?? 0);
  }

  /** Saves `document` as the version after `basedOn`; a concurrent save of the same version is a conflict. */
  async save(document: unknown, basedOn: number, actor: string, now: number, db: Db = this.db): Promise<number> {
    const version = basedOn + 1;
    const current = await db.one<{ v: number | null }>('SELECT MAX(version) AS v FROM network_versions');
    if (Number(current?.v ?? 0) !== basedOn) throw new ConflictError(`the network changed (now version ${Number(current?.v ?? 0)}, expected ${basedOn}); retry`);
    await db.run('INSERT INTO network_versions (version, document, actor, created_at) VALUES (?, ?, ?, ?)', [version, JSON.stringify(document), actor, now]);
    return version;
  }
}
