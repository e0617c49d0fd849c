import { z } from 'zod';
import type { RouteDef } from './route.js';
import { errorBodySchema } from '../contract/schemas.js';

/** JSON Schema of a zod schema, as the OpenAPI document shows it (the input form for requests, the output form for answers). */
export function jsonSchema(s: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return withoutMeta(z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Record<string, unknown>);
}

/** A JSON Schema document's own keys ($schema, $id) have no place inside an OpenAPI operation. */
function withoutMeta(doc: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _s, $id: _i, ...rest } = doc;
  return rest;
}

const ERROR_TEXT: Record<number, string> = {
  400: 'The request is malformed: the body names each field and the reason.',
  401: 'No token, or one that is unknown, revoked or malformed.',
  402: 'The balance cannot cover it: the details give the shortfall.',
  403: 'The caller\'s role may not do this.',
  404: 'No such resource, or none the caller may see.',
  409: 'It conflicts with the current state, or an Idempotency-Key was used with a different request.',
  413: 'The body is larger than the platform takes.',
  415: 'The body is not JSON in UTF-8.',
  429: 'Too many requests: wait the seconds of the Retry-After header.',
  503: 'The platform cannot answer yet (no network loaded).',
};

const SUCCESS_TEXT: Record<number, string> = { 200: 'OK.', 201: 'Created.', 202: 'Accepted.' };

/** The error statuses a route can answer: derived from its shape, plus those it declares. */
export function errorStatuses(r: RouteDef): number[] {
  // Any request can be malformed, too large, of the wrong media type or too frequent.
  const out = new Set<number>([400, 413, 415, 429, ...(r.errors ?? [])]);
  if (!r.public) out.add(401);
  if (!r.public && r.roles.length < 6) out.add(r.hiddenAs404 ? 404 : 403);
  if (r.params) out.add(404);
  if (r.idempotent) out.add(409);
  return [...out].sort((a, b) => a - b);
}

/** The success statuses of a route: 200 for a replay of an idempotent create, besides what it declares. */
export function successStatuses(r: RouteDef): number[] {
  const out = new Set(Object.keys(r.responses).map(Number));
  if (r.idempotent) out.add(200);
  return [...out].sort((a, b) => a - b);
}

/** The success schema for a status of a route (a replay answers with its create's schema). */
export function successSchema(r: RouteDef, status: number): z.ZodType | undefined {
  const declared = r.responses as Record<number, z.ZodType | undefined>;
  return declared[status] ?? (r.idempotent && status === 200 ? declared[201] : undefined);
}

/** The route's `schema` for Fastify and its OpenAPI document. */
export function routeSchema(r: RouteDef): Record<string, unknown> {
  const response: Record<string, unknown> = {};
  for (const status of successStatuses(r)) {
    const schema = jsonSchema(successSchema(r, status)!, 'output');
    const replay = r.idempotent && status === 200 && r.responses[200] === undefined;
    response[status] = {
      description: replay ? 'A replay: the Idempotency-Key and the request matched an earlier one; this is what it made (header Idempotent-Replayed: true).' : SUCCESS_TEXT[status],
      ...schema,
      ...(r.examples && !replay && { examples: [r.examples.response] }),
    };
  }
  const error = jsonSchema(errorBodySchema, 'output');
  for (const status of errorStatuses(r)) response[status] = { description: ERROR_TEXT[status], ...error };
  const who = r.public ? 'No token: the request is signed by the sending platform, and rate limited by address.' : `Roles: ${r.roles.join(', ')}.`;
  const headers = r.idempotent
    ? { type: 'object', properties: { 'idempotency-key': { type: 'string', minLength: 1, maxLength: 200, description: 'Makes retries safe: the same key with the same request (compared after defaults are applied) answers what the first made; with a different request, 409.' } } }
    : undefined;
  return {
    operationId: r.operationId,
    summary: r.summary,
    description: `${r.description}\n\n${who}`,
    tags: [r.tag],
    ...(r.public && { security: [] }),
    ...(r.params && { params: jsonSchema(r.params, 'input') }),
    ...(r.query && { querystring: jsonSchema(r.query, 'input') }),
    ...(headers && { headers }),
    ...(r.body && { body: { ...(r.bodyDoc ? withoutMeta(r.bodyDoc) : jsonSchema(r.body, 'input')), ...(r.examples?.request !== undefined && { examples: [r.examples.request] }) } }),
    response,
  };
}
