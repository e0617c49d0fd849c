import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPlatform } from '../../test/platform.js';
import type { TestPlatform } from '../../test/platform.js';

describe('limits', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await testPlatform('sqlite', { bodyLimitBytes: 4096, rateLimitPerSecond: 5, rateLimitBurst: 10 });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a body over the limit with 413 and a JSON error', async () => {
    const r = await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', name: 'x'.repeat(5000) });
    expect(r.status).toBe(413);
    expect(r.body.error).toMatchObject({ code: 'payload_too_large', message: 'Request body is too large' });
  });

  it('limits each token to its rate with 429 and Retry-After, and other tokens are unaffected', async () => {
    const statuses: number[] = [];
    let retryAfter: unknown;
    for (let i = 0; i < 12; i++) {
      const r = await t.call(t.tokens.regulator, 'GET', '/v1/network');
      statuses.push(r.status);
      if (r.status === 429) {
        retryAfter = r.headers['retry-after'];
        expect(r.body.error).toMatchObject({ code: 'rate_limited', message: 'rate limit exceeded: retry after 1 s' });
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(retryAfter).toBe('1');
    expect((await t.call(t.tokens.admin, 'GET', '/v1/network')).status).toBe(200);
    // The bucket refills at the sustained rate.
    t.clock.advance(1000);
    expect((await t.call(t.tokens.regulator, 'GET', '/v1/network')).status).toBe(200);
  });

  it('answers unknown routes and bad tokens with JSON', async () => {
    const r = await t.call(t.tokens.admin, 'GET', '/v1/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('no route GET /v1/nothing-here');
    const bad = await t.call('sl_forged', 'GET', '/v1/jobs');
    expect(bad.status).toBe(401);
    expect(bad.body.error.message).toBe('unknown token');
    const malformed = await t.app.inject({ method: 'GET', url: '/v1/jobs', headers: { authorization: 'Basic abc' } });
    expect(malformed.json().error.message).toBe('the Authorization header must be "Bearer <token>"');
  });

  it('serves health, readiness, metrics and the OpenAPI document', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready', store: 'sqlite' });
    const metrics = (await t.app.inject({ url: '/metrics' })).body;
    for (const name of ['suanli_http_requests_total', 'suanli_http_request_duration_seconds', 'suanli_jobs', 'suanli_placements_total', 'suanli_telemetry_samples_total', 'suanli_store_latency_seconds']) {
      expect(metrics).toContain(`# TYPE ${name} `);
    }
    expect(metrics).toMatch(/suanli_http_requests_total\{method="GET",route="\/v1\/network",status="429"\} 2/);
    const spec = (await t.app.inject({ url: '/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toContain('/v1/jobs/{id}');
    expect(spec.paths['/v1/jobs'].post.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['origin', 'class', 'units', 'durationS']));
    const docs = await t.app.inject({ url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    const css = await t.app.inject({ url: '/docs/static/swagger-ui.css' });
    expect(css.statusCode).toBe(200);
    expect(css.body.length).toBeGreaterThan(10_000);
  });
});
