import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'suanli.js');

export interface ServerProcess {
  proc: ChildProcess;
  url: string;
  /** The secrets its banner printed, in order. */
  tokens: string[];
  output: () => string;
}

/** Every server process a test started; `killStarted` ends those still running (call it in afterEach). */
const started: ChildProcess[] = [];

export function killStarted(): void {
  for (const c of started.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
}

/** Starts `suanli serve ARGS` as a child process and waits for its banner. */
export async function serveProcess(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const proc = spawn(process.execPath, [BIN, 'serve', '--log-level', 'warn', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(proc);
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!/Docs\s+\S+/.test(out)) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}: ${out}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = /API\s+(\S+)\/v1/.exec(out)![1]!;
  return { proc, url, tokens: [...out.matchAll(/Token\s+(sl_\S+)/g)].map((m) => m[1]!), output: () => out };
}

/** Resolves once the process has exited. */
export function exited(p: ChildProcess): Promise<void> {
  return new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())));
}
