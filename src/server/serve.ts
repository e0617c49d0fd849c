import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../core/clock.js';
import { readScenarioDocument } from '../formats/scenario-file.js';
import { openStore } from '../store/store.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { Demo } from './demo.js';
import type { LoopsMessage } from './loops-worker.js';
import { Loops, Platform } from './platform.js';
import { SYSTEM } from './services/actor.js';
import { canonicalJson } from '../core/canonical-json.js';

/** The reference network shipped with Suanli, loaded in demo mode. */
export const REFERENCE_SCENARIO = fileURLToPath(new URL('../../data/scenarios/national.yaml', import.meta.url));

export const systemClock: Clock = { now: () => Date.now() };

export interface RunningServer {
  url: string;
  platform: Platform;
  app: FastifyInstance;
  /** Secrets issued at this start (the bootstrap admin token, the demo tokens). */
  issued: { name: string; role: string; secret: string }[];
  stop(): Promise<void>;
}

interface LoopsWorker {
  stop(): Promise<void>;
}

/** Runs the background loops in a worker thread; its placements and leadership show in this thread's metrics. */
async function startLoopsWorker(config: Config, platform: Platform): Promise<LoopsWorker> {
  const worker = new Worker(new URL('./loops-worker.js', import.meta.url), { workerData: config });
  let stopped = false;
  worker.on('message', (m: LoopsMessage) => {
    if (m.kind === 'round' && m.round) platform.metrics.countRound(m.round);
    if (m.kind === 'leader') platform.metrics.leader.set(m.value ?? 0);
  });
  worker.on('error', (err) => platform.log.error({ err }, 'the background loops stopped with an error'));
  await new Promise<void>((resolve, reject) => {
    const onMessage = (m: LoopsMessage): void => {
      if (m.kind !== 'ready') return;
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the background loops exited with code ${code}`)));
  });
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      // The worker finishes its round, closes its store and says so; then it is ended.
      const done = new Promise<void>((r) => {
        worker.once('exit', () => r());
        worker.on('message', (m: LoopsMessage) => m.kind === 'stopped' && r());
      });
      worker.postMessage({ kind: 'stop' });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([done, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
      clearTimeout(timer);
      await worker.terminate();
    },
  };
}

/**
 * Starts a platform: opens and migrates the store, loads the scenario if one
 * is given (a new network version only when it differs from the stored one),
 * issues an admin token on first start (and in demo mode at every start),
 * starts the background loops and listens.
 */
export async function startServer(config: Config, clock: Clock = systemClock): Promise<RunningServer> {
  const log = pino({ level: config.logLevel, base: { service: 'suanli' } });
  if (!config.databaseUrl || config.demo) {
    // The data dir holds the store and the demo's job records: closed to other users. The demo's isolated jobs
    // pass through it to their own directories, so there it is passable but not listable.
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    chmodSync(config.dataDir, config.demo ? 0o711 : 0o700);
  }
  const store = await openStore({ ...(config.databaseUrl && { databaseUrl: config.databaseUrl }), sqliteFile: join(config.dataDir, 'suanli.db') }, clock.now());
  const platform = new Platform(config, store, clock, log);
  const issued: RunningServer['issued'] = [];
  let loops: Loops | undefined;
  let worker: LoopsWorker | undefined;
  let demo: Demo | undefined;
  let app: FastifyInstance | undefined;
  try {
    const scenarioFile = config.scenario ?? (config.demo ? REFERENCE_SCENARIO : undefined);
    if (scenarioFile) {
      const doc = readScenarioDocument(scenarioFile);
      const stored = await store.network.latest();
      if (!stored || canonicalJson(stored.document) !== canonicalJson(doc)) {
        const r = await platform.network.loadScenario(doc, SYSTEM, scenarioFile);
        log.info({ version: r.version, dataCenters: r.dataCenters, file: scenarioFile }, 'network loaded');
      }
    }
    // The live network (placement context, latencies) is built before the first request, which then does not wait for it.
    await platform.network.current();
    // Listen before any token is issued: a port that is taken must not cost the only bootstrap token.
    app = await buildApp(platform);
    const address = await app.listen({ host: config.host, port: config.port });
    const admins = (await store.identity.listTokens()).filter((t) => t.role === 'platform-admin' && t.revokedAt === undefined);
    if (admins.length === 0 || config.demo) {
      const t = await platform.identity.issue({ name: config.demo ? 'demo admin' : 'bootstrap admin', role: 'platform-admin' }, SYSTEM);
      issued.push({ name: t.token.name, role: 'platform-admin', secret: t.secret });
    }
    if (config.demo) {
      demo = new Demo(platform, clock);
      await demo.start();
      const t = await platform.identity.issue({ name: 'demo tenant user', role: 'tenant-member', tenantId: 'demo' }, SYSTEM);
      issued.push({ name: t.token.name, role: 'tenant-member (tenant demo)', secret: t.secret });
    }
    if (config.loopsInWorker) {
      worker = await startLoopsWorker(config, platform);
    } else {
      loops = new Loops(platform);
      loops.start();
    }
    const url = address.replace('[::1]', 'localhost');
    log.info({ url, store: store.kind, demo: config.demo, role: config.role }, 'listening');
    const running: RunningServer = {
      url, platform, app, issued,
      async stop() {
        await demo?.stop();
        await loops?.stop();
        await worker?.stop();
        await app?.close();
        await store.close();
      },
    };
    return running;
  } catch (e) {
    await demo?.stop();
    await loops?.stop();
    await worker?.stop();
    await app?.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw e;
  }
}
