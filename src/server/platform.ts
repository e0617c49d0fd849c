import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import { yuanToMinor } from '../core/money.js';
import { JOB_STATES } from '../core/workload/lifecycle.js';
import type { Store } from '../store/store.js';
import { TokenAuthenticator } from './auth/tokens.js';
import type { Config } from './config.js';
import { PlatformMetrics } from './metrics.js';
import { registerOperationalMetrics } from './ops-metrics.js';
import { AgentService, failOverSilentDataCenters } from './services/agent.service.js';
import { FederationService } from './services/federation/index.js';
import { IdentityService } from './services/identity.service.js';
import { JobService } from './services/job.service.js';
import { LedgerService } from './services/ledger.service.js';
import { MarketService } from './services/market/index.js';
import { MonitoringService } from './services/monitoring.service.js';
import { TrendsService } from './services/trends.service.js';
import { PlannerService } from './services/planner.service.js';
import { NetworkService } from './services/network.service.js';
import { AuditService } from './services/audit.service.js';
import { PlacementService } from './services/placement.service.js';
import type { PlacementRound } from './services/placement.service.js';
import { TelemetryService } from './services/telemetry.service.js';

/** The services of one platform over one store: what the HTTP routes, the loops and the demo share. */
export class Platform {
  readonly network: NetworkService;
  readonly jobs: JobService;
  readonly telemetry: TelemetryService;
  readonly monitoring: MonitoringService;
  readonly trends: TrendsService;
  readonly planner: PlannerService;
  readonly identity: IdentityService;
  readonly placement: PlacementService;
  readonly agents: AgentService;
  readonly ledger: LedgerService;
  readonly market: MarketService;
  readonly federation: FederationService;
  readonly auth: TokenAuthenticator;
  readonly audit: AuditService;
  readonly metrics: PlatformMetrics;

  constructor(readonly config: Config, readonly store: Store, readonly clock: Clock, readonly log: Logger) {
    // Each service gets what it uses in its constructor, so the graph reads top-down.
    this.network = new NetworkService(store, clock);
    this.telemetry = new TelemetryService(store, this.network, clock, config.futureSkewS * 1000);
    this.monitoring = new MonitoringService(store, this.network, clock, config.staleAfterS * 1000, config.requireReport ?? !config.demo);
    this.trends = new TrendsService(store, this.network, this.monitoring, clock);
    this.planner = new PlannerService(config.plannerDir ?? join(config.dataDir, 'planner'));
    this.identity = new IdentityService(store, this.network, clock);
    this.agents = new AgentService(store, clock);
    this.ledger = new LedgerService(store, clock);
    this.market = new MarketService(store, this.network, this.ledger, clock, {
      commissionBps: config.commissionBps,
      minBalance: yuanToMinor(config.minBalance),
      lowBalanceAlert: yuanToMinor(config.lowBalanceAlert),
      spotNoticeMs: config.spotNoticeS * 1000,
    });
    this.federation = new FederationService(store, this.network, this.monitoring, this.ledger, clock, {
      platformId: config.platformId, role: config.role, windowMs: config.federationWindowS * 1000, outboxMax: config.federationOutboxMax, commissionBps: config.commissionBps,
      acceptRoutedCommands: config.acceptRoutedCommands, joinRequestsPerHour: config.joinRequestsPerHour,
    });
    this.jobs = new JobService(store, this.network, clock, { usageToleranceMs: config.usageToleranceS * 1000, orders: this.market, routes: this.federation.routing });
    this.placement = new PlacementService(store, this.network, clock, {
      unavailableAfterMs: Math.min(config.staleAfterS, config.agentTimeoutS) * 1000,
      requireReport: config.requireReport ?? !config.demo,
      routeAfterMs: config.routeAfterS * 1000,
      federation: { routeUp: (job, reason) => this.federation.routing.routeUp(job, reason), policies: async () => (await this.federation.policies.effective()).policies },
    });
    this.federation.routing.useOwnCapacity((live) => this.placement.freeUnits(live));
    this.audit = new AuditService(store, clock, () => this.federation.self());
    this.auth = new TokenAuthenticator(store, clock);
    this.metrics = new PlatformMetrics(() => store.jobs.countByState(), JOB_STATES);
    registerOperationalMetrics(this.metrics.registry, this);
  }
}

