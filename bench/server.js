#!/usr/bin/env node
// Benchmarks of the platform server over real HTTP on loopback: jobs
// submitted and placed per second, sustained, durable on SQLite; and
// telemetry samples ingested per second in batches. The server runs as its
// own process (as users run it); autocannon drives it from this one.
//   node bench/server.js [--seconds 60] [--batch-seconds 20] [--telemetry-seconds 20] [--connections 32] [--batch 1000] [--no-keys]
// Figures go into bench/RESULTS.md by hand, with the date and the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { flag, startPlatform } from './serve.js';

const SECONDS = flag('seconds', 60);
const TELEMETRY_SECONDS = flag('telemetry-seconds', 20);
const CONNECTIONS = flag('connections', 32);
const BATCH = flag('batch', 1000);
// Without idempotency keys every request can be the same bytes, which costs the load generator less.
const KEYS = !process.argv.includes('--no-keys');
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'suanli-bench-server-'));

const { proc, url, admin } = await startPlatform(['--data-dir', dir, '--scenario', join(root, 'data/scenarios/national.yaml')], { SUANLI_BODY_LIMIT_BYTES: String(16 * 1024 * 1024) });

async function api(method, path, body, token = admin) {
  const res = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
async function metric(name) {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? 0);
}
function run(opts) {
  return new Promise((resolve, reject) => autocannon({ url, connections: CONNECTIONS, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));
}

await api('POST', '/v1/tenants', { id: 'bench', name: 'Bench' });
const tenant = (await api('POST', '/v1/users', { name: 'bench', role: 'tenant-member', tenant: 'bench' })).secret;

// 0. The floor of this machine and client: the cheapest route, for a ratio that survives a noisy machine.
const floor = await run({ duration: 5, url: `${url}/healthz` });

// 1. Jobs: each request a distinct job with its own idempotency key; the placement loop places them as they come.
const origins = ['shanghai', 'beijing', 'guangzhou', 'shenzhen', 'hangzhou', 'chengdu', 'chongqing', 'wuhan'];
const latencies = ['batch', 'interactive', 'batch', 'batch'];
let n = 0;
const placedBefore = await metric('suanli_placements_total');
const t0 = performance.now();
const plainBody = JSON.stringify({ origin: 'shanghai', class: 'intelligent', units: 1, durationS: 3600, latency: 'batch' });
const jobs = await run({
  duration: SECONDS,
  requests: KEYS ? undefined : [{ method: 'POST', path: '/v1/jobs', headers: { authorization: `Bearer ${tenant}`, 'content-type': 'application/json' }, body: plainBody }],
  ...(KEYS && { requests: [{
    method: 'POST', path: '/v1/jobs',
    setupRequest: (req) => {
      const i = n++;
      return {
        ...req,
        headers: { authorization: `Bearer ${tenant}`, 'content-type': 'application/json', 'idempotency-key': `bench-${i}` },
        body: JSON.stringify({ origin: origins[i % origins.length], class: 'intelligent', units: 1, durationS: 3600, latency: latencies[i % latencies.length] }),
      };
    },
  }] }),
});
const submitSeconds = (performance.now() - t0) / 1000;
// Let the placer finish the backlog, then count.
let placed = 0;
let last = -1;
while (placed !== last) {
  last = placed;
  await new Promise((r) => setTimeout(r, 1000));
  placed = (await metric('suanli_placements_total')) - placedBefore;
}
const drainSeconds = (performance.now() - t0) / 1000;
const ok = jobs['2xx'];

// 1b. Jobs in batches of 100 per request (POST /v1/jobs/batch), as array jobs are submitted. They are
// latency-tolerant (the kind that comes in arrays), so the whole network can take them: no agent ends
// jobs in this benchmark, and interactive work would fill the eastern pools near its origins.
const BATCH_SECONDS = flag('batch-seconds', 20);
const batchBody = JSON.stringify({ jobs: Array.from({ length: 100 }, (_, i) => ({ origin: origins[i % origins.length], class: 'intelligent', units: 1, durationS: 3600, latency: 'batch' })) });
const placedBeforeBatch = await metric('suanli_placements_total');
const tb = performance.now();
const batches = await run({
  duration: BATCH_SECONDS,
  connections: 8,
  requests: [{ method: 'POST', path: '/v1/jobs/batch', headers: { authorization: `Bearer ${tenant}`, 'content-type': 'application/json' }, body: batchBody }],
});
const batchSubmitSeconds = (performance.now() - tb) / 1000;
let placedBatch = 0;
last = -1;
while (placedBatch !== last) {
  last = placedBatch;
  await new Promise((r) => setTimeout(r, 1000));
  placedBatch = (await metric('suanli_placements_total')) - placedBeforeBatch;
}
const batchDrainSeconds = (performance.now() - tb) / 1000;

// 2. Telemetry: batches of pool samples across the network's pools, from an admin token.
const network = await api('GET', '/v1/datacenters?limit=500');
const pools = network.dataCenters.flatMap((d) => d.pools.map((p) => ({ dc: d.id, pool: p.id, units: p.units })));
let k = 0;
const samplesBefore = await metric('suanli_telemetry_samples_total');
const tel = await run({
  duration: TELEMETRY_SECONDS,
  connections: Math.min(CONNECTIONS, 8),
  requests: [{
    method: 'POST', path: '/v1/telemetry',
    setupRequest: (req) => {
      const now = Date.now();
      const samples = Array.from({ length: BATCH }, () => {
        const p = pools[k++ % pools.length];
        return { dataCenter: p.dc, pool: p.pool, at: now, unitsInUse: Math.floor(p.units * 0.5), utilisation: 0.5 };
      });
      return { ...req, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ samples }) };
    },
  }],
});
const samples = (await metric('suanli_telemetry_samples_total')) - samplesBefore;

