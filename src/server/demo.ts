import { join } from 'node:path';
import { isolationFromConfig } from '../agent/executors/isolation.js';
import { LocalExecutor } from '../agent/executors/local.js';
import { streamForUpload } from '../agent/output-tail.js';
import { formatYuan } from '../core/money.js';
import type { Clock } from '../core/clock.js';
import { SeededRng, randomNormal } from '../core/rng.js';
import type { Rng } from '../core/rng.js';
import { generateJobs } from '../core/workload/generate.js';
import type { JobSpec } from '../core/workload/job.js';
import type { Platform } from './platform.js';
import type { Principal } from './services/actor.js';
import type { Idempotency } from './services/idempotency.js';
import { jobOutputSchema, jobReportSchema, jobSubmitSchema, OUTPUT_TAIL_BYTES } from './services/job.service.js';
import { topUpSchema } from './services/ledger.service.js';
import { offerCreateSchema, orderCreateSchema } from './services/market/index.js';
import { parseTelemetry } from './services/telemetry.service.js';

/** The demo's own requests are made once: each key stands for one fixed request. */
const demoKey = (key: string): Idempotency => ({ key, hash: key });

const TICK_MS = 5000;
const DEMO_TENANT = 'demo';

/**
 * Demo mode: every data center of the network is simulated in-process. Each
 * sends telemetry every few seconds (a background load from its rack fill,
 * plus the units its jobs hold; power from the IT load and PUE; green share
 * swinging with the sun) and runs the jobs placed on it by sleeping for their
 * duration (scaled down to 30-900 s); a job that carries a command runs it
 * for real as a local process on this machine. A demand generator submits jobs of the
 * synthetic mix for tenant "demo". Everything goes through the same services
 * as real agents and users, so the audit log, the rollups and the alerts are
 * real; only the data centers are not.
 */
/** The demo's simulated data centers run commands as these uids, apart from any agent's default range. */
const DEMO_ISOLATION = { uids: { from: 201_000, to: 201_999 }, sandbox: 'auto', limits: { processes: 256, openFiles: 1024, memoryMiB: 4096 } } as const;

export class Demo {
  private timers: NodeJS.Timeout[] = [];
  private readonly rng: Rng;
  private queue: JobSpec[] = [];
  private busy = false;
  private stopped = false;

  /** Jobs that carry a command run here for real, as local processes. */
  private readonly executor: LocalExecutor;

  constructor(private readonly p: Platform, private readonly clock: Clock, seed = 2026) {
    this.rng = new SeededRng(seed);
    // Commands run only isolated, as on a real data center: as uids of their own (root), or not at all.
    const root = join(p.config.dataDir, 'demo-jobs');
    let { isolation, notice } = isolationFromConfig({ allowUnisolatedCommands: false, isolation: DEMO_ISOLATION });
    try {
      this.executor = new LocalExecutor(root, { isolation });
    } catch (e) {
      ({ isolation, notice } = { isolation: { kind: 'refuse', reason: (e as Error).message }, notice: `job commands are refused: ${(e as Error).message}` });
      this.executor = new LocalExecutor(root, { isolation });
    }
    p.log.info({ isolation: isolation.kind }, `demo data centers: ${notice}`);
  }

  /** Ensures the demo tenant exists and starts the simulated data centers and demand. */
  async start(): Promise<void> {
    if (!(await this.p.store.identity.getTenant(DEMO_TENANT))) {
      await this.p.identity.createTenant({ id: DEMO_TENANT, name: 'Demo Enterprise (simulated demand)' }, this.internal('demo'));
    }
    await this.seedMarket();
    await this.tick();
    this.timers.push(setInterval(() => void this.tick(), TICK_MS));
    const perMinute = this.p.config.demoJobsPerMinute;
    if (perMinute > 0) this.timers.push(setInterval(() => void this.submitOne(), 60_000 / perMinute));
  }

