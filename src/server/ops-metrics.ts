import { collectDefaultMetrics, Gauge } from 'prom-client';
import type { Registry } from 'prom-client';
import type { Platform } from './platform.js';
import { lastReports, powerNow, unitsInUse } from './services/live-use.js';

/** What one scrape reads from the store, once for every gauge below. */
interface Snapshot {
  dataCenters: { id: string; hub: string; capacity: Record<string, number>; inUse: Record<string, number>; powerW: number; pue: number; green: number; heartbeatAgeS: number | null }[];
  alerts: Record<string, number>;
  pendingOldestS: number;
  outbox: { messages: number; oldestAgeS: number };
  childLagS: Record<string, number>;
  money: Record<string, number>;
}

const ALERT_KINDS = ['stale', 'pue-above-target', 'utilisation-anomaly', 'low-balance'];
const MONEY_KINDS = ['tenant-available', 'tenant-held', 'operator', 'commission'] as const;

/**
 * The metrics an operator watches, on the platform's registry: Node.js and
 * process defaults; per data center and hub, capacity and use by class, IT
 * power, PUE and green share; open alerts by kind; each agent's heartbeat
 * age; the oldest pending job; the federation outbox and each child's lag;
 * money by kind of account. Base units, ratios 0 to 1; the only labels are
 * data centers, hubs, classes, kinds and child platforms, which the network
 * and the federation bound.
 */
export function registerOperationalMetrics(registry: Registry, p: Platform): void {
  collectDefaultMetrics({ register: registry, prefix: 'suanli_' });
  let cached: { at: number; value: Promise<Snapshot | undefined> } | undefined;
  // One read of the store per scrape, shared by every gauge's collect.
  const snapshot = (): Promise<Snapshot | undefined> => {
    const now = Date.now();
    if (!cached || now - cached.at > 1000) cached = { at: now, value: read(p).catch(() => undefined) };
    return cached.value;
  };
  const gauge = (name: string, help: string, labelNames: string[], fill: (g: Gauge, s: Snapshot) => void) => new Gauge({
    name, help, labelNames, registers: [registry],
    async collect() {
      const s = await snapshot();
      this.reset();
      if (s) fill(this, s);
    },
  });
  const perDc = (name: string, help: string, value: (d: Snapshot['dataCenters'][number]) => number | null) =>
    gauge(name, help, ['data_center', 'hub'], (g, s) => {
      for (const d of s.dataCenters) {
        const v = value(d);
        if (v !== null) g.set({ data_center: d.id, hub: d.hub }, v);
      }
    });
  const perDcClass = (name: string, help: string, pick: (d: Snapshot['dataCenters'][number]) => Record<string, number>) =>
    gauge(name, help, ['data_center', 'hub', 'class'], (g, s) => {
      for (const d of s.dataCenters) for (const [cls, v] of Object.entries(pick(d))) g.set({ data_center: d.id, hub: d.hub, class: cls }, v);
    });
  const perHub = (name: string, help: string, fold: (ds: Snapshot['dataCenters']) => number | null) =>
    gauge(name, help, ['hub'], (g, s) => {
      for (const hub of new Set(s.dataCenters.map((d) => d.hub))) {
        const v = fold(s.dataCenters.filter((d) => d.hub === hub));
        if (v !== null) g.set({ hub }, v);
      }
    });
  perDcClass('suanli_datacenter_capacity_units', 'Units of each class a data center has.', (d) => d.capacity);
  perDcClass('suanli_datacenter_units_in_use', 'Units of each class in use now (the larger of what jobs hold and what a fresh report says).', (d) => d.inUse);
  perDc('suanli_datacenter_power_watts', 'Power drawn, W (metered, or estimated from the IT load and PUE).', (d) => d.powerW);
  perDc('suanli_datacenter_pue', 'Power usage effectiveness.', (d) => d.pue);
  perDc('suanli_datacenter_green_ratio', 'Share of power from renewables, 0 to 1.', (d) => d.green);
  perDc('suanli_agent_heartbeat_age_seconds', 'Seconds since the data center last reported (absent: never).', (d) => d.heartbeatAgeS);
  gauge('suanli_hub_capacity_units', 'Units of each class a hub has.', ['hub', 'class'], (g, s) => {
    for (const d of s.dataCenters) for (const [cls, v] of Object.entries(d.capacity)) g.inc({ hub: d.hub, class: cls }, v);
  });
  gauge('suanli_hub_units_in_use', 'Units of each class in use in a hub now.', ['hub', 'class'], (g, s) => {
    for (const d of s.dataCenters) for (const [cls, v] of Object.entries(d.inUse)) g.inc({ hub: d.hub, class: cls }, v);
  });
  perHub('suanli_hub_power_watts', 'Power a hub draws, W.', (ds) => ds.reduce((t, d) => t + d.powerW, 0));
  perHub('suanli_hub_pue', 'A hub\'s PUE, weighted by IT power.', (ds) => {
    const it = ds.reduce((t, d) => t + d.powerW / d.pue, 0);
    return it > 0 ? ds.reduce((t, d) => t + d.powerW, 0) / it : null;
  });
  perHub('suanli_hub_green_ratio', 'A hub\'s share of green power, weighted by power, 0 to 1.', (ds) => {
    const w = ds.reduce((t, d) => t + d.powerW, 0);
    return w > 0 ? ds.reduce((t, d) => t + d.powerW * d.green, 0) / w : null;
  });
  gauge('suanli_alerts_open', 'Open alerts by kind.', ['kind'], (g, s) => {
    for (const k of new Set([...ALERT_KINDS, ...Object.keys(s.alerts)])) g.set({ kind: k }, s.alerts[k] ?? 0);
  });
  gauge('suanli_jobs_pending_oldest_age_seconds', 'Age of the oldest pending job, s (0 when none waits).', [], (g, s) => g.set(s.pendingOldestS));
  gauge('suanli_federation_outbox_messages', 'Messages waiting to be acknowledged by the parent platform.', [], (g, s) => g.set(s.outbox.messages));
  gauge('suanli_federation_outbox_oldest_age_seconds', 'Age of the oldest message waiting for the parent, s.', [], (g, s) => g.set(s.outbox.oldestAgeS));
  gauge('suanli_federation_child_lag_seconds', 'Seconds since each child platform\'s last summary was made.', ['child'], (g, s) => {
    for (const [child, lag] of Object.entries(s.childLagS)) g.set({ child }, lag);
  });
  gauge('suanli_ledger_balance_yuan', 'Money in the ledger by kind of account, yuan: tenants\' available and held, owed to operators, the platform\'s commission.', ['kind'], (g, s) => {
    for (const k of MONEY_KINDS) g.set({ kind: k }, s.money[k] ?? 0);
  });
}

