import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import type { Config } from '../src/server/config.js';
import { Platform } from '../src/server/platform.js';
import { SYSTEM } from '../src/server/services/actor.js';
import { readScenarioDocument } from '../src/formats/scenario-file.js';
import { freshStore } from './databases.js';
import { NATIONAL } from './fixtures.js';

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public t = Date.parse('2026-11-22T02:00:00Z')) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export interface TestPlatform {
  platform: Platform;
  app: FastifyInstance;
  clock: ManualClock;
  /** Secrets of one token per role, plus a second tenant's. */
  tokens: Record<'admin' | 'regulator' | 'operator' | 'tenantAdmin' | 'member' | 'agent' | 'otherTenant', string>;
  /** Makes an authorised request and returns status and parsed JSON. */
  call(token: string | undefined, method: string, url: string, body?: unknown, headers?: Record<string, string>): // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
  Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

/**
 * A platform on a fresh store with the national network loaded, a tenant
 * "acme" (and "globex"), and a token for every role: the operator runs
 * qingyang-1 and ningxia-1, the agent serves qingyang-1.
 */
export async function testPlatform(engine: 'sqlite' | 'postgres' = 'sqlite', config: Partial<Config> = {}): Promise<TestPlatform> {
  const clock = new ManualClock();
  const store = await freshStore(engine, clock.now());
  // Unit tests send telemetry for a few data centers by hand; requireReport is tested on its own.
  const platform = new Platform(loadConfig({ flags: { requireReport: false, ...config } }), store, clock, pino({ level: 'silent' }));
  await platform.network.loadScenario(readScenarioDocument(NATIONAL), SYSTEM, NATIONAL);
  const dcs = [...(await platform.network.require()).dataCenters.keys()];
  const opDcs = dcs.slice(0, 2);
  await platform.identity.createTenant({ id: 'acme', name: 'Acme Robotics' }, SYSTEM);
  await platform.identity.createTenant({ id: 'globex', name: 'Globex' }, SYSTEM);
  const issue = async (spec: Parameters<Platform['identity']['issue']>[0]) => (await platform.identity.issue(spec, SYSTEM)).secret;
  const tokens = {
    admin: await issue({ name: 'root', role: 'platform-admin' }),
    regulator: await issue({ name: 'miit', role: 'regulator' }),
    operator: await issue({ name: 'ops', role: 'dc-operator', dataCenters: opDcs }),
    tenantAdmin: await issue({ name: 'acme-admin', role: 'tenant-admin', tenantId: 'acme' }),
    member: await issue({ name: 'acme-dev', role: 'tenant-member', tenantId: 'acme' }),
    agent: await issue({ name: 'agent', role: 'dc-agent', dataCenters: [opDcs[0]!] }),
    otherTenant: await issue({ name: 'globex-dev', role: 'tenant-member', tenantId: 'globex' }),
  };
  const app = await buildApp(platform);
  await app.ready();
  return {
    platform, app, clock, tokens,
    async call(token, method, url, body, headers = {}) {
      // The live stream never ends: read its opening events, then let it go.
      if (url.startsWith('/v1/events')) return readStream(app, token, url);
      const res = await app.inject({
        method: method as 'GET', url,
        headers: { ...(token && { authorization: `Bearer ${token}` }), ...headers },
        ...(body !== undefined && { payload: body as object }),
      });
      let parsed: unknown;
      try {
        parsed = res.json();
      } catch {
        parsed = res.body;
      }
      return { status: res.statusCode, body: parsed, headers: res.headers };
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** The data centers the test operator runs: the first two of the national network. */
export async function operatorDataCenters(t: TestPlatform): Promise<string[]> {
  return [...(await t.platform.network.require()).dataCenters.keys()].slice(0, 2);
}

/** The status and first events of a server-sent event stream, read until its first event (or 5 s), then dropped. */
async function readStream(app: FastifyInstance, token: string | undefined, url: string): Promise<{ status: number; body: any; headers: Record<string, unknown> }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- as call()
  const res = await app.inject({ method: 'GET', url, headers: { ...(token && { authorization: `Bearer ${token}` }) }, payloadAsStream: true });
  const stream = res.stream();
  let text = '';
  const deadline = Date.now() + 5000;
  for await (const chunk of stream) {
    text += String(chunk);
    if (res.statusCode !== 200 || /^event: /m.test(text) && text.endsWith('\n\n') || Date.now() > deadline) break;
  }
  stream.destroy();
  let parsed: unknown = text;
  if (res.statusCode !== 200) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  return { status: res.statusCode, body: parsed, headers: res.headers };
}
