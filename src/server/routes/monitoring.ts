import { z } from 'zod';
import { alertsQuerySchema, flowsQuerySchema, seriesQuerySchema, summaryQuerySchema } from '../services/monitoring.service.js';
import { parseTelemetry, telemetryBatchSchema } from '../services/telemetry.service.js';
import { queryInt, route, WATCHERS } from './route.js';
import { acceptedSchema, alertsSchema, auditPageSchema, auditVerifySchema, flowsSchema, seriesSchema, summarySchema, trendsSchema } from '../contract/schemas.js';
import { trendsQuerySchema } from '../services/trends.service.js';

const EXAMPLE_SUMMARY = {
  scope: 'national', asOf: '2026-12-01T10:14:08.533Z', networkVersion: 1, dataCenters: { total: 51, reporting: 51, stale: 0 },
  capacityP: { general: 22599.744, intelligent: 359757.696, super: 201.2 }, inUseP: { general: 8790.604, intelligent: 134031.693, super: 96.656 },
  fillRate: { general: 0.372, intelligent: 0.3633, super: 0.4571 }, powerKw: 1161848.8, pue: 1.2235, greenShare: 0.5261, carbonTodayKg: 9734.7,
  jobs: { byState: { placed: 2, running: 3 }, running: 3 }, eastToWest: { jobs: 1, units: 8 },
};

const auditQuery = z.strictObject({
  after: z.coerce.number({ message: 'must be a number' }).int().min(0).default(0).describe('Entries after this sequence number (the `next` of the previous page).'),
  limit: queryInt(1, 1000, 100, 'Entries per page.'),
});

