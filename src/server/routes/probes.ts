/** The error body every route answers with (contract/schemas.ts, errorBodySchema), as JSON Schema. */
const ERROR = {
  type: 'object', required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message', 'requestId'], properties: { code: { type: 'string' }, message: { type: 'string' }, requestId: { type: 'string' } } } },
} as const;

/** The OpenAPI entries of the routes outside /v1: liveness, readiness and Prometheus metrics (no token). */
export const OPS = {
  healthz: {
    operationId: 'health', summary: 'Liveness: the process answers.', tags: ['operations'], security: [],
    description: 'Answers as long as the process runs; it checks nothing else. No token.',
    response: { 200: { description: 'Alive.', type: 'object', properties: { status: { type: 'string', const: 'ok' } }, required: ['status'], examples: [{ status: 'ok' }] } },
  },
  readyz: {
    operationId: 'ready', summary: 'Readiness: the store answers and the platform can serve.', tags: ['operations'], security: [],
    description: 'Pings the store; 503 while it cannot be reached. A load balancer sends traffic only to ready processes. No token.',
    response: {
      200: { description: 'Ready.', type: 'object', properties: { status: { type: 'string' }, store: { type: 'string', enum: ['sqlite', 'postgres'] }, mode: { type: 'string' } }, required: ['status', 'store'], examples: [{ status: 'ready', store: 'sqlite' }] },
      503: { description: 'Not ready, and why.', type: 'object', properties: { status: { type: 'string' }, reason: { type: 'string' } }, required: ['status', 'reason'], examples: [{ status: 'not ready', reason: 'connect ECONNREFUSED 127.0.0.1:5432' }] },
    },
  },
  metrics: {
    operationId: 'metrics', summary: 'Prometheus metrics in the text exposition format.', tags: ['operations'], security: [],
    description: 'Request counts and latencies by route, placement attempts by outcome and by rule, telemetry samples, store timings, per data center and hub capacity and use, alerts, heartbeats, the federation, money, and the process\'s own figures, for Prometheus to scrape (docs/operations.md). No token, unless the setting metricsRequireToken asks for one of a platform admin, regulator or operator.',
    response: {
      200: { description: 'The metrics.', content: { 'text/plain': { schema: { type: 'string', examples: ['# HELP suanli_placements_total Jobs placed by the engine.\n# TYPE suanli_placements_total counter\nsuanli_placements_total 42\n'] } } } },
      401: { description: 'With metricsRequireToken: no token, or not a valid one.', ...ERROR },
      403: { description: 'With metricsRequireToken: a token whose role does not watch the platform.', ...ERROR },
    },
  },
} as const;