/**
 * The background loops: placement, rollups with alerts, and raw-sample
 * pruning. Only the leader runs them; every process checks leadership
 * every `leaderCheckMs`, so a follower takes over within about that long
 * after the leader dies (its lock dies with its connection).
 */
export class Loops {
  private timers: NodeJS.Timeout[] = [];
  private leader = false;
  private busy = new Set<string>();
  private stopped = false;
  private readonly leadership;

  constructor(private readonly p: Platform, private readonly events: { onRound?: (r: PlacementRound) => void; onLeader?: (leader: boolean) => void } = {}) {
    this.leadership = p.store.leadership();
  }

  get isLeader(): boolean {
    return this.leader;
  }

  start(): void {
    const c = this.p.config;
    this.every('leadership', c.leaderCheckMs, async () => {
      const was = this.leader;
      this.leader = await this.leadership.acquire();
      this.p.metrics.leader.set(this.leader ? 1 : 0);
      this.events.onLeader?.(this.leader);
      if (this.leader !== was) this.p.log.info({ leader: this.leader }, this.leader ? 'this process now runs the background loops' : 'this process no longer leads');
    }, true);
    this.every('placement', c.placementIntervalMs, async () => {
      await this.placeOnce();
    });
    this.every('rollup', c.rollupIntervalMs, async () => {
      await this.p.monitoring.rollup();
      await this.p.monitoring.checkAlerts();
    });
    this.every('market', c.marketIntervalMs, async () => {
      const r = await this.p.market.tick();
      if (r.preempted + r.completed + r.expired + r.matched > 0) this.p.log.info(r, 'market round');
    });
    this.every('federation', c.federationIntervalMs, async () => {
      const r = await this.p.federation.tick();
      if (r.error) this.p.log.warn({ error: r.error }, 'federation: uploads wait in the outbox');
    });
    this.every('failover', Math.min(5000, c.agentTimeoutS * 250), async () => {
      const r = await failOverSilentDataCenters(this.p.store, this.p.clock, c.agentTimeoutS * 1000, c.maxAttempts, c.requireReport ?? !c.demo);
      if (r.lost > 0) this.p.log.warn(r, 'jobs of silent data centers were lost and placed again');
    });
    // The chain's head, signed at intervals (and at stop), so that a rewrite of history shows.
    this.every('audit-checkpoint', c.auditCheckpointIntervalMs, async () => {
      const signed = await this.p.audit.checkpoint();
      if (signed) await this.p.federation.membership.shareCheckpoint(signed);
    });
    this.every('prune', 600_000, async () => {
      await this.p.store.telemetry.prune(this.p.clock.now() - c.rawRetentionH * 3_600_000);
    });
  }

  /** Runs `fn` every `ms` (never two at once); leader-only unless `always`. */
  private every(name: string, ms: number, fn: () => Promise<void>, always = false): void {
    const tick = async (): Promise<void> => {
      if (this.stopped || this.busy.has(name) || (!always && !this.leader)) return;
      this.busy.add(name);
      try {
        await fn();
      } catch (e) {
        if (!this.stopped) this.p.log.error({ err: e, loop: name }, 'background loop failed; it will run again');
      } finally {
        this.busy.delete(name);
      }
    };
    void tick();
    this.timers.push(setInterval(() => void tick(), ms));
  }

  /** One placement round, counted in the metrics by outcome and by rule. */
  private async placeOnce(): Promise<void> {
    const r = await this.p.placement.placePending();
    this.p.metrics.countRound(r);
    this.events.onRound?.(r);
  }

  /** Runs one round of every leader loop now (tests and the demo's first moments). */
  async runOnce(): Promise<void> {
    await this.p.market.tick();
    await this.placeOnce();
    await this.p.monitoring.rollup();
    await this.p.monitoring.checkAlerts();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    while (this.busy.size > 0) await new Promise((r) => setTimeout(r, 10));
    if (this.leader) {
      await this.p.audit.checkpoint().then((signed) => signed && this.p.federation.membership.shareCheckpoint(signed))
        .catch((e: unknown) => this.p.log.warn({ err: e }, 'the last audit checkpoint could not be signed'));
    }
    await this.leadership.release();
  }
}
