import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../test/platform.js';
import type { TestPlatform } from '../../test/platform.js';
import { Loops } from './platform.js';

/** A metric's value for a label set, from the Prometheus text; undefined when absent. */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (want.every((w) => line.includes(w))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('the metrics an operator watches', () => {
  let t: TestPlatform;
  afterEach(async () => {
    await t?.close();
  });

  it('gives capacity and use per data center and hub, PUE and green share, heartbeats, alerts, the pending queue and money, with live values', async () => {
    t = await testPlatform();
    const [a] = await operatorDataCenters(t) as [string];
    const live = await t.platform.network.require();
    const dc = live.dataCenters.get(a)!;
    const pool = dc.pools[0]!;
    await t.call(t.tokens.agent, 'POST', '/v1/telemetry', { samples: [{ dataCenter: a, at: t.clock.now(), powerKw: 800, pue: 1.6, greenShare: 0.4 }, { dataCenter: a, pool: pool.id, at: t.clock.now(), unitsInUse: 7 }] });
    await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' });
    await t.call(t.tokens.admin, 'POST', '/v1/tenants/acme/top-ups', { amount: '250.5' });
    t.clock.advance(30_000);
    await t.platform.monitoring.checkAlerts();
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    const here = { data_center: a, hub: dc.hubId };
    expect(value(text, 'suanli_datacenter_capacity_units', { ...here, class: pool.class })).toBe(dc.pools.filter((p) => p.class === pool.class).reduce((s, p) => s + p.units, 0));
    expect(value(text, 'suanli_datacenter_units_in_use', { ...here, class: pool.class })).toBe(7);
    expect(value(text, 'suanli_datacenter_power_watts', here)).toBe(800_000);
    expect(value(text, 'suanli_datacenter_pue', here)).toBe(1.6);
    expect(value(text, 'suanli_datacenter_green_ratio', here)).toBe(0.4);
    expect(value(text, 'suanli_agent_heartbeat_age_seconds', here)).toBe(30);
    // A data center never heard from has no heartbeat age.
    const silent = live.scenario.dataCenters.find((d) => d.id !== a && !(dc.id === d.id))!;
    expect(value(text, 'suanli_agent_heartbeat_age_seconds', { data_center: silent.id })).toBeUndefined();
    expect(value(text, 'suanli_hub_capacity_units', { hub: dc.hubId, class: pool.class })).toBeGreaterThanOrEqual(pool.units);
    expect(value(text, 'suanli_hub_pue', { hub: dc.hubId })).toBeGreaterThan(1);
    expect(value(text, 'suanli_alerts_open', { kind: 'pue-above-target' })).toBe(1);
    expect(value(text, 'suanli_alerts_open', { kind: 'stale' })).toBe(0);
    expect(value(text, 'suanli_jobs_pending_oldest_age_seconds')).toBe(30);
    expect(value(text, 'suanli_ledger_balance_yuan', { kind: 'tenant-available' })).toBe(250.5);
    expect(value(text, 'suanli_federation_outbox_messages')).toBe(0);
    // Node.js and process defaults are there too.
    expect(value(text, 'suanli_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(value(text, 'suanli_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('counts placement attempts by outcome and the jobs left without a pool by the rule that left none', async () => {
    t = await testPlatform();
    await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' });
    await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch', model: 'TPUv9' });
    await new Loops(t.platform).runOnce();
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(value(text, 'suanli_placements_total')).toBe(1);
    expect(value(text, 'suanli_placement_attempts_total', { outcome: 'placed' })).toBe(1);
    expect(value(text, 'suanli_placement_attempts_total', { outcome: 'failed' })).toBe(1);
    expect(value(text, 'suanli_placement_unplaced_total', { rule: 'model' })).toBe(1);
  });

  it('serves every metric the shipped Grafana dashboard queries', async () => {
    t = await testPlatform();
    await new Loops(t.platform).runOnce();
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    const served = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!));
    const dashboard = JSON.parse(readFileSync(join(import.meta.dirname, '../../deploy/grafana/suanli.json'), 'utf8')) as { panels: { title: string; targets: { expr: string }[] }[] };
    const queried = new Set(dashboard.panels.flatMap((p) => p.targets.flatMap((x) => [...x.expr.matchAll(/suanli_[a-z0-9_]+/g)].map((m) => m[0].replace(/_(bucket|sum|count)$/, '')))));
    expect(queried.size).toBeGreaterThan(15);
    expect([...queried].filter((m) => !served.has(m))).toEqual([]);
    // Prometheus's own file points at the same path.
    expect(readFileSync(join(import.meta.dirname, '../../deploy/prometheus.yml'), 'utf8')).toMatch(/metrics_path: \/metrics/);
  });

  it('asks for a token of one who watches the platform when metricsRequireToken is set', async () => {
    t = await testPlatform('sqlite', { metricsRequireToken: true });
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${t.tokens.member}` } })).statusCode).toBe(403);
    for (const token of [t.tokens.admin, t.tokens.regulator, t.tokens.operator]) {
      const r = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('suanli_placements_total');
    }
  });
});
