import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The built command, as users run it. */
export const BIN = join(import.meta.dirname, '..', 'bin', 'suanli.js');

const started: ChildProcess[] = [];

/** Starts `suanli ARGS...` as a real process, collecting what it prints; `stopStarted` ends it. */
export function startSuanli(args: string[], env: Record<string, string> = {}): { proc: ChildProcess; output: () => string } {
  const proc = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(proc);
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { proc, output: () => out };
}

/** Kills, by their process ids, the processes this test file started that still run. */
export function stopStarted(signal: NodeJS.Signals = 'SIGKILL'): void {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill(signal);
}

/** Polls `f` until it gives a value (an error counts as none yet); throws naming `what` after `ms`. */
export async function until<T>(what: string, f: () => Promise<T | undefined> | T | undefined, ms = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await Promise.resolve().then(f).catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A JSON call with a bearer token; the answer's body, whatever its status. */
export type ApiCall = (token: string, method: string, path: string, body?: unknown) => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Starts `suanli serve` on a free port and waits for its banner: its URL, bootstrap admin token and a JSON caller. */
export async function startPlatform(args: string[], env: Record<string, string> = {}): Promise<{ proc: ChildProcess; output: () => string; url: string; admin: string; api: ApiCall }> {
  const platform = startSuanli(['serve', '--port', '0', '--log-level', 'warn', ...args], env);
  const url = await until('the platform', () => /API\s+(\S+)\/v1/.exec(platform.output())?.[1]);
  const admin = /Token\s+(sl_\S+)/.exec(platform.output())![1]!;
  const api: ApiCall = async (token, method, path, body) => {
    const res = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) });
    return (await res.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  return { ...platform, url, admin, api };
}
