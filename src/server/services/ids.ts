import { randomFillSync } from 'node:crypto';

/** Random bytes drawn a page at a time: one system call per 400 ids instead of one each. */
const RANDOM_POOL = Buffer.alloc(4000);
let randomAt = RANDOM_POOL.length;
export function randomId(): string {
  if (randomAt + 10 > RANDOM_POOL.length) {
    randomFillSync(RANDOM_POOL);
    randomAt = 0;
  }
  randomAt += 10;
  return RANDOM_POOL.subarray(randomAt - 10, randomAt).toString('base64url');
}
