import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every answer the test suite receives is checked against the API contract:
 * the platform (in-process, or a spawned `suanli serve`) writes each answer
 * that breaks its route's declared schemas into this folder, and the run
 * fails at the end naming them, even where the test that met it passed.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'suanli-contract-'));
  process.env.SUANLI_RESPONSE_CHECK_DIR = dir;
  return () => {
    const lines = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
    rmSync(dir, { recursive: true, force: true });
    if (lines.length === 0) return;
    const seen = new Map<string, string>();
    for (const l of lines) {
      const v = JSON.parse(l) as { operation: string; status: number; problem: string };
      seen.set(`${v.operation} ${v.status}: ${v.problem}`, l);
    }
    const message = `${lines.length} answer(s) broke the API contract:\n${[...seen.keys()].slice(0, 30).join('\n')}`;
    // An error thrown here is printed but does not fail the run: the exit code is set as well.
    process.exitCode = 1;
    throw new Error(message);
  };
}