proc.kill('SIGTERM');
await new Promise((r) => proc.once('exit', r));
rmSync(dir, { recursive: true, force: true });

const fmt = (x) => Math.round(x).toLocaleString('en-US');
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, SQLite store`);
console.log(`GET /healthz, ${CONNECTIONS} connections, 5 s: ${fmt(floor.requests.average)}/s (the HTTP floor of this machine and client)`);
console.log(`jobs over HTTP${KEYS ? ' with idempotency keys' : ', no keys, identical bodies'}, ${CONNECTIONS} connections, ${SECONDS} s: ${fmt(ok)} accepted (${fmt(ok / submitSeconds)}/s), non-2xx ${jobs.non2xx}, errors ${jobs.errors}, timeouts ${jobs.timeouts}`);
console.log(`  ${(ok / submitSeconds / floor.requests.average * 100).toFixed(1)}% of the floor's rate; latency p50 ${jobs.latency.p50} ms, p99 ${jobs.latency.p99} ms, max ${jobs.latency.max} ms`);
console.log(`  placed ${fmt(placed)} (${fmt(placed / SECONDS)}/s over the submission window; all placed ${Math.round(drainSeconds - submitSeconds)} s after it ended)`);
console.log(`jobs in batches of 100 over HTTP, 8 connections, ${BATCH_SECONDS} s: ${fmt(batches['2xx'] * 100)} accepted (${fmt((batches['2xx'] * 100) / batchSubmitSeconds)}/s), non-2xx ${batches.non2xx}, p50 ${batches.latency.p50} ms, p99 ${batches.latency.p99} ms`);
console.log(`  placed ${fmt(placedBatch)} (${fmt(placedBatch / (batchDrainSeconds - 1))}/s from the first submission until the backlog was empty, ${Math.round(batchDrainSeconds - batchSubmitSeconds)} s after the last)`);
console.log(`telemetry, batches of ${BATCH}, ${TELEMETRY_SECONDS} s: ${fmt(samples)} samples (${fmt(samples / TELEMETRY_SECONDS)}/s), ${fmt(tel['2xx'])} batches, non-2xx ${tel.non2xx}, p50 ${tel.latency.p50} ms, p99 ${tel.latency.p99} ms`);
