import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ValidationError } from '../../core/errors.js';
import { issuesFromZod } from '../../core/network/scenario.js';
import type { Role } from '../../store/repositories/identity.repository.js';
import type { Platform } from '../platform.js';
import type { Principal } from '../services/actor.js';
import { requestHash } from '../services/idempotency.js';
import { routeSchema } from './openapi.js';
import { Reply } from './route.js';
import type { Idempotency, Made, RouteDef } from './route.js';

/** Parses one part of a request with its schema; a failure names every field. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, source: string): z.output<T> {
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) throw new ValidationError(source, issuesFromZod(r.error));
  return r.data;
}

/** The Idempotency-Key header, checked. */
export function idempotencyKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const raw = headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
    throw new ValidationError('Idempotency-Key header', [{ path: '', message: 'must be 1 to 200 printable characters without spaces' }]);
  }
  return key;
}

/** How the app authenticates: a bearer token checked against roles, or a signed request from a peer. */
export interface Gate {
  authorize(req: FastifyRequest, roles: readonly Role[], hiddenAs404: string | undefined): Promise<Principal>;
  signedCaller(req: FastifyRequest): Principal;
}

/**
 * Registers API routes. Each request is authenticated, then its params,
 * query and body are parsed once by the route's schemas, so handlers get
 * typed input. Idempotent routes answer replays the same way everywhere:
 * 201 when the request made something, 200 with `Idempotent-Replayed: true`
 * when its key and request matched an earlier one.
 */
export function registerRoutes(app: FastifyInstance, p: Platform, routes: readonly RouteDef[], gate: Gate): void {
  for (const r of routes) {
    const usual = Number(Object.keys(r.responses)[0] ?? 200);
    app.route({
      method: r.method,
      url: r.url,
      schema: routeSchema(r),
      // Answers leave as the handlers made them; the response schemas are the contract the tests check, not a filter.
      serializerCompiler: () => (data) => JSON.stringify(data),
      // Requests are parsed by the zod schemas in the handler below, whose messages name each field.
      validatorCompiler: () => () => true,
      config: { def: r },
      handler: async (req, reply) => {
        const who = r.public ? gate.signedCaller(req) : await gate.authorize(req, r.roles, r.hiddenAs404);
        const params = r.params ? parse(r.params, req.params, 'path') : req.params;
        const query = r.query ? parse(r.query, req.query ?? {}, 'query') : {};
        const body = r.body ? (r.parseBody ? r.parseBody(req.body) : parse(r.body, req.body, 'request body')) : undefined;
        let idempotency: Idempotency | undefined;
        if (r.idempotent) {
          const key = idempotencyKey(req.headers);
          if (key !== undefined) idempotency = { key, hash: requestHash({ params, body }) };
        }
        const out = await r.handler(p, { who, params, query, body, idempotency, closed: () => req.raw.destroyed });
        if (out instanceof Reply) return reply.status(out.status).headers(out.headers).send(out.body);
        if (r.idempotent) {
          const made = out as Made;
          if (made.created) return reply.status(usual).send(made.body);
          return reply.status(200).header('idempotent-replayed', 'true').send(made.body);
        }
        return reply.status(usual).send(out);
      },
    });
  }
}
