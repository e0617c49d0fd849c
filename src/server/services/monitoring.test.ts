import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorDataCenters, testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { utilisationAnomaly } from './monitoring.service.js';

describe('telemetry, rollups, summary, series and alerts', () => {
  let t: TestPlatform;
  let a: string;
  let b: string;
  let pool: { id: string; units: number; unitTflops: number };
  let T: number;
  beforeAll(async () => {
    t = await testPlatform('sqlite', { staleAfterS: 60 });
    [a, b] = (await operatorDataCenters(t)) as [string, string];
    pool = (await t.platform.network.require()).dataCenters.get(a)!.pools[0]!;
    T = t.clock.now();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a bad batch whole, naming each sample and field', async () => {
    const r = await t.call(t.tokens.agent, 'POST', '/v1/telemetry', {
      samples: [
        { dataCenter: a, pool: pool.id, at: T, unitsInUse: pool.units + 1 },
        { dataCenter: a, pool: 'nope', at: T, unitsInUse: 1 },
        { dataCenter: b, at: T, powerKw: 1 },
        { dataCenter: a, at: T + 3_600_000, pue: 1.2 },
        { dataCenter: a, at: T, greenShare: 1.5 },
        { dataCenter: a, at: T, unitsInUse: 3 },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      { path: 'samples[4].greenShare', message: 'must be between 0 and 1 (got 1.5)' },
    ]);
    const r2 = await t.call(t.tokens.agent, 'POST', '/v1/telemetry', {
      samples: [
        { dataCenter: a, pool: pool.id, at: T, unitsInUse: pool.units + 1 },
        { dataCenter: a, pool: 'nope', at: T, unitsInUse: 1 },
        { dataCenter: b, at: T, powerKw: 1 },
        { dataCenter: a, at: T + 3_600_000, pue: 1.2 },
        { dataCenter: a, at: T, unitsInUse: 3 },
        { dataCenter: a, pool: pool.id, at: T },
      ],
    });
    expect(r2.status).toBe(400);
    expect(r2.body.error.issues).toEqual([
      { path: 'samples[0].unitsInUse', message: `${pool.units + 1} is more than the pool's ${pool.units} units` },
      { path: 'samples[1].pool', message: `data center "${a}" has no pool "nope"` },
      { path: 'samples[2].dataCenter', message: `this token may report for ${a} only` },
      { path: 'samples[3].at', message: 'is 3600 s in the future (at most 300 s allowed)' },
      { path: 'samples[4].unitsInUse', message: 'is a pool figure: name the pool' },
      { path: 'samples[4]', message: 'a data center sample needs at least one of powerKw, pue, greenShare, racksInUse' },
      { path: 'samples[5].unitsInUse', message: 'is required in a pool sample' },
    ]);
    expect(await t.platform.store.telemetry.poolLatest()).toEqual([]);
  });

  it('rolls samples up per minute and hour at data center, cluster, hub and national level', async () => {
    expect((await t.call(t.tokens.agent, 'POST', '/v1/telemetry', {
      samples: [
        { dataCenter: a, pool: pool.id, at: T + 1000, unitsInUse: 10, utilisation: 0.5 },
        { dataCenter: a, at: T + 1000, powerKw: 1000, pue: 1.3, greenShare: 0.5 },
        { dataCenter: a, at: new Date(T + 31_000).toISOString(), powerKw: 2000, pue: 1.1, greenShare: 0.5 },
      ],
    })).status).toBe(202);
    expect((await t.call(t.tokens.operator, 'POST', '/v1/telemetry', { samples: [{ dataCenter: b, at: T + 2000, powerKw: 500, pue: 1.2, greenShare: 1 }] })).status).toBe(202);
    t.clock.advance(40_000);
    const r = await t.platform.monitoring.rollup();
    expect(r.minutes).toBe(1);
    const live = await t.platform.network.require();
    const dcA = live.dataCenters.get(a)!;
    const series = async (scope: string, metric: string, step = 60) =>
      (await t.call(t.tokens.regulator, 'GET', `/v1/monitoring/series?scope=${scope}&metric=${metric}&step=${step}&from=${T - 60_000}&to=${T + 60_000}`)).body.points;
    expect(await series(`dc:${a}`, 'power_kw')).toEqual([{ t: new Date(T).toISOString(), value: 1500, min: 1000, max: 2000, samples: 2 }]);
    expect((await series(`dc:${a}`, 'pue'))[0].value).toBeCloseTo(1.2, 10);
    expect((await series(`dc:${a}`, `units_in_use.${dcA.pools[0]!.class}`))[0].value).toBe(10);
    expect((await series(`dc:${a}`, `used_p.${dcA.pools[0]!.class}`))[0].value).toBeCloseTo((10 * pool.unitTflops) / 1000, 10);
    expect(await series(`dc:${a}`, 'utilisation')).toEqual([{ t: new Date(T).toISOString(), value: 0.5, min: 0.5, max: 0.5, samples: 1 }]);
    expect((await series('national', 'utilisation'))[0].value).toBe(0.5);
    const national = await series('national', 'power_kw');
    expect(national[0].value).toBe(2000);
    // PUE weighted by IT power: 2000 kW over (1500/1.2 + 500/1.2) kW of IT.
    expect((await series('national', 'pue'))[0].value).toBeCloseTo(1.2, 10);
    expect((await series('national', 'green_share'))[0].value).toBeCloseTo((1500 * 0.5 + 500) / 2000, 10);
    const carbonA = 1500 * 0.5 * dcA.gridFactor;
    expect((await series('national', 'carbon_kg_per_h'))[0].value).toBeCloseTo(carbonA, 6);
    expect((await series(`hub:${dcA.hubId}`, 'power_kw'))[0].value).toBe(dcA.hubId === live.dataCenters.get(b)!.hubId ? 2000 : 1500);
    // A cluster adds up its own data centers, as a hub does; its summary covers them.
    if (dcA.clusterId) {
      const same = live.dataCenters.get(b)!.clusterId === dcA.clusterId;
      expect((await series(`cluster:${dcA.clusterId}`, 'power_kw'))[0].value).toBe(same ? 2000 : 1500);
      const cs = (await t.call(t.tokens.regulator, 'GET', `/v1/monitoring/summary?scope=cluster:${dcA.clusterId}`)).body;
      expect(cs.dataCenters.total).toBe(live.scenario.dataCenters.filter((d) => d.clusterId === dcA.clusterId).length);
    }
    expect((await t.call(t.tokens.regulator, 'GET', '/v1/monitoring/summary?scope=cluster:no-such')).status).toBe(404);
    // 5 minutes and 2 hours are put together from the minutes and the hours.
    const five = await t.call(t.tokens.regulator, 'GET', `/v1/monitoring/series?scope=national&metric=power_kw&step=5m&from=${T - 600_000}&to=${T + 600_000}`);
    expect(five.body).toMatchObject({ step: 300, points: [{ t: new Date(Math.floor(T / 300_000) * 300_000).toISOString(), value: 2000, samples: 1 }] });
    const two = await t.call(t.tokens.regulator, 'GET', `/v1/monitoring/series?scope=national&metric=power_kw&step=2h&from=${T - 7_200_000}&to=${T + 7_200_000}`);
    expect(two.body).toMatchObject({ step: 7200, points: [{ value: 2000 }] });
    expect((await t.call(t.tokens.regulator, 'GET', '/v1/monitoring/series?scope=national&metric=power_kw&step=10m')).status).toBe(400);
    const hourly = await t.call(t.tokens.regulator, 'GET', `/v1/monitoring/series?scope=national&metric=power_kw&step=1h&from=${T - 3_600_000}&to=${T + 3_600_000}`);
    expect(hourly.body.points).toEqual([{ t: new Date(T).toISOString(), value: 2000, min: 2000, max: 2000, samples: 1 }]);
    // A second rollup with nothing new changes nothing.
    expect(await t.platform.monitoring.rollup()).toEqual({ minutes: 0, rows: 0 });

    const s = (await t.call(t.tokens.operator, 'GET', `/v1/monitoring/summary?scope=dc:${a}`)).body;
    expect(s).toMatchObject({ scope: `dc:${a}`, dataCenters: { total: 1, reporting: 1, stale: 0 }, powerKw: 2000, pue: 1.1, greenShare: 0.5, powerEstimatedFor: 0 });
    // Figures an agent labels as estimates are counted as such; a pool sample cannot carry the label.
    const est = await t.call(t.tokens.operator, 'POST', '/v1/telemetry', { samples: [{ dataCenter: b, at: t.clock.now(), powerKw: 400, pue: 1.2, estimated: true }, { dataCenter: b, pool: live.dataCenters.get(b)!.pools[0]!.id, at: t.clock.now(), unitsInUse: 1, estimated: true }] });
    expect(est.body.error.issues).toContainEqual({ path: 'samples[1].estimated', message: 'is a data center figure: send it in a sample without "pool"' });
    await t.call(t.tokens.operator, 'POST', '/v1/telemetry', { samples: [{ dataCenter: b, at: t.clock.now(), powerKw: 400, pue: 1.2, estimated: true }] });
    expect((await t.call(t.tokens.operator, 'GET', `/v1/monitoring/summary?scope=dc:${b}`)).body).toMatchObject({ powerKw: 400, powerEstimatedFor: 1 });
    expect(s.inUseUnits[dcA.pools[0]!.class]).toBe(10);
    expect(s.carbonTodayKg).toBeCloseTo(carbonA / 60, 1);
  });

  it('keeps scopes apart: an operator cannot read another data center, bad scopes are named', async () => {
    const others = [...(await t.platform.network.require()).dataCenters.keys()].filter((d) => d !== a && d !== b);
    expect((await t.call(t.tokens.operator, 'GET', `/v1/monitoring/summary?scope=dc:${others[0]}`)).status).toBe(404);
    expect((await t.call(t.tokens.operator, 'GET', '/v1/monitoring/summary?scope=national')).status).toBe(404);
    const bad = await t.call(t.tokens.admin, 'GET', '/v1/monitoring/summary?scope=planet:earth');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual([{ path: 'scope', message: '"planet:earth" is not a scope: use national, hub:ID, cluster:ID or dc:ID' }]);
    const badMetric = await t.call(t.tokens.admin, 'GET', '/v1/monitoring/series?metric=volts');
    expect(badMetric.body.error.issues[0].path).toBe('metric');
  });

  it('raises PUE and staleness alerts and clears them when the cause goes', async () => {
    const live = await t.platform.network.require();
    const national = live.net.hubs.get(live.dataCenters.get(a)!.hubId)!.national;
    await t.call(t.tokens.agent, 'POST', '/v1/telemetry', { samples: [{ dataCenter: a, at: t.clock.now(), pue: 1.6 }] });
    await t.platform.monitoring.checkAlerts();
    let open = (await t.call(t.tokens.admin, 'GET', '/v1/alerts?limit=500')).body.alerts;
    expect(open.find((x: { key: string }) => x.key === `pue:dc:${a}`)?.message).toBe(`${live.dataCenters.get(a)!.name} reports PUE 1.6, above the target of ${national ? 1.25 : 1.5}`);
    // The operator sees only its own data centers' alerts.
    const mine = (await t.call(t.tokens.operator, 'GET', '/v1/alerts?limit=500')).body.alerts;
    expect(new Set(mine.map((x: { scope: string }) => x.scope))).toEqual(new Set([`dc:${a}`]));
    await t.call(t.tokens.agent, 'POST', '/v1/telemetry', { samples: [{ dataCenter: a, at: t.clock.now(), pue: 1.2 }] });
    t.clock.advance(61_000);
    await t.platform.monitoring.checkAlerts();
    open = (await t.call(t.tokens.admin, 'GET', '/v1/alerts?limit=500')).body.alerts;
    const keys = open.map((x: { key: string }) => x.key);
    expect(keys).not.toContain(`pue:dc:${a}`);
    expect(keys).toContain(`stale:dc:${a}`);
    expect(keys.filter((k: string) => k.startsWith('stale:'))).toHaveLength(live.scenario.dataCenters.length);
    const all = (await t.call(t.tokens.admin, 'GET', '/v1/alerts?open=false&limit=500')).body.alerts;
    expect(all.find((x: { key: string }) => x.key === `pue:dc:${a}`).clearedAt).toBe(new Date(t.clock.now()).toISOString());
  });

  it('finds utilisation spikes only against a steady history', () => {
    expect(utilisationAnomaly([10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 40])).toMatch(/^is 40, \d+(\.\d)? standard deviations above the last hour's mean of 10.1$/);
    expect(utilisationAnomaly([10, 11, 10, 9, 10, 11, 10, 9, 10, 11, 12])).toBeUndefined();
    expect(utilisationAnomaly([10, 10, 10])).toBeUndefined();
    expect(utilisationAnomaly(Array(12).fill(5))).toBeUndefined();
  });
});

describe('coarser buckets', () => {
  it('puts finer rollups together: the mean of the values, the extremes, every sample', async () => {
    const { coarsen } = await import('./monitoring.service.js');
    const rows = [0, 60_000, 120_000, 300_000].map((b, i) => ({ bucket: b, value: [10, 20, 30, 40][i]!, min: i, max: 100 + i, samples: 2 }));
    expect(coarsen(rows, 300)).toEqual([
      { bucket: 0, value: 20, min: 0, max: 102, samples: 6 },
      { bucket: 300_000, value: 40, min: 3, max: 103, samples: 2 },
    ]);
    expect(coarsen([], 300)).toEqual([]);
  });
});
