import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRng } from '../core/rng.js';
import type { Rng } from '../core/rng.js';
import { operatorDataCenters, testPlatform } from '../../test/platform.js';
import type { TestPlatform } from '../../test/platform.js';
import { V1_ROUTES } from './routes/v1.js';

const COUNT = 5000;

/** A query value from anything, lone surrogates made well-formed so it can be encoded. */
const enc = (v: unknown): string => encodeURIComponent((String(v).slice(0, 100) as string & { toWellFormed(): string }).toWellFormed());

/** Strange values of every kind. */
function strange(rng: Rng, depth = 0): unknown {
  const pick = Math.floor(rng.next() * 16);
  switch (pick) {
    case 0: return null;
    case 1: return rng.next() < 0.5;
    case 2: return [1e308, -1e308, 2 ** 53 + 1, -0, 1e-320, Number('123456789012345678901234567890')][Math.floor(rng.next() * 6)];
    case 3: return Math.floor(rng.next() * 2000) - 1000;
    case 4: return '';
    case 5: return '算力🚀\u0000\u202e\ud800'.repeat(1 + Math.floor(rng.next() * 3));
    case 6: return 'x'.repeat(Math.floor(rng.next() * 20_000));
    case 7: return '2026-13-45T99:99:99Z';
    case 8: return { __proto__: { admin: true }, constructor: { prototype: 1 } };
    case 9: {
      let v: unknown = 1;
      for (let i = 0; i < 200 + Math.floor(rng.next() * 3000); i++) v = [v];
      return v;
    }
    case 10: {
      let v: unknown = 'deep';
      for (let i = 0; i < 500; i++) v = { a: v };
      return v;
    }
    case 11: return depth < 2 ? Array.from({ length: Math.floor(rng.next() * 5) }, () => strange(rng, depth + 1)) : [];
    case 12: return depth < 2 ? Object.fromEntries(Array.from({ length: Math.floor(rng.next() * 5) }, (_, i) => [`k${i}`, strange(rng, depth + 1)])) : {};
    case 13: return 'NaN';
    case 14: return -1;
    default: return '../../etc/passwd';
  }
}

