import type { Logger } from 'pino';

/**
 * The agent's link to its platform, as its log tells it: one line when the
 * platform stops answering, one when it answers again, however many calls
 * fail in between. While it is down, the assignment loop waits longer each
 * time (1 s, 2 s, 4 s ... up to 30 s), so an agent does not hammer a platform
 * that is coming back.
 */
export class PlatformLink {
  private downSince: number | undefined;
  private failures = 0;

  constructor(private readonly log: Logger, private readonly now: () => number = Date.now) {}

  /** Whether an error means the platform could not be reached or could not answer (not a refusal of the request). */
  static unreachable(e: unknown): boolean {
    const m = (e as Error | undefined)?.message ?? '';
    return /^cannot reach the platform|^the platform answered 5\d\d/.test(m) || (e as Error | undefined)?.name === 'TimeoutError';
  }

  /** A call went through. */
  up(): void {
    if (this.downSince === undefined) return;
    this.log.info({ downS: Math.round((this.now() - this.downSince) / 1000), failedCalls: this.failures }, 'the platform answers again');
    this.downSince = undefined;
    this.failures = 0;
  }

  /** A call failed for want of the platform; the wait before the next try of the assignment loop, ms. */
  down(e: Error): number {
    this.failures += 1;
    if (this.downSince === undefined) {
      this.downSince = this.now();
      this.log.warn({ err: e.message }, 'the platform does not answer; retrying with backoff (the next line says when it answers again)');
    }
    return Math.min(30_000, 1000 * 2 ** Math.min(5, this.failures - 1));
  }

  get isDown(): boolean {
    return this.downSince !== undefined;
  }
}
