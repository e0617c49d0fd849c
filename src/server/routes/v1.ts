import { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.js';
import { dataCenterFileSchema, scenarioJsonSchema } from '../../core/network/scenario.schema.js';
import type { DataCenter } from '../../core/network/model.js';
import type { Role } from '../../store/repositories/identity.repository.js';
import { ADMIN, ALL, TENANTS, WATCHERS } from './route.js';
import { dataCenterScope } from '../services/actor.js';
import { assignmentsQuerySchema } from '../services/agent.service.js';
import { tenantCreateSchema, tokenCreateSchema, userCreateSchema, userListQuerySchema } from '../services/identity.service.js';
import { jobListQuerySchema, jobReportSchema, jobSubmitSchema, jobView } from '../services/job.service.js';
import { seriesQuerySchema, summaryQuerySchema } from '../services/monitoring.service.js';
import { dataCenterPatchSchema } from '../services/network.service.js';
import { telemetryBatchSchema } from '../services/telemetry.service.js';
import { FEDERATION_ROUTES } from './federation.js';
import { MARKET_ROUTES } from './market.js';
import { Reply, parse } from './route.js';
import type { RouteDef } from './route.js';

export { Reply };
export type { RouteDef, RouteInput } from './route.js';

const JOB_READERS: Role[] = ['platform-admin', 'tenant-admin', 'tenant-member', 'dc-operator', 'dc-agent'];

const pageQuery = z.strictObject({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(1, { message: 'must be between 1 and 500' }).max(500, { message: 'must be between 1 and 500' }).default(100),
  hub: z.string().max(200).optional(),
  province: z.string().max(200).optional(),
});

function dataCenterView(d: DataCenter): Record<string, unknown> {
  return {
    id: d.id, name: d.name, hub: d.hubId, cluster: d.clusterId ?? null, province: d.province, operator: d.operator ?? null,
    lat: d.lat, lon: d.lon, pue: d.pue, greenShare: d.greenShare, gridFactor: d.gridFactor, racks: d.racks,
    pools: d.pools.map((p) => ({ id: p.id, class: p.class, model: p.model, units: p.units, unitTflops: p.unitTflops, unitPowerKw: p.unitPowerKw, priceMinor: p.price })),
  };
}

/** Every /v1 route. The access rules here are the ones the route-by-role test checks. */
export const V1_ROUTES: RouteDef[] = [
  {
    method: 'GET', url: '/v1/network', roles: ALL, tag: 'network', summary: 'The loaded network: version, hubs, clusters, origins and counts.',
    async handler(p) {
      const live = await p.network.require();
      const s = live.scenario;
      return {
        version: live.version, name: s.name,
        // Demo mode is labelled wherever the network is shown: its data centers are simulated.
        mode: p.config.demo ? 'demo (simulated data centers and demand)' : 'live', role: p.config.role,
        hubs: s.hubs, clusters: s.clusters, origins: s.origins.map((o) => ({ id: o.id, name: o.name, province: o.province, lat: o.lat, lon: o.lon })),
        counts: { hubs: s.hubs.length, clusters: s.clusters.length, dataCenters: s.dataCenters.length, pools: live.ctx.pools.length, origins: s.origins.length },
      };
    },
  },
  {
    method: 'POST', url: '/v1/scenario', roles: ADMIN, tag: 'network', summary: 'Replace the network with a scenario document (the scenario file format as JSON).',
    body: scenarioJsonSchema(), status: 201,
    async handler(p, r) {
      if (r.body === null || typeof r.body !== 'object' || Array.isArray(r.body)) throw new ValidationError('request body', [{ path: '', message: 'must be a scenario document (a JSON object)' }]);
      return p.network.loadScenario(r.body, r.who);
    },
  },
  {
    method: 'GET', url: '/v1/datacenters', roles: ALL, tag: 'network', summary: 'Data centers, by id, paginated; filter by hub or province.', query: pageQuery,
    async handler(p, r) {
      const q = parse(pageQuery, r.query, 'query');
      const live = await p.network.require();
      const all = [...live.scenario.dataCenters]
        .filter((d) => (q.hub === undefined || d.hubId === q.hub) && (q.province === undefined || d.province === q.province))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const start = q.cursor === undefined ? 0 : all.findIndex((d) => d.id > q.cursor!);
      const page = start < 0 ? [] : all.slice(start, start + q.limit);
      return { dataCenters: page.map(dataCenterView), nextCursor: start >= 0 && start + q.limit < all.length ? page.at(-1)!.id : null };
    },
  },
  {
    method: 'GET', url: '/v1/datacenters/:id', roles: ALL, tag: 'network', summary: 'One data center with its pools.',
    async handler(p, r) {
      const d = (await p.network.require()).dataCenters.get(r.params.id!);
      if (!d) throw new NotFoundError(`data center "${r.params.id}" not found`);
      return dataCenterView(d);
    },
  },
  {
    method: 'POST', url: '/v1/datacenters', roles: ['platform-admin', 'dc-operator'], tag: 'network', status: 201,
    summary: 'Register a data center (scenario file format). An operator registers only the data centers its token names.',
    body: z.toJSONSchema(dataCenterFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    async handler(p, r) {
      const scope = dataCenterScope(r.who);
      const id = (r.body as { id?: unknown } | null)?.id;
      if (scope && (typeof id !== 'string' || !scope.includes(id))) throw new ForbiddenError(`this token may register ${scope.join(', ')} only`);
      const out = await p.network.registerDataCenter(r.body, r.who);
      return { version: out.version, dataCenter: dataCenterView(out.dataCenter) };
    },
  },
  {
    method: 'PATCH', url: '/v1/datacenters/:id', roles: ['platform-admin', 'dc-operator', 'dc-agent'], tag: 'network',
    summary: 'Change capacity, prices or facility figures of a data center (an operator or agent: its own only).', body: dataCenterPatchSchema,
    async handler(p, r) {
      const scope = dataCenterScope(r.who);
      if (scope && !scope.includes(r.params.id!)) throw new NotFoundError(`data center "${r.params.id}" not found among yours`);
      const out = await p.network.patchDataCenter(r.params.id!, r.body, r.who);
      return { version: out.version, dataCenter: dataCenterView(out.dataCenter) };
    },
  },
  {
    method: 'POST', url: '/v1/tenants', roles: ADMIN, tag: 'identity', summary: 'Create a tenant (an enterprise).', body: tenantCreateSchema, status: 201,
    handler: (p, r) => p.identity.createTenant(r.body, r.who),
  },
  {
    method: 'GET', url: '/v1/tenants', roles: ['platform-admin', 'regulator'], tag: 'identity', summary: 'All tenants.',
    handler: async (p) => ({ tenants: await p.store.identity.listTenants() }),
  },
  {
    method: 'POST', url: '/v1/users', roles: ['platform-admin', 'tenant-admin'], tag: 'identity', status: 201, body: userCreateSchema,
    summary: 'Create a user with a role (and its tenant or data centers) and its first token. The secret is in this answer only; the platform keeps a hash.',
    handler: (p, r) => p.identity.createUser(r.body, r.who),
  },
  {
    method: 'GET', url: '/v1/users', roles: ['platform-admin', 'regulator', 'tenant-admin'], tag: 'identity', query: userListQuerySchema,
    summary: 'Users by id, paginated; a tenant-admin sees its tenant\'s.',
    handler: (p, r) => p.identity.listUsers(r.query, r.who),
  },
  {
    method: 'POST', url: '/v1/users/:id/tokens', roles: ['platform-admin', 'tenant-admin'], tag: 'identity', status: 201, body: tokenCreateSchema,
    summary: 'Issue a further token of a user (same role and scope). The secret is in this answer only.',
    handler: (p, r) => p.identity.createToken(r.params.id!, r.body, r.who),
  },
  {
    method: 'GET', url: '/v1/tokens', roles: [...ADMIN, 'tenant-admin'], tag: 'identity', summary: "All tokens (never their secrets); a tenant-admin sees its tenant's.",
    handler: async (p, r) => ({ tokens: await p.identity.listTokens(r.who) }),
  },
  {
    method: 'DELETE', url: '/v1/tokens/:id', roles: [...ADMIN, 'tenant-admin'], tag: 'identity', summary: "Revoke a token; a tenant-admin may revoke its tenant's.",
    async handler(p, r) {
      await p.identity.revoke(r.params.id!, r.who);
      return { revoked: r.params.id };
    },
  },
  {
    method: 'POST', url: '/v1/telemetry', roles: ['platform-admin', 'dc-operator', 'dc-agent'], tag: 'monitoring', status: 202,
    summary: 'A batch of telemetry samples: per pool (unitsInUse, utilisation) or per data center (powerKw, pue, greenShare, racksInUse).', body: telemetryBatchSchema,
    async handler(p, r) {
      const out = await p.metrics.timed('telemetry.ingest', () => p.telemetry.ingest(r.body, r.who));
      p.metrics.samples.inc(out.accepted);
      return out;
    },
  },
  {
    method: 'GET', url: '/v1/monitoring/summary', roles: WATCHERS, tag: 'monitoring', query: summaryQuerySchema,
    summary: 'Capacity per class in P, in use, fill rate, weighted PUE, green share, carbon today, jobs, east-to-west flow, for national, hub:ID or dc:ID.',
    async handler(p, r) {
      // The national figure of a platform with children adds theirs, as they last uploaded it.
      if (parse(summaryQuerySchema, r.query, 'query').scope === 'national') return p.federation.nationalSummary(r.who);
      return p.monitoring.summary(r.query, r.who);
    },
  },
  {
    method: 'GET', url: '/v1/monitoring/series', roles: WATCHERS, tag: 'monitoring', query: seriesQuerySchema,
    summary: 'A metric of a scope over time from the minute, hour or day rollups.',
    handler: (p, r) => p.monitoring.series(r.query, r.who),
  },
  {
    method: 'GET', url: '/v1/alerts', roles: WATCHERS, tag: 'monitoring', summary: 'Alerts (open ones unless open=false): stale data centers, PUE above target, utilisation anomalies.',
    handler: (p, r) => p.monitoring.alerts(r.query as Record<string, string>, r.who),
  },
  {
    method: 'POST', url: '/v1/jobs', roles: TENANTS, tag: 'jobs', status: 201, body: jobSubmitSchema,
    summary: 'Submit a job. Send an Idempotency-Key header to make retries safe: the same key and body return the same job.',
    async handler(p, r) {
      const key = r.headers['idempotency-key'];
      const out = await p.metrics.timed('job.submit', () => p.jobs.submit(r.body, r.who, Array.isArray(key) ? key[0] : key));
      // A retry with the same key and body gets the job it made, marked as a replay.
      return out.created ? out.job : new Reply(200, out.job, { 'idempotent-replayed': 'true' });
    },
  },
  {
    method: 'POST', url: '/v1/jobs/batch', roles: TENANTS, tag: 'jobs', status: 201,
    body: z.strictObject({ jobs: z.array(jobSubmitSchema).min(1).max(1000) }),
    summary: 'Submit up to 1,000 jobs at once, all or none. With an Idempotency-Key, job i is keyed KEY#i, so a retry returns the same jobs.',
    async handler(p, r) {
      const key = r.headers['idempotency-key'];
      const out = await p.metrics.timed('job.submit', () => p.jobs.submitBatch(r.body, r.who, Array.isArray(key) ? key[0] : key));
      return out.created > 0 ? out : new Reply(200, out, { 'idempotent-replayed': 'true' });
    },
  },
  {
    method: 'GET', url: '/v1/jobs', roles: JOB_READERS, tag: 'jobs', query: jobListQuerySchema,
    summary: 'Jobs you may see, newest first, filtered by state, tenant or data center; pass nextCursor as cursor for the next page.',
    handler: (p, r) => p.jobs.list(r.query, r.who),
  },
  {
    method: 'GET', url: '/v1/jobs/:id', roles: JOB_READERS, tag: 'jobs', summary: 'A job with its history and its placement explanation.',
    async handler(p, r) {
      const { job, events } = await p.jobs.get(r.params.id!, r.who);
      return { ...jobView(job), events: events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })), explanation: await p.placement.describe(job.explanation) };
    },
  },
  {
    method: 'POST', url: '/v1/jobs/:id/cancel', roles: TENANTS, tag: 'jobs', summary: 'Cancel a job that has not finished.',
    handler: (p, r) => p.jobs.cancel(r.params.id!, r.who),
  },
  {
    method: 'POST', url: '/v1/jobs/:id/report', roles: ['dc-agent'], tag: 'jobs', body: jobReportSchema,
    summary: "An agent's report of a job's state, with the placement epoch it was given.",
    handler: (p, r) => p.jobs.report(r.params.id!, r.body, r.who),
  },
  {
    method: 'GET', url: '/v1/agent/assignments', roles: ['dc-agent'], tag: 'agents', query: assignmentsQuerySchema,
    summary: "The complete list of jobs the caller's data center must be running, with their epochs; held open up to `wait` seconds while it equals `known`. Each call is the agent's heartbeat.",
    handler: (p, r) => p.agents.assignments(r.query, r.who, r.closed),
  },
  {
    method: 'GET', url: '/v1/audit', roles: ['platform-admin', 'regulator'], tag: 'audit', summary: 'Audit log entries after a sequence number, oldest first.',
    async handler(p, r) {
      const q = parse(z.strictObject({
        after: z.coerce.number({ message: 'must be a number' }).int().min(0).default(0),
        limit: z.coerce.number({ message: 'must be a number' }).int().min(1, { message: 'must be between 1 and 1000' }).max(1000, { message: 'must be between 1 and 1000' }).default(100),
      }), r.query, 'query');
      const entries = await p.store.audit.page(q.after, q.limit);
      return { entries, next: entries.length === q.limit ? entries.at(-1)!.seq : null };
    },
  },
  {
    method: 'GET', url: '/v1/audit/verify', roles: ['platform-admin', 'regulator'], tag: 'audit', summary: "Check the hash chain of the whole audit log, and the platform's signed checkpoints against it.",
    handler: (p) => p.audit.verify(),
  },
  ...MARKET_ROUTES,
  ...FEDERATION_ROUTES,
];