async function read(p: Platform): Promise<Snapshot | undefined> {
  const live = await p.network.current();
  const now = p.clock.now();
  const staleMs = p.config.staleAfterS * 1000;
  const dataCenters: Snapshot['dataCenters'] = [];
  if (live) {
    const used = await unitsInUse(p.store, live, now, staleMs);
    const latest = new Map((await p.store.telemetry.dataCenterLatest()).map((s) => [s.dataCenterId, s]));
    const last = await lastReports(p.store);
    for (const d of live.scenario.dataCenters) {
      const capacity: Record<string, number> = {};
      const inUse: Record<string, number> = {};
      for (const pool of d.pools) {
        capacity[pool.class] = (capacity[pool.class] ?? 0) + pool.units;
        inUse[pool.class] = (inUse[pool.class] ?? 0) + (used[live.ctx.poolIndex.get(pool.key)!] as number);
      }
      // The same power figures as the monitoring summary's.
      const power = powerNow(d, used, live, latest.get(d.id), now, staleMs);
      const at = last.get(d.id);
      dataCenters.push({
        id: d.id, hub: d.hubId, capacity, inUse, pue: power.pue, green: power.greenShare,
        powerW: power.kw * 1000, heartbeatAgeS: at === undefined ? null : Math.max(0, (now - at) / 1000),
      });
    }
  }
  const alerts: Record<string, number> = {};
  for (const a of await p.store.alerts.list({ open: true, limit: 100_000 })) alerts[a.kind] = (alerts[a.kind] ?? 0) + 1;
  const [oldest] = await p.store.jobs.pending(1);
  const outbox = await p.store.federation.outboxSize();
  const childLagS = Object.fromEntries((await p.store.federation.childStates('summary')).map((c) => [c.childId, Math.max(0, (now - c.createdAt) / 1000)]));
  const money: Record<string, number> = {};
  for (const k of MONEY_KINDS) money[k] = (await p.store.ledger.accountsOfKind(k)).reduce((t, a) => t + a.balance, 0) / 10_000;
  return {
    dataCenters, alerts, pendingOldestS: oldest ? Math.max(0, (now - oldest.createdAt) / 1000) : 0,
    outbox: { messages: outbox.messages, oldestAgeS: outbox.oldest !== undefined ? Math.max(0, (now - outbox.oldest) / 1000) : 0 },
    childLagS, money,
  };
}
