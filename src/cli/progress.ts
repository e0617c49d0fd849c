import { SingleBar, Presets } from 'cli-progress';
import type { CliIo } from './io.js';

/**
 * A progress bar on standard error for long work, with rate and ETA, drawn
 * only on a terminal, without `quiet`, and past `threshold` items, so pipes
 * and logs stay clean.
 */
export function progressBar(io: CliIo, label: string, total: number, threshold = 0, quiet = false): { update(done: number): void; stop(): void } {
  if (!io.stderrIsTty || quiet || total < threshold) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} | eta {eta}s`, stream: through(io), hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/**
 * A bar for work bounded by a time limit rather than a count (an iterative
 * lower bound): it fills with the time spent against the limit and shows the
 * last round's figures. On a terminal only, and not with `quiet`.
 */
export function timedBar(io: CliIo, label: string, limitS: number, quiet = false): { update(seconds: number, text: string): void; stop(): void } {
  if (!io.stderrIsTty || quiet) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} s of the time limit | {text}`, stream: through(io), hideCursor: true }, Presets.shades_classic);
  bar.start(limitS, 0, { text: 'solving the first round' });
  return { update: (seconds, text) => bar.update(Math.min(limitS, Math.round(seconds)), { text }), stop: () => bar.stop() };
}

/** The terminal the bar draws on, written through the command's io (a test's io records what a user sees). */
function through(io: CliIo): NodeJS.WriteStream {
  return {
    write: (text: string) => {
      io.stderr(text);
      return true;
    },
    isTTY: true,
    columns: process.stderr.columns ?? 100,
    on: () => undefined,
    off: () => undefined,
    removeListener: () => undefined,
  } as unknown as NodeJS.WriteStream;
}

/**
 * A bar over virtual time (the planner's simulation): hours simulated of the
 * stream's span, how many times faster than real time, and the ETA. On a
 * terminal only, and not with `quiet`.
 */
export function virtualTimeBar(io: CliIo, label: string, totalS: number, quiet = false): { update(virtualS: number): void; stop(): void } {
  if (!io.stderrIsTty || quiet) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} h virtual | {speed}x real time | eta {eta}s`, stream: through(io), hideCursor: true }, Presets.shades_classic);
  const totalH = Math.max(1, Math.ceil(totalS / 3600));
  const t0 = performance.now();
  bar.start(totalH, 0, { speed: '-' });
  return {
    update: (virtualS) => {
      const realS = (performance.now() - t0) / 1000;
      bar.update(Math.min(totalH, Math.floor(virtualS / 3600)), { speed: realS > 0 ? Math.round(virtualS / realS).toLocaleString('en') : '-' });
    },
    stop: () => bar.stop(),
  };
}