/** Telemetry in; summaries, series and alerts out; the audit log. */
export const MONITORING_ROUTES = [
  route({
    method: 'POST', url: '/v1/telemetry', operationId: 'ingestTelemetry', roles: ['platform-admin', 'dc-operator', 'dc-agent'], tag: 'monitoring', errors: [404],
    summary: 'A batch of telemetry samples.',
    description: 'Per pool (unitsInUse, utilisation) or per data center (powerKw, pue, greenShare, racksInUse), up to 100,000 per batch, taken whole or not at all. An operator or agent reports for its own data centers. Samples feed the minute, hour and day rollups and the alerts.',
    body: telemetryBatchSchema, parseBody: parseTelemetry, responses: { 202: acceptedSchema },
    examples: { request: { samples: [{ dataCenter: 'qy-a', pool: 'a100', at: '2026-12-01T08:00:00Z', unitsInUse: 812, utilisation: 0.74 }, { dataCenter: 'qy-a', at: '2026-12-01T08:00:00Z', powerKw: 5210, pue: 1.19, greenShare: 0.62 }] }, response: { accepted: 2 } },
    async handler(p, r) {
      const out = await p.metrics.timed('telemetry.ingest', () => p.telemetry.ingest(r.body as Parameters<typeof p.telemetry.ingest>[0], r.who));
      p.metrics.samples.inc(out.accepted);
      return out;
    },
  }),
  route({
    method: 'GET', url: '/v1/monitoring/summary', operationId: 'getSummary', roles: WATCHERS, tag: 'monitoring', query: summaryQuerySchema, errors: [404],
    summary: 'The figures of the nation, a hub or a data center now.',
    description: 'Capacity per class in P, in use, fill rate, weighted PUE, green share, carbon today, jobs, and the east-to-west flow. The national figure of a platform with children adds theirs, as they last uploaded it. An operator sees its own data centers.',
    responses: { 200: summarySchema }, examples: { response: EXAMPLE_SUMMARY },
    async handler(p, r) {
      // The whole of what this platform sees: on a hub or regional platform that is not the nation, so it says whose it is.
      if (r.query.scope === 'national') return p.federation.views.readSummary(r.who);
      return p.monitoring.summary(r.query, r.who);
    },
  }),
  route({
    method: 'GET', url: '/v1/monitoring/trends', operationId: 'getTrends', roles: WATCHERS, tag: 'monitoring', query: trendsQuerySchema, errors: [404],
    summary: 'Use and demand growth per class over the stored daily series, and the day the scope fills at that rate.',
    description: 'For each class with capacity in the scope: a least-squares line through the daily mean units in use and through the units submitted each day, over the last `days` whole days, with the 95% interval of each slope, and the day the use line reaches the scope\'s capacity. Where there are fewer than 3 days, the answer says so instead of fitting. An operator sees its own data centers.',
    responses: { 200: trendsSchema },
    examples: { response: {
      scope: 'national', asOf: '2026-12-01T10:00:00.000Z', days: 90, method: 'An ordinary least-squares line through the daily values of the window ...',
      classes: [{
        class: 'intelligent', capacityUnits: 1285432,
        use: { points: 30, from: '2026-11-01', to: '2026-11-30', latest: 412000, slopePerDay: 3100, slopeInterval: [2900, 3300], r2: 0.97, growthPerDayShare: 0.0083, fullOn: '2027-07-10', fullOnRange: ['2027-06-19', '2027-08-05'], note: 'units in use: +3100 a day (95%: 2900 to 3300) over 30 days; at this rate the 1285432 units fill on 2027-07-10' },
        demand: { points: 30, from: '2026-11-01', to: '2026-11-30', latest: 52000, slopePerDay: 410, slopeInterval: [350, 470], r2: 0.9, growthPerDayShare: 0.009, note: 'units submitted a day: +410 a day (95%: 350 to 470) over 30 days' },
      }],
    } },
    handler: (p, r) => p.trends.trends(r.query, r.who),
  }),
  route({
    method: 'GET', url: '/v1/monitoring/flows', operationId: 'getFlows', roles: WATCHERS, tag: 'monitoring', query: flowsQuerySchema,
    summary: 'Where work ran over the last hour or day: unit-hours from each origin to each hub.',
    description: 'Every job that ran inside the window counts for the part of its run inside it (a running job up to now), grouped by its origin and the hub of its data center, with the part that was batch work. The totals give the east-to-west unit-hours and the share of batch work served in western hubs. An operator sees the flows into its own data centers.',
    responses: { 200: flowsSchema },
    examples: { response: {
      window: '1h', from: '2026-12-01T09:00:00.000Z', to: '2026-12-01T10:00:00.000Z',
      flows: [{ origin: 'shanghai', homeHub: 'yangtze-delta', hub: 'gansu', eastToWest: true, jobs: 12, unitHours: 96, batchUnitHours: 96 }],
      totals: { unitHours: 96, eastToWestUnitHours: 96, batchUnitHours: 96, batchWestUnitHours: 96, batchWestShare: 1 },
    } },
    handler: (p, r) => p.monitoring.flows(r.query, r.who),
  }),
  route({
    method: 'GET', url: '/v1/monitoring/series', operationId: 'getSeries', roles: WATCHERS, tag: 'monitoring', query: seriesQuerySchema, errors: [404],
    summary: 'A metric of a scope over time.',
    description: 'From the minute, hour or day rollups, at most 10,000 points. Each point has the mean, the least and the greatest value in its step and the number of samples.',
    responses: { 200: seriesSchema },
    examples: { response: { scope: 'national', metric: 'utilisation', step: 60, from: '2026-12-01T09:14:00.000Z', to: '2026-12-01T10:14:00.000Z', points: [{ t: '2026-12-01T10:13:00.000Z', value: 0.3657, min: 0.3657, max: 0.3657, samples: 1 }] } },
    handler: (p, r) => p.monitoring.series(r.query, r.who),
  }),
  route({
    method: 'GET', url: '/v1/alerts', operationId: 'listAlerts', roles: WATCHERS, tag: 'monitoring', query: alertsQuerySchema,
    summary: 'Alerts, newest first.',
    description: 'Stale data centers (silent past the staleness window), PUE above target, utilisation anomalies. Open ones unless open=false; an operator sees its own data centers\'.',
    responses: { 200: alertsSchema },
    examples: { response: { alerts: [{ id: 14, key: 'pue:dc:hl-a', kind: 'pue-above-target', scope: 'dc:hl-a', message: 'Horinger A reports PUE 1.27, above the target of 1.25', raisedAt: '2026-12-01T10:14:04.662Z' }], nextCursor: null } },
    handler: (p, r) => p.monitoring.alerts(r.query, r.who),
  }),
  route({
    method: 'GET', url: '/v1/audit', operationId: 'listAudit', roles: ['platform-admin', 'regulator'], tag: 'audit', query: auditQuery,
    summary: 'Audit log entries after a sequence number, oldest first.',
    description: 'Every change and every refusal, hash-chained: each entry carries the hash of the one before.',
    responses: { 200: auditPageSchema },
    examples: { response: { entries: [{ seq: 1, at: 1796120039109, actor: 'system', action: 'scenario.load', target: 'network', source: 'internal', detail: '{"name":"national-reference","version":1}', prevHash: '0'.repeat(64), hash: '4b55755c29423f9bed47a478ef3f1be10e89a0f545dcc171ae3d597d06458ee5' }], next: 1 } },
    async handler(p, r) {
      const entries = await p.store.audit.page(r.query.after, r.query.limit);
      return { entries, next: entries.length === r.query.limit ? entries.at(-1)!.seq : null };
    },
  }),
  route({
    method: 'GET', url: '/v1/audit/verify', operationId: 'verifyAudit', roles: ['platform-admin', 'regulator'], tag: 'audit',
    summary: 'Check the audit log\'s hash chain and signed checkpoints.',
    description: "Recomputes the hash chain of the whole audit log, and checks the platform's signed checkpoints against it: an edited, removed or inserted entry is found.",
    responses: { 200: auditVerifySchema },
    examples: { response: { entries: 311, ok: true, headHash: 'd61ada67c1d77cc112e63e210ff623cf816c71d11ce1c870d029cf39750c150e', checkpoints: { count: 0 } } },
    handler: (p) => p.audit.verify(),
  }),
];
