import { randomBytes } from 'node:crypto';
import { AppError, ValidationError } from '../core/errors.js';

/** An error body: always JSON, always naming the problem. */
export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[]; details?: Record<string, unknown>; requestId: string };
}

/** The caller sent requests faster than its token's rate. */
export class RateLimitedError extends AppError {
  readonly code = 'rate_limited';
  constructor(readonly retryAfterS: number) {
    super(`rate limit exceeded: retry after ${retryAfterS} s`);
  }
}

/** A body in a media type or charset the API does not take. */
export class UnsupportedMediaTypeError extends AppError {
  readonly code = 'unsupported_media_type';
}

/** The one place where error codes become HTTP statuses. */
const STATUS: Record<string, number> = {
  validation: 400,
  usage: 400,
  unauthorized: 401,
  payment_required: 402,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};

/** Fastify's own client errors, by code, as ours. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation',
};

/** Maps any error to a status and body; unknown errors become a 500 that names only its request id. */
export function toHttpError(e: unknown, requestId: string): { status: number; body: ErrorBody; internal: boolean } {
  if (e instanceof ValidationError) {
    return { status: 400, internal: false, body: { error: { code: e.code, message: `invalid ${e.source}`, issues: e.issues.map((i) => ({ path: i.path, message: i.message })), requestId } } };
  }
  if (e instanceof AppError && STATUS[e.code] !== undefined) {
    return { status: STATUS[e.code]!, internal: false, body: { error: { code: e.code, message: e.message, ...(e.expose && { details: e.context }), requestId } } };
  }
  const fe = e as { code?: string; statusCode?: number; message?: string; name?: string };
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return { status: STATUS[mapped]!, internal: false, body: { error: { code: mapped, message: fe.message ?? mapped, requestId } } };
  // JSON that does not parse, or a body that is not what the content type says.
  if (fe.name === 'SyntaxError' || (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500)) {
    return { status: fe.statusCode && fe.statusCode !== 500 ? fe.statusCode : 400, internal: false, body: { error: { code: 'validation', message: `invalid request: ${fe.message ?? 'malformed'}`, requestId } } };
  }
  return { status: 500, internal: true, body: { error: { code: 'internal', message: `internal error; quote request id ${requestId} when reporting it`, requestId } } };
}

/** Request ids: a random prefix per process and a counter, unique without a system call per request. */
const PREFIX = randomBytes(4).toString('hex');
let counter = 0;
export function newRequestId(): string {
  counter += 1;
  return `req_${PREFIX}${counter.toString(36)}`;
}
