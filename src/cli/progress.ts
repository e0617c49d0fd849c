import { SingleBar, Presets } from 'cli-progress';
import type { CliIo } from './io.js';

/**
 * A progress bar on standard error for long work, drawn only on a terminal
 * and only past `threshold` items, so pipes and logs stay clean.
 */
export function progressBar(io: CliIo, label: string, total: number, threshold = 20_000): { update(done: number): void; stop(): void } {
  if (!io.stderrIsTty || total < threshold) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} | eta {eta}s`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
