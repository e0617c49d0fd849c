import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pino } from 'pino';
import { openStore } from '../store/store.js';
import type { Config } from './config.js';
import { Loops, Platform } from './platform.js';
import type { PlacementRound } from './services/placement.service.js';

/**
 * The background loops in a worker thread, with a store connection of their
 * own: placement and rollups use the second core instead of delaying HTTP
 * answers. The worker reports placements and leadership to the main thread,
 * which owns /metrics, and stops when told to.
 */
export interface LoopsMessage {
  kind: 'round' | 'leader' | 'ready' | 'stopped';
  value?: number;
  round?: PlacementRound;
}

const config = workerData as Config;
const port = parentPort!;
const log = pino({ level: config.logLevel, base: { service: 'suanli', thread: 'loops' } });
const store = await openStore({ ...(config.databaseUrl && { databaseUrl: config.databaseUrl }), sqliteFile: join(config.dataDir, 'suanli.db') }, Date.now());
const platform = new Platform(config, store, { now: () => Date.now() }, log);
const loops = new Loops(platform, {
  // Every round goes to the main thread, whose /metrics counts placements by outcome and rule.
  onRound: (round) => {
    if (round.placed + round.routed + round.waiting + round.failed > 0) port.postMessage({ kind: 'round', round } satisfies LoopsMessage);
  },
  onLeader: (leader) => port.postMessage({ kind: 'leader', value: leader ? 1 : 0 } satisfies LoopsMessage),
});
loops.start();
port.postMessage({ kind: 'ready' } satisfies LoopsMessage);
port.on('message', (m: { kind: string }) => {
  if (m.kind !== 'stop') return;
  void (async () => {
    await loops.stop();
    await store.close();
    port.postMessage({ kind: 'stopped' } satisfies LoopsMessage);
    port.close();
  })();
});
