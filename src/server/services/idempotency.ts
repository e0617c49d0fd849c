import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json.js';

/** The Idempotency-Key of a request, checked, and the hash of the parsed request it came with. */
export interface Idempotency {
  key: string;
  /** SHA-256 of the canonical JSON of the parsed request (defaults applied): the same request spelled differently hashes the same. */
  hash: string;
}

/** SHA-256 of a parsed request's canonical JSON: equal requests, however spelled, hash the same. */
export function requestHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
