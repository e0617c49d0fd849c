import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { errorStatuses, successSchema, successStatuses } from './openapi.js';
import type { RouteDef } from './route.js';
import { errorBodySchema } from '../contract/schemas.js';

/** What an answer broke: an undeclared status, or a body not of its declared shape. */
export function contractProblem(r: RouteDef, status: number, payload: string, contentType: string): string | undefined {
  const isError = status >= 400;
  if (isError && status !== 500 && status !== 414 && status !== 503 && !errorStatuses(r).includes(status)) return `status ${status} is not among the declared errors ${errorStatuses(r).join(', ')}`;
  if (!isError && !successStatuses(r).includes(status)) return `status ${status} is not among the declared answers ${successStatuses(r).join(', ')}`;
  // A CSV statement is the one answer that is not JSON.
  if (!contentType.startsWith('application/json')) return r.url.startsWith('/v1/statements/') && contentType.startsWith('text/csv') ? undefined : `content type ${contentType} is not JSON`;
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    return 'the body is not JSON';
  }
  const schema = isError ? errorBodySchema : successSchema(r, status)!;
  const out = schema.safeParse(body);
  if (out.success) return undefined;
  return out.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
}

/**
 * Checks every answer of the API against the route's declared schemas,
 * when `dir` is set (the test suite sets SUANLI_RESPONSE_CHECK_DIR). A
 * violation is written to `dir` for the suite's teardown to report, and the
 * answer becomes a 500 naming it, so the test that met it fails too.
 */
export function checkResponses(app: FastifyInstance, dir: string): void {
  app.addHook('onSend', async (req, reply, payload) => {
    const def = (req.routeOptions.config as { def?: RouteDef } | undefined)?.def;
    if (def === undefined || typeof payload !== 'string') return payload;
    const problem = contractProblem(def, reply.statusCode, payload, String(reply.getHeader('content-type') ?? ''));
    if (problem === undefined) return payload;
    const status = reply.statusCode;
    const line = { operation: def.operationId, method: def.method, url: def.url, status, problem, body: payload.slice(0, 500) };
    appendFileSync(join(dir, `violations-${process.pid}.jsonl`), `${JSON.stringify(line)}\n`);
    reply.status(500).header('content-type', 'application/json; charset=utf-8');
    return JSON.stringify({ error: { code: 'internal', message: `answer breaks the API contract: ${def.operationId} ${status}: ${problem}`, requestId: String(req.id) } });
  });
}
