#!/usr/bin/env node
// Benchmarks of the market in one process, on a durable SQLite file, through
// the same services the HTTP routes call: orders per second (buying an offer,
// and by requirement, matched by the placement engine), metered captures per
// second, one spot auction with many bids, and a statement of many postings.
// Plain job submissions in the same run are the baseline the ratios compare to.
//   node bench/market.js [--orders 2000] [--requirements 300] [--bids 1000] [--concurrency 16]
// Figures go into bench/RESULTS.md by hand, with the date and the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { readScenarioDocument } from '../dist/formats/scenario-file.js';
import { loadConfig } from '../dist/server/config.js';
import { Platform } from '../dist/server/platform.js';
import { SYSTEM } from '../dist/server/services/actor.js';
import { jobReportSchema, jobSubmitSchema } from '../dist/server/services/job.service.js';
import { topUpSchema } from '../dist/server/services/ledger.service.js';
import { offerCreateSchema, orderCreateSchema } from '../dist/server/services/market/index.js';
import { openStore } from '../dist/store/store.js';
import { flag } from './serve.js';

const ORDERS = flag('orders', 2000);
const REQUIREMENTS = flag('requirements', 300);
const BIDS = flag('bids', 1000);
const CONCURRENCY = flag('concurrency', 16);
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'suanli-bench-market-'));

const clock = { now: () => Date.now() };
const store = await openStore({ sqliteFile: join(dir, 'suanli.db') }, clock.now());
const p = new Platform(loadConfig({ flags: { dataDir: dir, minBalance: '0', spotNoticeS: 30 } }), store, clock, pino({ level: 'silent' }));
const scenarioFile = join(root, 'data/scenarios/national.yaml');
await p.network.loadScenario(readScenarioDocument(scenarioFile), SYSTEM, scenarioFile);
await p.identity.createTenant({ id: 'bench', name: 'Bench' }, SYSTEM);
await p.ledger.topUp('bench', topUpSchema.parse({ amount: '100000' }), SYSTEM);
const live = await p.network.require();

// Every pool offers all its units on demand at its list price; one pool also sells spot.
let anOffer;
let spotOffer;
for (const d of live.scenario.dataCenters) {
  for (const pool of d.pools) {
    const o = await p.market.offers.create(offerCreateSchema.parse({ dataCenter: d.id, pool: pool.id, mode: 'on-demand', price: (pool.price / 10_000).toFixed(4), quantity: pool.units }), SYSTEM);
    if (pool.class === 'intelligent' && (!anOffer || pool.units > anOffer.quantity)) anOffer = o;
  }
}
{
  const d = live.scenario.dataCenters.find((x) => x.id === anOffer.dataCenter);
  const pool = d.pools.find((x) => x.id === anOffer.pool);
  spotOffer = await p.market.offers.create(offerCreateSchema.parse({ dataCenter: d.id, pool: pool.id, mode: 'spot', price: '0.5', quantity: Math.min(pool.units, 500) }), SYSTEM);
}

/** Runs `n` calls of `fn`, `CONCURRENCY` at a time; returns calls per second. */
async function rate(n, fn) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < n) await fn(next++);
  }));
  return n / ((performance.now() - t0) / 1000);
}

const job = { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch', tenant: 'bench' };
const submits = await rate(ORDERS, () => p.jobs.submit(jobSubmitSchema.parse(job), SYSTEM));
const buys = await rate(ORDERS, () => p.market.orders.create(orderCreateSchema.parse({ tenant: 'bench', offer: anOffer.id, units: 1, durationS: 600 }), SYSTEM));
const matches = await rate(REQUIREMENTS, () => p.market.orders.create(orderCreateSchema.parse({ tenant: 'bench', requirement: { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 3600, latency: 'batch' } }), SYSTEM));

// Metered captures: jobs under orders, reported finished with their use by the data center's agent.
const orders = (await store.market.orders({ tenantId: 'bench', state: 'matched', limit: ORDERS })).filter((o) => o.offerId === anOffer.id);
const agent = { tokenId: 'bench-agent', name: 'agent', role: 'dc-agent', dataCenters: [anOffer.dataCenter], source: 'bench' };
const jobIds = [];
for (const o of orders) jobIds.push((await p.jobs.submit(jobSubmitSchema.parse({ ...job, order: o.id }), SYSTEM)).job.id);
while ((await p.placement.placePending()).placed > 0);
for (const id of jobIds) {
  const j = await store.jobs.get(id);
  await p.jobs.report(id, jobReportSchema.parse({ epoch: j.epoch, state: 'running' }), agent);
}
const captures = await rate(jobIds.length, async (i) => {
  const j = await store.jobs.get(jobIds[i]);
  await p.jobs.report(jobIds[i], jobReportSchema.parse({ epoch: j.epoch, state: 'succeeded', unitSeconds: 300 + (i % 97) }), agent);
});

// One spot auction with many bids (each order clears the offer again as it arrives; the timed figure is one more clearing).
const bidsT0 = performance.now();
for (let i = 0; i < BIDS; i++) await p.market.orders.create(orderCreateSchema.parse({ tenant: 'bench', offer: spotOffer.id, units: 1 + (i % 3), durationS: 3600, bid: (0.5 + (i % 400) / 100).toFixed(2) }), SYSTEM);
const bidsS = (performance.now() - bidsT0) / 1000;
const a0 = performance.now();
await store.db.transaction((tx) => p.market.spot.clear(spotOffer.id, live, tx));
const auctionMs = performance.now() - a0;

const s0 = performance.now();
const statement = await p.ledger.statement('tenant', 'bench', {}, SYSTEM);
const statementMs = performance.now() - s0;
const verify = await store.ledger.verify();

console.log(`# market benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), SQLite file, concurrency ${CONCURRENCY}`);
console.log('| measure | result |');
console.log('|---|---|');
console.log(`| job submissions (baseline), ${ORDERS} | ${submits.toFixed(0)}/s |`);
console.log(`| orders buying an offer, ${ORDERS} | ${buys.toFixed(0)}/s (${(buys / submits).toFixed(2)} x job submissions) |`);
console.log(`| orders by requirement (engine match over ${(await store.market.offers({})).length} offers), ${REQUIREMENTS} | ${matches.toFixed(0)}/s |`);
console.log(`| metered captures (job reports with use), ${jobIds.length} | ${captures.toFixed(0)}/s |`);
console.log(`| ${BIDS} spot bids, each clearing the offer | ${(BIDS / bidsS).toFixed(0)} bids/s; one clearing of ${BIDS} bids ${auctionMs.toFixed(1)} ms |`);
console.log(`| statement of ${statement.lines.length} postings | ${statementMs.toFixed(0)} ms, reconciled ${statement.reconciled} |`);
console.log(`| ledger verify (${verify.transactions} transactions) | ${verify.ok ? 'ok' : verify.problems.join('; ')} |`);
await store.close();
rmSync(dir, { recursive: true, force: true });
