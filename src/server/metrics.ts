import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The platform's Prometheus metrics, in a registry of its own (several platforms may share a process in tests). */
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'suanli_http_requests_total', help: 'HTTP requests by method, route and status.', labelNames: ['method', 'route', 'status'], registers: [this.registry] });
  readonly latency = new Histogram({
    name: 'suanli_http_request_duration_seconds', help: 'HTTP request latency by method and route.', labelNames: ['method', 'route'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [this.registry],
  });
  readonly placements = new Counter({ name: 'suanli_placements_total', help: 'Jobs placed (rate() gives placements per second).', registers: [this.registry] });
  readonly attempts = new Counter({
    name: 'suanli_placement_attempts_total', labelNames: ['outcome'], registers: [this.registry],
    help: 'Placement attempts by outcome: placed, routed (sent up to the parent platform), failed (no pool can ever take it), waiting (tried again later).',
  });
  readonly unplaced = new Counter({
    name: 'suanli_placement_unplaced_total', labelNames: ['rule'], registers: [this.registry],
    help: 'Jobs a placement round left without a pool, by the rule that left none (a checker\'s name; capacity: every pool that passed was full).',
  });
  readonly samples = new Counter({ name: 'suanli_telemetry_samples_total', help: 'Telemetry samples ingested (rate() gives samples per second).', registers: [this.registry] });
  readonly storeLatency = new Histogram({
    name: 'suanli_store_latency_seconds', help: 'Latency of store operations by operation.', labelNames: ['op'],
    buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1], registers: [this.registry],
  });
  readonly jobs: Gauge;
  readonly leader = new Gauge({ name: 'suanli_leader', help: '1 when this process runs the background loops.', registers: [this.registry] });

  constructor(countJobs: () => Promise<Record<string, number>>, states: readonly string[]) {
    this.jobs = new Gauge({
      name: 'suanli_jobs', help: 'Jobs by state.', labelNames: ['state'], registers: [this.registry],
      async collect() {
        const counts = await countJobs();
        for (const s of states) this.set({ state: s }, counts[s] ?? 0);
      },
    });
  }

  /** One placement round's outcomes. */
  countRound(r: { placed: number; routed: number; waiting: number; failed: number; unplacedBy: Record<string, number> }): void {
    this.placements.inc(r.placed);
    for (const outcome of ['placed', 'routed', 'waiting', 'failed'] as const) if (r[outcome] > 0) this.attempts.inc({ outcome }, r[outcome]);
    for (const [rule, n] of Object.entries(r.unplacedBy)) this.unplaced.inc({ rule }, n);
  }

  /** Times `fn` as a store operation. */
  async timed<T>(op: string, fn: () => Promise<T>): Promise<T> {
    const end = this.storeLatency.startTimer({ op });
    try {
      return await fn();
    } finally {
      end();
    }
  }
}
