import { placeholders } from '../db.js';
import type { Db, SqlValue } from '../db.js';

export const ALERT_KINDS = ['stale', 'pue-above-target', 'utilisation-anomaly', 'low-balance'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface Alert {
  id: number;
  /** What the alert is about, unique among open alerts: `stale:dc:qingyang-1`. */
  key: string;
  kind: AlertKind;
  /** `dc:ID`, `hub:ID` or `national`. */
  scope: string;
  message: string;
  raisedAt: number;
  clearedAt?: number;
}

interface AlertRow { id: number; key: string; kind: string; scope: string; message: string; raised_at: number; cleared_at: number | null }

const toAlert = (r: AlertRow): Alert => ({
  id: Number(r.id), key: r.key, kind: r.kind as AlertKind, scope: r.scope, message: r.message, raisedAt: Number(r.raised_at),
  ...(r.cleared_at !== null && { clearedAt: Number(r.cleared_at) }),
});

/** Alerts raised and cleared by the monitoring loop. */
export class AlertRepository {
  constructor(private readonly db: Db) {}

  /**
   * Makes the open alerts of `kinds` exactly `wanted`: raises those not yet
   * open, clears open ones no longer wanted. Alerts of other kinds belong to
   * another checker and are left alone. Returns what changed.
   */
  async reconcile(wanted: readonly Omit<Alert, 'id' | 'raisedAt' | 'clearedAt'>[], now: number, kinds: readonly AlertKind[]): Promise<{ raised: string[]; cleared: string[] }> {
    return this.db.transaction(async (tx) => {
      const open = await tx.all<{ key: string }>(`SELECT key FROM alerts WHERE cleared_at IS NULL AND kind IN (${placeholders(kinds.length)})`, kinds);
      const openKeys = new Set(open.map((r) => r.key));
      const wantedKeys = new Set(wanted.map((w) => w.key));
      const raised: string[] = [];
      const cleared: string[] = [];
      for (const w of wanted) {
        if (openKeys.has(w.key)) continue;
        await tx.run('INSERT INTO alerts (key, kind, scope, message, raised_at) VALUES (?, ?, ?, ?, ?)', [w.key, w.kind, w.scope, w.message, now]);
        raised.push(w.key);
      }
      for (const k of openKeys) {
        if (wantedKeys.has(k)) continue;
        await tx.run('UPDATE alerts SET cleared_at = ? WHERE key = ? AND cleared_at IS NULL', [now, k]);
        cleared.push(k);
      }
      return { raised, cleared };
    });
  }

  /** Newest first; `open` keeps only uncleared alerts; `scopes` limits to those scopes. */
  async list(f: { open?: boolean; scopes?: readonly string[]; before?: number; limit: number }): Promise<Alert[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (f.open) where.push('cleared_at IS NULL');
    if (f.scopes) {
      if (f.scopes.length === 0) return [];
      where.push(`scope IN (${placeholders(f.scopes.length)})`);
      params.push(...f.scopes);
    }
    if (f.before !== undefined) { where.push('id < ?'); params.push(f.before); }
    params.push(f.limit);
    const rows = await this.db.all<AlertRow>(`SELECT id, key, kind, scope, message, raised_at, cleared_at FROM alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`, params);
    return rows.map(toAlert);
  }
}
