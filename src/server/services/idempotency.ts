/** The Idempotency-Key of a request, checked, and the hash of the parsed request it came with. */
export interface Idempotency {
  key: string;
  /** SHA-256 of the canonical JSON of the parsed request (defaults applied): the same request spelled differently hashes the same. */
  hash: string;
}
