// Starts `suanli serve` as its own process for a benchmark, as users run it,
// and reads its API URL and first token from the banner.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** A numeric `--name value` flag of the benchmark's command line, or its default. */
export function flag(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

/** Starts a platform process with `args` and extra environment; resolves to { proc, url, admin }. */
export async function startPlatform(args, env = {}) {
  const proc = spawn(process.execPath, [join(root, 'bin/suanli.js'), 'serve', '--port', '0', '--log-level', 'warn', ...args], {
    env: { ...process.env, SUANLI_RATE_LIMIT_PER_SECOND: '10000000', SUANLI_RATE_LIMIT_BURST: '10000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout.on('data', (d) => (out += d));
  while (!/Docs\s+\S+/.test(out)) {
    if (proc.exitCode !== null) throw new Error(out);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { proc, url: /API\s+(\S+)\/v1/.exec(out)[1], admin: /Token\s+(sl_\S+)/.exec(out)[1] };
}