  /**
   * On a platform with no offers yet: every data center offers a tenth of
   * each pool on demand at its list price; western intelligent pools also
   * offer 30-day reserved terms at 25% off and spot capacity from 40% of the
   * list price. The demo tenant is topped up and buys a few orders: one by
   * requirement (with a short job under it, so its use is billed), one
   * reserved term and one spot bid.
   */
  private async seedMarket(): Promise<void> {
    try {
      if ((await this.p.store.market.offers({})).length > 0) return;
      const live = await this.p.network.require();
      const admin = this.internal('demo market');
      const west = new Set(live.scenario.hubs.filter((h) => h.side === 'west').map((h) => h.id));
      let reserved: string | undefined;
      let spot: string | undefined;
      for (const d of live.scenario.dataCenters) {
        for (const pool of d.pools) {
          const quantity = Math.max(1, Math.floor(pool.units / 10));
          const base = { dataCenter: d.id, pool: pool.id, quantity };
          await this.p.market.offers.create(offerCreateSchema.parse({ ...base, mode: 'on-demand', price: formatYuan(pool.price) }), admin);
          if (west.has(d.hubId) && pool.class === 'intelligent') {
            const r = await this.p.market.offers.create(offerCreateSchema.parse({ ...base, mode: 'reserved', price: formatYuan(Math.floor(pool.price * 0.75)), termS: 30 * 86_400 }), admin);
            const sp = await this.p.market.offers.create(offerCreateSchema.parse({ ...base, mode: 'spot', price: formatYuan(Math.floor(pool.price * 0.4)) }), admin);
            reserved ??= r.id;
            spot ??= sp.id;
          }
        }
      }
      await this.p.ledger.topUp(DEMO_TENANT, topUpSchema.parse({ amount: 2_000_000, reference: 'demo opening balance' }), admin, demoKey('demo-opening-balance'));
      const matched = await this.p.market.orders.create(orderCreateSchema.parse({
        tenant: DEMO_TENANT, requirement: { origin: 'shanghai', class: 'intelligent', units: 8, durationS: 7200, latency: 'batch', minGreenShare: 0.3 },
      }), admin, demoKey('demo-order-batch'));
      if (reserved) await this.p.market.orders.create(orderCreateSchema.parse({ tenant: DEMO_TENANT, offer: reserved, units: 4 }), admin, demoKey('demo-order-reserved'));
      if (spot) await this.p.market.orders.create(orderCreateSchema.parse({ tenant: DEMO_TENANT, offer: spot, units: 2, durationS: 3600, bid: formatYuan(Math.max(1, (await this.p.market.offers.get(spot, admin)).priceMinor * 2)) }), admin, demoKey('demo-order-spot'));
      await this.p.jobs.submit(jobSubmitSchema.parse({ tenant: DEMO_TENANT, origin: 'shanghai', class: 'intelligent', units: 8, durationS: 60, latency: 'batch', order: matched.order.id, name: 'training run under a market order' }), admin);
    } catch (e) {
      this.p.log.warn({ err: e }, 'demo: the market could not be seeded');
    }
  }

  private internal(name: string, dc?: string): Principal {
    return dc === undefined
      ? { tokenId: 'demo', name, role: 'platform-admin', source: 'internal' }
      : { tokenId: `demo-agent-${dc}`, name, role: 'dc-agent', dataCenters: [dc], source: 'internal' };
  }

  private async submitOne(): Promise<void> {
    if (this.stopped) return;
    try {
      const live = await this.p.network.require();
      if (this.queue.length === 0) this.queue = generateJobs(live.net, { count: 200, ratePerS: 1 }, this.rng);
      const j = this.queue.shift()!;
      await this.p.jobs.submit(jobSubmitSchema.parse({
        origin: j.origin, class: j.class, units: j.units, latency: j.latency, dataGb: j.dataGb, tenant: DEMO_TENANT,
        durationS: Math.round(Math.min(900, Math.max(30, j.durationS / 20))),
        ...(j.models && { model: j.models }),
        ...(j.minGreenShare !== undefined && { minGreenShare: j.minGreenShare }),
      }), this.internal('demand generator'));
    } catch (e) {
      this.p.log.warn({ err: e }, 'demo: a generated job was refused');
    }
  }

