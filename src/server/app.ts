import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../core/errors.js';
import type { Role } from '../store/repositories/identity.repository.js';
import { newRequestId, RateLimitedError, toHttpError, UnsupportedMediaTypeError } from './errors.js';
import type { Platform } from './platform.js';
import { RateLimiter } from './rate-limit.js';
import { registerConsole } from './console.js';
import { registerOpenApi } from './routes/document.js';
import { OPS } from './routes/probes.js';
import { registerRoutes } from './routes/register.js';
import { checkResponses } from './routes/response-check.js';
import { V1_ROUTES } from './routes/v1.js';
import { endLiveStreams } from './live.js';
import type { Principal } from './services/actor.js';


export interface AppOptions {
  /** Is this process ready to serve (store reachable, network loaded or not)? */
  ready?: () => Promise<void>;
  /** Check every answer against the routes' declared schemas, writing violations here (default: SUANLI_RESPONSE_CHECK_DIR). */
  responseCheckDir?: string;
}

/**
 * The HTTP API: routes under /v1 with bearer-token auth, per-token rate
 * limits and role checks; /healthz, /readyz, /metrics, /openapi.json and
 * /docs. Every error leaves as JSON that names the problem.
 */
export async function buildApp(p: Platform, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: p.config.bodyLimitBytes,
    genReqId: () => newRequestId(),
    trustProxy: false,
    // A request must arrive whole in time: a client trickling a body keeps no connection for long.
    requestTimeout: p.config.requestTimeoutS * 1000,
    routerOptions: { maxParamLength: 500 },
    // Errors the router raises before any route runs (a malformed or overlong path) get the same JSON shape.
    frameworkErrors: (err, req, res) => {
      const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
      const reply = res as unknown as { status(code: number): { send(body: unknown): unknown } };
      void reply.status(tooLong ? 414 : 400).send({ error: { code: tooLong ? 'uri_too_long' : 'validation', message: tooLong ? 'a path parameter is longer than 500 characters' : `malformed URL: ${err.message}`, requestId: String(req.id) } });
    },
  });
  app.server.headersTimeout = Math.min(app.server.headersTimeout, p.config.requestTimeoutS * 1000);
  // Node looks for requests past their time at this interval (30 s by default).
  (app.server as { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(5000, p.config.requestTimeoutS * 500);
  // Requests are parsed by the routes' zod schemas (routes/register.ts), whose messages name each field; answers are
  // sent as the handlers made them. The JSON Schemas are for the docs, and for the test suite's check of answers.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  const limiter = new RateLimiter(p.config.rateLimitPerSecond, p.config.rateLimitBurst);
  /** Failed authentications per client address: a new bogus token does not open a new bucket. */
  const failures = new RateLimiter(p.config.authFailuresPerSecond, p.config.authFailureBurst);
  // The API takes JSON in UTF-8 only: any other media type or charset is 415.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (req) => {
    const type = req.headers['content-type'];
    if (type === undefined) return;
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) throw new UnsupportedMediaTypeError(`charset ${charset} is not supported: send JSON in UTF-8`);
  });

  await registerOpenApi(app);
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.setErrorHandler((err, req, reply) => {
    const { status, body, internal } = toHttpError(err, String(req.id));
    if (internal) p.log.error({ err, requestId: req.id, url: req.url }, 'request failed');
    if (err instanceof RateLimitedError) void reply.header('retry-after', String(err.retryAfterS));
    void reply.status(status).send(body);
  });
  const webConsole = await registerConsole(app);
  app.setNotFoundHandler((req, reply) => {
    if (webConsole.fallback(req, reply)) return;
    void reply.status(404).send({ error: { code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}`, requestId: String(req.id) } });
  });

  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    p.metrics.requests.inc({ method: req.method, route, status: String(reply.statusCode) });
    p.metrics.latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/healthz', { schema: OPS.healthz }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: OPS.readyz }, async (_req, reply) => {
    try {
      await p.metrics.timed('ping', () => p.store.ping());
      await opts.ready?.();
      return { status: 'ready', store: p.store.kind, ...(p.config.demo && { mode: 'demo' }) };
    } catch (e) {
      return reply.status(503).send({ status: 'not ready', reason: (e as Error).message });
    }
  });
  app.get('/metrics', { schema: OPS.metrics }, async (req, reply) => {
    // Off by default (a scraper on a private network); with metricsRequireToken, the metrics are for those who watch the platform.
    if (p.config.metricsRequireToken) await authorize(req, ['platform-admin', 'regulator', 'dc-operator'], undefined);
    await p.metrics.timed('ping', () => p.store.ping());
    return reply.header('content-type', p.metrics.registry.contentType).send(await p.metrics.registry.metrics());
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const checkDir = opts.responseCheckDir ?? process.env.SUANLI_RESPONSE_CHECK_DIR;
  if (checkDir) checkResponses(app, checkDir);
  registerRoutes(app, p, V1_ROUTES, { authorize, signedCaller });
  // Live streams never end by themselves: they end before the server closes, or it would wait for them.
  app.addHook('preClose', async () => endLiveStreams(p));

  /** A caller without a token, rate limited by its address; what it may do is decided by the signatures it brings. */
  function signedCaller(req: FastifyRequest): Principal {
    const wait = limiter.take(`ip:${req.ip}`, p.clock.now());
    if (wait > 0) throw new RateLimitedError(wait);
    return { tokenId: 'signed', name: 'peer platform', role: 'regulator', source: req.ip };
  }

  async function authorize(req: FastifyRequest, roles: readonly Role[], hiddenAs404: string | undefined) {
    const now = p.clock.now();
    // Unauthenticated callers share their address's bucket, so guessing tokens is rate limited too.
    const header = req.headers.authorization;
    const key = header ? `t:${header.slice(-16)}` : `ip:${req.ip}`;
    // An address that has failed too often waits, except with a token that has worked before: on a shared
    // address (a NAT, loopback) one client guessing does not lock the others out.
    const blocked = failures.peek(`ip:${req.ip}`, now);
    if (blocked > 0 && !p.auth.seenValid(header)) throw new RateLimitedError(blocked);
    const wait = limiter.take(key, now);
    if (wait > 0) throw new RateLimitedError(wait);
    let who: Principal;
    try {
      who = await p.auth.authenticate(header, req.ip);
    } catch (e) {
      if (e instanceof UnauthorizedError) failures.take(`ip:${req.ip}`, now);
      throw e;
    }
    if (!roles.includes(who.role)) {
      // A resource outside the caller's reach is reported as absent, not forbidden, where the route says so.
      if (hiddenAs404 !== undefined) throw new NotFoundError(`${hiddenAs404} "${(req.params as { id?: string }).id}" not found`);
      throw new ForbiddenError(`role ${who.role} may not call ${req.method} ${req.routeOptions.url}`);
    }
    return who;
  }

  return app;
}
