#!/usr/bin/env node
// How many child uploads one parent platform absorbs per second, and the lag
// at that rate. The parent runs as its own process (`suanli serve`, SQLite);
// this process plays N children on loopback: each registers its Ed25519 key,
// then sends signed summary messages as fast as the parent acknowledges them.
//   node bench/federation.js [--children 50] [--seconds 20] [--batch 1]
// Figures go into bench/RESULTS.md by hand, with the date and the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { newKeyPair, signEnvelope } from '../dist/federation/envelope.js';
import { flag, startPlatform } from './serve.js';

const CHILDREN = flag('children', 50);
const SECONDS = flag('seconds', 20);
const BATCH = flag('batch', 1);
const dir = mkdtempSync(join(tmpdir(), 'suanli-bench-fed-'));

const { proc, url, admin } = await startPlatform(['--data-dir', dir], { SUANLI_PLATFORM_ID: 'national' });

// A summary as a hub platform of ~50 data centers uploads it.
const summary = {
  dataCenters: { total: 50, reporting: 50, stale: 0 }, capacityP: { general: 120.5, intelligent: 9800.25, super: 310 },
  capacityUnits: { general: 400000, intelligent: 40000, super: 5000 }, inUseP: { general: 80, intelligent: 6100, super: 200 },
  inUseUnits: { general: 260000, intelligent: 25000, super: 3100 }, racks: { built: 60000, inUse: 38000 }, powerKw: 420000.5,
  powerEstimatedFor: 0, pue: 1.25, greenShare: 0.41, carbonTodayKg: 912345.6, jobs: { byState: { running: 1200, pending: 30 }, running: 1200 },
  eastToWest: { jobs: 300, units: 2400 },
};

const kids = [];
for (let i = 0; i < CHILDREN; i++) {
  const keys = newKeyPair();
  const id = `child-${i}`;
  const res = await fetch(`${url}/v1/federation/children`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ id, role: 'hub', publicKey: keys.publicKey }) });
  if (res.status !== 201) throw new Error(`register ${id}: ${res.status} ${await res.text()}`);
  kids.push({ id, keys, seq: 0 });
}

let messages = 0;
const lags = [];
const end = Date.now() + SECONDS * 1000;
await Promise.all(kids.map(async (k) => {
  while (Date.now() < end) {
    const now = Date.now();
    const batch = Array.from({ length: BATCH }, () => signEnvelope({ from: k.id, to: 'national', seq: ++k.seq, at: now, kind: 'summary', body: { data: summary, createdAt: now } }, k.keys.privateKey));
    const res = await fetch(`${url}/v1/federation/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: batch }) });
    const body = await res.json();
    if (res.status !== 200 || body.applied !== BATCH) throw new Error(`${k.id}: ${res.status} ${JSON.stringify(body)}`);
    messages += BATCH;
    // Lag: from the moment the child made the figures to the parent's acknowledgement of having applied them.
    lags.push(Date.now() - now);
  }
}));
lags.sort((a, b) => a - b);
const q = (p) => lags[Math.min(lags.length - 1, Math.floor(p * lags.length))];
const rate = messages / SECONDS;
console.log(`# federation benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), parent on SQLite, ${CHILDREN} children on loopback, ${BATCH} message(s) per delivery`);
console.log('| measure | result |');
console.log('|---|---|');
console.log(`| summary uploads applied, ${SECONDS} s | ${messages} (${rate.toFixed(0)}/s) |`);
console.log(`| lag, figures made to applied | p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${lags.at(-1)} ms |`);
proc.kill('SIGTERM');
await new Promise((r) => proc.once('exit', r));
rmSync(dir, { recursive: true, force: true });
