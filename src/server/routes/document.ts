import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../platform.js';
import { OPS } from './probes.js';
import { registerRoutes } from './register.js';
import { V1_ROUTES } from './v1.js';

const VERSION = '0.1.0';

/** The OpenAPI document's frame; every operation in it comes from the routes' own declarations. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Suanli platform API', version: VERSION,
        description: 'Monitor, schedule and sell computing power across a network of data centers. Authenticate with `Authorization: Bearer <token>`. Every error is `{ error: { code, message, issues?, details?, requestId } }`. Money is an exact decimal text of yuan beside its integer count of 1/10,000 yuan.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
}

/**
 * The OpenAPI document without a running platform: the routes are
 * registered with handlers that never run. `npm run api` writes it to
 * schemas/openapi.json and the client types from it.
 */
export async function openapiDocument(): Promise<Record<string, unknown>> {
  const app = Fastify({ logger: false });
  await registerOpenApi(app);
  for (const [url, schema] of [['/healthz', OPS.healthz], ['/readyz', OPS.readyz], ['/metrics', OPS.metrics]] as const) app.get(url, { schema }, async () => ({}));
  const never = () => {
    throw new Error('not served');
  };
  registerRoutes(app, undefined as unknown as Platform, V1_ROUTES, { authorize: never, signedCaller: never });
  await app.ready();
  const doc = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return doc;
}
