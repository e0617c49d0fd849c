import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
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

  it('limits failed authentication per address: random bearer tokens get 429, and a good token from elsewhere is unaffected', async () => {
    const bogus = async (ip: string) => (await t.app.inject({ method: 'GET', url: '/v1/network', remoteAddress: ip, headers: { authorization: `Bearer sl_${Math.random().toString(36).slice(2)}` } })).statusCode;
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push(await bogus('10.0.0.7'));
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
    // A token never seen working waits too; one that has worked before is still served from that address.
    const fresh = await t.app.inject({ method: 'GET', url: '/v1/network', remoteAddress: '10.0.0.7', headers: { authorization: `Bearer ${t.tokens.operator}` } });
    expect(fresh.statusCode).toBe(429);
    expect((await t.app.inject({ method: 'GET', url: '/v1/network', remoteAddress: '10.0.0.8', headers: { authorization: `Bearer ${t.tokens.operator}` } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/v1/network', remoteAddress: '10.0.0.7', headers: { authorization: `Bearer ${t.tokens.operator}` } })).statusCode).toBe(200);
    expect(await bogus('10.0.0.8')).toBe(401);
    t.clock.advance(1000);
    expect(await bogus('10.0.0.7')).toBe(401);
  });

  it('takes JSON in UTF-8 only: another media type or charset is 415, and nothing is stored', async () => {
    const before = (await t.call(t.tokens.member, 'GET', '/v1/jobs?limit=100')).body.jobs.length;
    const job = JSON.stringify({ origin: 'shanghai', class: 'general', units: 1, durationS: 60, latency: 'batch' });
    for (const type of ['text/plain', 'application/xml', 'application/json; charset=utf-16', 'application/json; charset=latin1']) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/jobs', payload: job, headers: { authorization: `Bearer ${t.tokens.member}`, 'content-type': type } });
      expect([type, r.statusCode]).toEqual([type, 415]);
      expect(r.json().error.code).toBe('unsupported_media_type');
    }
    const ok = await t.app.inject({ method: 'POST', url: '/v1/jobs', payload: job, headers: { authorization: `Bearer ${t.tokens.member}`, 'content-type': 'application/json; charset=UTF-8' } });
    expect(ok.statusCode).toBe(201);
    expect((await t.call(t.tokens.member, 'GET', '/v1/jobs?limit=100')).body.jobs.length).toBe(before + 1);
  });
});

describe('slow request bodies', () => {
  it('closes a connection whose body trickles in past the request timeout, with no token given', async () => {
    const t = await testPlatform('sqlite', { requestTimeoutS: 1 });
    try {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const port = (t.app.server.address() as AddressInfo).port;
      const sockets = Array.from({ length: 5 }, () => connect(port, '127.0.0.1'));
      const closed = sockets.map((s) => new Promise<number>((resolve) => {
        const started = Date.now();
        s.on('close', () => resolve(Date.now() - started));
        s.on('error', () => undefined);
        s.write('POST /v1/federation/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
        const drip = setInterval(() => s.writable && s.write(' '), 300);
        s.on('close', () => clearInterval(drip));
      }));
      const times = await Promise.all(closed);
      for (const ms of times) expect(ms).toBeLessThan(5000);
    } finally {
      await t.close();
    }
  });
});
