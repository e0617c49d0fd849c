import type { Db } from './db.js';

/**
 * Group commit: writes that arrive while a transaction is running wait and
 * then commit together in the next one, so a busy server pays for one commit
 * per group instead of one per request. Each write still succeeds or fails
 * on its own: a write that throws is rolled back to its savepoint and only
 * its caller sees the error.
 */
export class GroupCommit {
  private queue: { run: (tx: Db) => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  constructor(private readonly db: Db, private readonly maxGroup = 256) {}

  /** Runs `fn` inside a shared transaction; resolves once that transaction has committed. */
  write<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: fn, resolve: resolve as (v: unknown) => void, reject });
      // Start after the current turn of the event loop, so that requests read in the same turn share the commit.
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, this.maxGroup);
        const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
        try {
          await this.db.transaction(async (tx) => {
            for (const [i, w] of group.entries()) {
              await tx.run(`SAVEPOINT w${i}`);
              try {
                outcomes.push({ ok: true, value: await w.run(tx) });
                await tx.run(`RELEASE SAVEPOINT w${i}`);
              } catch (error) {
                await tx.run(`ROLLBACK TO SAVEPOINT w${i}`);
                await tx.run(`RELEASE SAVEPOINT w${i}`);
                outcomes.push({ ok: false, error });
              }
            }
          });
        } catch (error) {
          // The commit itself failed: nothing of the group was stored.
          for (const w of group) w.reject(error);
          continue;
        }
        group.forEach((w, i) => {
          const o = outcomes[i]!;
          if (o.ok) w.resolve(o.value);
          else w.reject(o.error);
        });
      }
    } finally {
      this.running = false;
    }
  }
}