  /** One round of the simulated data centers: run jobs, then report telemetry. */
  async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      const live = await this.p.network.current();
      if (!live) return;
      const now = this.clock.now();
      const active = await this.p.store.jobs.inStates(['placed', 'running'], 5000);
      const withCommand = active.filter((j) => j.spec.command !== undefined);
      const statuses = withCommand.length > 0 ? await this.executor.poll(withCommand.map((j) => j.id)) : new Map();
      for (const j of active) {
        const dc = j.dataCenterId!;
        const agent = this.internal(`simulated ${dc}`, dc);
        const report = (body: Record<string, unknown>) => this.p.jobs.report(j.id, jobReportSchema.parse({ epoch: j.epoch, ...body }), agent).catch(() => undefined);
        if (j.spec.command !== undefined) {
          // A job with a command really runs, as a local process on this machine.
          if (j.state === 'placed') {
            const spec = j.spec as { command: string | string[]; workdir?: string; env?: Record<string, string>; timeLimitS?: number; durationS: number };
            try {
              await this.executor.submit({
                id: j.id, epoch: j.epoch, command: spec.command, units: j.units, pool: j.poolId!, timeLimitS: spec.timeLimitS ?? Math.ceil(2 * spec.durationS),
                env: { ...spec.env, SUANLI_DATA_CENTER: dc, SUANLI_JOB_EPOCH: String(j.epoch) }, ...(spec.workdir !== undefined && { workdir: spec.workdir }),
              });
              await report({ state: 'running' });
            } catch (e) {
              await report({ state: 'failed', reason: `local executor: ${(e as Error).message}` });
            }
            continue;
          }
          const s = statuses.get(j.id);
          // Its output goes up as an agent's would: read without following links, bounded (agent/output-tail.ts).
          if (s) await this.uploadOutput(j.id, j.epoch, s.stdout, s.stderr, agent);
          if (s && (s.state === 'succeeded' || s.state === 'failed' || s.state === 'cancelled')) {
            await report({ state: s.state === 'succeeded' ? 'succeeded' : 'failed', ...(s.exitCode !== undefined && { exitCode: s.exitCode }), ...(s.message !== undefined && { reason: s.message }), ...(s.unitSeconds !== undefined && { unitSeconds: s.unitSeconds }) });
          }
          continue;
        }
        if (j.state === 'placed') {
          await report({ state: 'running' });
        } else if (j.startedAt !== undefined && now - j.startedAt >= Number(j.spec.durationS) * 1000) {
          await report({ state: 'succeeded', exitCode: 0, reason: 'simulated run finished', unitSeconds: Math.round(j.units * Number(j.spec.durationS)) });
        }
      }
      const held = new Map<string, number>();
      for (const h of await this.p.store.jobs.unitsHeld()) held.set(`${h.dataCenterId}/${h.poolId}`, h.units);
      // The sun: green share peaks at local noon (UTC+8).
      const hour = ((now / 3_600_000 + 8) % 24 + 24) % 24;
      const solar = Math.max(0, Math.cos(((hour - 12) / 12) * Math.PI));
      for (const d of live.scenario.dataCenters) {
        const fill = d.racks.built > 0 ? d.racks.inUse / d.racks.built : 0.5;
        const samples: Record<string, unknown>[] = [];
        let itKw = 0;
        for (const pool of d.pools) {
          const background = Math.max(0, Math.min(0.9, fill * 0.6 + 0.05 * randomNormal(this.rng))) * pool.units;
          const used = Math.min(pool.units, Math.round(background) + (held.get(pool.key) ?? 0));
          itKw += used * pool.unitPowerKw;
          samples.push({ dataCenter: d.id, pool: pool.id, at: now, unitsInUse: used, utilisation: pool.units > 0 ? Math.round((used / pool.units) * 1000) / 1000 : 0 });
        }
        const pue = Math.max(1, Math.round(d.pue * (1 + 0.02 * randomNormal(this.rng)) * 1000) / 1000);
        const green = Math.max(0, Math.min(1, d.greenShare + 0.1 * (solar - 0.5)));
        samples.push({ dataCenter: d.id, at: now, powerKw: Math.round(itKw * pue * 10) / 10, pue, greenShare: Math.round(green * 1000) / 1000, racksInUse: d.racks.inUse });
        const sent = await this.p.telemetry.ingest(parseTelemetry({ samples }), this.internal(`simulated ${d.id}`, d.id));
        // The simulated data centers' samples count as any agent's would.
        this.p.metrics.samples.inc(sent.accepted);
      }
    } catch (e) {
      this.p.log.warn({ err: e }, 'demo: a simulated round failed');
    } finally {
      this.busy = false;
    }
  }

  private async uploadOutput(id: string, epoch: number, stdout: string | undefined, stderr: string | undefined, agent: Principal): Promise<void> {
    const read = (f: string | undefined, name: string) => {
      const { refused: _refused, ...t } = streamForUpload(f, name, OUTPUT_TAIL_BYTES);
      return t;
    };
    await this.p.jobs.putOutput(id, jobOutputSchema.parse({ epoch, stdout: read(stdout, 'stdout'), stderr: read(stderr, 'stderr') }), agent).catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    while (this.busy) await new Promise((r) => setTimeout(r, 10));
  }
}