describe('fuzzing every route with malformed requests', () => {
  let t: TestPlatform;
  let valid: Record<string, unknown>;
  beforeAll(async () => {
    t = await testPlatform('sqlite', { rateLimitPerSecond: 10_000_000, rateLimitBurst: 10_000_000, authFailureBurst: 100_000, authFailuresPerSecond: 10_000 });
    const [a] = (await operatorDataCenters(t)) as [string];
    const dc = (await t.platform.network.require()).document.dataCenters[0]!;
    valid = {
      'POST /v1/scenario': { version: 1, name: 'x', hubs: [], origins: [], dataCenters: [] },
      'POST /v1/datacenters': { ...dc, id: 'fuzz-dc' },
      'PATCH /v1/datacenters/:id': { pue: 1.3, pools: [{ id: 'x', units: 3 }] },
      'POST /v1/tenants': { id: 'fuzz', name: 'Fuzz' },
      'POST /v1/users': { name: 'f', role: 'tenant-member', tenant: 'acme' },
      'POST /v1/users/:id/tokens': { name: 'ci' },
      'POST /v1/telemetry': { samples: [{ dataCenter: a, at: t.clock.now(), pue: 1.2 }] },
      'POST /v1/jobs': { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 60, latency: 'batch', tenant: 'acme' },
      'POST /v1/jobs/:id/report': { epoch: 1, state: 'running' },
      'POST /v1/jobs/batch': { jobs: [{ origin: 'shanghai', class: 'intelligent', units: 1, durationS: 60, latency: 'batch', tenant: 'acme' }] },
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`answers ${COUNT} malformed requests with 4xx JSON naming the problem, never 5xx`, async () => {
    const rng = new SeededRng(7);
    const tokens = Object.values(t.tokens);
    const statuses: Record<number, number> = {};
    for (let i = 0; i < COUNT; i++) {
      const route = V1_ROUTES[Math.floor(rng.next() * V1_ROUTES.length)]!;
      const key = `${route.method} ${route.url}`;
      const token = rng.next() < 0.7 ? t.tokens.admin : rng.next() < 0.9 ? tokens[Math.floor(rng.next() * tokens.length)] : 'sl_forged';
      const idValue = [`job_${'z'.repeat(Math.floor(rng.next() * 10))}`, '%00', '算力', 'a'.repeat(3000), '..%2F..', '%E0%A4%A'][Math.floor(rng.next() * 6)]!;
      let url = route.url.replace(':id', idValue);
      const q = Math.floor(rng.next() * 4);
      if (q === 1) url += `?limit=${enc(strange(rng))}&cursor=${enc(strange(rng))}`;
      if (q === 2) url += '?limit=1&limit=2&scope=national&scope=hub:x&state=pending&state=placed&metric=pue';
      if (q === 3) url += `?${encodeURIComponent('算')}=%ZZ&from=yesterday&to=-5&step=7&open=maybe&after=-1`;
      let payload: string | undefined;
      let contentType = 'application/json';
      const mode = Math.floor(rng.next() * 8);
      const base = valid[key];
      if (mode === 0) payload = JSON.stringify(strange(rng));
      else if (mode === 1 && base && typeof base === 'object') {
        const copy = { ...(base as Record<string, unknown>) };
        const fields = Object.keys(copy);
        const f = fields[Math.floor(rng.next() * fields.length)]!;
        if (rng.next() < 0.3) delete copy[f];
        else copy[f] = strange(rng);
        if (rng.next() < 0.3) copy[`extra${i}`] = strange(rng);
        payload = JSON.stringify(copy);
      } else if (mode === 2) payload = ['{', '{"a":', '[1,2', '{"units": 1,}', 'null', '"text"', '{"a":1}{"b":2}', '\u0000'][Math.floor(rng.next() * 8)];
      else if (mode === 3) {
        payload = 'not json at all';
        contentType = ['text/plain', 'application/xml', 'multipart/form-data', 'application/json; charset=latin1'][Math.floor(rng.next() * 4)]!;
      } else if (mode === 4 && rng.next() < 0.1) payload = JSON.stringify({ samples: Array(40_000).fill({ dataCenter: 'x'.repeat(30), at: 0 }) });
      else if (mode === 5 && base) payload = JSON.stringify([base, base]);
      else if (mode === 6 && base) payload = JSON.stringify({ ...(base as object), units: 1e300, durationS: 'forever', at: -1e20, samples: { length: 5 } });
      if (route.url === '/v1/events') {
        // The live stream stays open while it is allowed: its status is what is checked, then it is let go.
        const live = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` }, payloadAsStream: true });
        const stream = live.stream();
        let body = '';
        if (live.statusCode !== 200) for await (const chunk of stream) body += String(chunk);
        stream.destroy();
        statuses[live.statusCode] = (statuses[live.statusCode] ?? 0) + 1;
        expect(live.statusCode, `${url.slice(0, 120)} -> ${live.statusCode} ${body.slice(0, 300)}`).toBeLessThan(500);
        if (live.statusCode >= 400) expect(JSON.parse(body).error.message).toMatch(/\S/);
        continue;
      }
      const res = await t.app.inject({
        method: route.method, url,
        headers: { authorization: `Bearer ${token}`, ...(payload !== undefined && { 'content-type': contentType }) },
        ...(payload !== undefined && { payload }),
      });
      statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
      const context = `${route.method} ${url.slice(0, 120)} ${String(payload).slice(0, 200)} -> ${res.statusCode} ${res.body.slice(0, 300)}`;
      expect(res.statusCode, context).toBeLessThan(500);
      if (res.statusCode >= 400) {
        const body = res.json() as { error?: { message?: string; code?: string } };
        expect(typeof body.error?.message, context).toBe("string");
        expect(body.error?.message, context).toMatch(/\S/);
        expect(body.error?.code, context).toMatch(/^[a-z_]+$/);
      }
    }
    // The run must really have reached validation, not stopped at the door.
    expect(statuses[400]).toBeGreaterThan(COUNT / 4);
    expect(Object.keys(statuses).some((s) => Number(s) === 413)).toBe(true);
    // And nothing it sent broke the audit chain.
    expect((await t.platform.store.audit.verify()).ok).toBe(true);
  });
});
