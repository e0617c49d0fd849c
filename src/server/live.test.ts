import { afterEach, describe, expect, it } from 'vitest';
import { testPlatform } from '../../test/platform.js';
import type { TestPlatform } from '../../test/platform.js';
import { MAX_STREAMS_PER_TOKEN } from './live.js';

/** Reads server-sent events off a live stream, one at a time. */
async function follow(t: TestPlatform, token: string, url = '/v1/events') {
  const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` }, payloadAsStream: true });
  const stream = res.stream();
  const it = stream[Symbol.asyncIterator]();
  let buffer = '';
  return {
    status: res.statusCode,
    headers: res.headers,
    /** The next event (its name and JSON data), waiting at most `ms`. */
    async next(ms = 8000): Promise<{ event: string; data: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- events carry the API's JSON
      const deadline = Date.now() + ms;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) return { event, data: JSON.parse(data) };
          continue;
        }
        if (Date.now() > deadline) throw new Error(`no event within ${ms} ms; got ${JSON.stringify(buffer)}`);
        const chunk = await it.next();
        if (chunk.done) throw new Error('the stream ended');
        buffer += String(chunk.value);
      }
    },
    close: () => stream.destroy(),
  };
}

describe('the live stream', () => {
  let t: TestPlatform;
  afterEach(async () => {
    await t?.close();
  });

  it('sends a tenant its jobs at once and again when they change, and only what it may read', async () => {
    t = await testPlatform();
    const s = await follow(t, t.tokens.member);
    expect(s.status).toBe(200);
    expect(s.headers['content-type']).toMatch(/^text\/event-stream/);
    const first = await s.next();
    expect(first).toEqual({ event: 'jobs', data: { jobs: [], nextCursor: null } });
    const job = await t.call(t.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' });
    // Another tenant's job is not news to this one.
    await t.call(t.tokens.otherTenant, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' });
    const next = await s.next();
    expect(next.event).toBe('jobs');
    expect(next.data.jobs.map((j: { id: string; state: string }) => [j.id, j.state])).toEqual([[job.body.id, 'pending']]);
    await t.platform.placement.placePending();
    const placed = await s.next();
    expect(placed.data.jobs[0]).toMatchObject({ id: job.body.id, state: 'placed' });
    s.close();
  });

  it('sends a regulator the national summary and the alerts, equal to their reads', async () => {
    t = await testPlatform();
    const s = await follow(t, t.tokens.regulator);
    const events = [await s.next(), await s.next()];
    expect(events.map((e) => e.event)).toEqual(['summary', 'alerts']);
    const summary = (await t.call(t.tokens.regulator, 'GET', '/v1/monitoring/summary')).body;
    const { asOf: _a, ...figures } = summary;
    const { asOf: _b, ...streamed } = events[0]!.data;
    expect(streamed).toEqual(figures);
    expect(events[1]!.data).toEqual((await t.call(t.tokens.regulator, 'GET', '/v1/alerts?limit=100')).body);
    s.close();
  });

  it('refuses a topic the role may not read, an unknown topic, and an agent', async () => {
    t = await testPlatform();
    const denied = await t.call(t.tokens.member, 'GET', '/v1/events?topics=summary,alerts');
    expect(denied.status).toBe(403);
    const bad = await t.call(t.tokens.member, 'GET', '/v1/events?topics=jobs,weather');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain('topics');
    expect(JSON.stringify(bad.body)).toMatch(/weather.{0,3} is not one/);
    expect((await t.call(t.tokens.agent, 'GET', '/v1/events')).status).toBe(403);
    const some = await follow(t, t.tokens.admin, '/v1/events?topics=alerts');
    expect((await some.next()).event).toBe('alerts');
    some.close();
  });

  it('lets one token hold a few streams at once, not more, and frees a place when a client goes (real sockets)', async () => {
    t = await testPlatform();
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    /** A stream over a real socket: its status once its first bytes came, and a way to hang up. */
    const open = async (token: string) => {
      const ctrl = new AbortController();
      const res = await fetch(`${base}/v1/events`, { headers: { authorization: `Bearer ${token}` }, signal: ctrl.signal });
      if (res.ok) await res.body!.getReader().read();
      else await res.text();
      return { status: res.status, retryAfter: res.headers.get('retry-after'), hangUp: () => ctrl.abort() };
    };
    const held = [];
    for (let i = 0; i < MAX_STREAMS_PER_TOKEN; i++) held.push(await open(t.tokens.member));
    expect(held.map((h) => h.status)).toEqual(Array(MAX_STREAMS_PER_TOKEN).fill(200));
    const refused = await open(t.tokens.member);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).not.toBeNull();
    // Another token is not held back by this one's streams.
    const other = await open(t.tokens.tenantAdmin);
    expect(other.status).toBe(200);
    held[0]!.hangUp();
    await expect.poll(async () => {
      const again = await open(t.tokens.member);
      again.hangUp();
      return again.status;
    }, { timeout: 10_000 }).toBe(200);
    for (const h of [...held, other]) h.hangUp();
  });

  it('ends open streams when the server stops, so that it stops at once', async () => {
    t = await testPlatform();
    const s = await follow(t, t.tokens.member);
    await s.next();
    const t0 = Date.now();
    await t.app.close();
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
