import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../core/errors.js';
import type { PlannedPlatform } from '../../federation/federation-file.js';
import { mintLocalAdminToken } from '../local-admin.js';

const BIN = fileURLToPath(new URL('../../../bin/suanli.js', import.meta.url));
const ADMIN_NAME = 'federation demo admin';

/** One platform of the demo, running as its own `suanli serve` process. */
export interface Launched {
  plan: PlannedPlatform;
  url: string;
  dataDir: string;
  /** Its log (standard output and error of the process). */
  log: string;
  /** A platform-admin token of its own, minted at this start. */
  admin: string;
  proc: ChildProcess;
}

/** Refuses, before anything starts, a port on loopback that another process holds. */
export async function checkPortsFree(ports: readonly number[]): Promise<void> {
  for (const port of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (!free) throw new UsageError(`port ${port} on 127.0.0.1 is already in use: another process listens there (choose another --base-port; the federation needs ${ports.length} ports from ${ports[0]})`);
  }
}

/**
 * Writes the platform's settings and scenario part under `root`, mints its
 * admin token into its own store, and starts `suanli serve` for it on
 * loopback. The platform owns the data centers of its part and simulates
 * them (demo mode); one that owns none runs without a network of its own.
 */
export async function launchPlatform(plan: PlannedPlatform, port: number, root: string): Promise<Launched> {
  const dataDir = join(root, plan.id);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const configFile = join(root, `${plan.id}.config.json`);
  writeFileSync(configFile, `${JSON.stringify({
    logLevel: 'warn', ...plan.settings,
    ...(plan.commissionBps !== undefined && { commissionBps: plan.commissionBps }),
    demoJobsPerMinute: plan.demandPerMinute ?? 0,
  }, null, 2)}\n`);
  const args = ['serve', '--config', configFile, '--host', '127.0.0.1', '--port', String(port), '--data-dir', dataDir, '--platform-id', plan.id, '--role', plan.role];
  if (plan.scenario) {
    const scenarioFile = join(root, `${plan.id}.scenario.json`);
    writeFileSync(scenarioFile, `${JSON.stringify(plan.scenario.document, null, 2)}\n`);
    args.push('--demo', '--scenario', scenarioFile);
  }
  const { secret } = await mintLocalAdminToken({ sqliteFile: join(dataDir, 'suanli.db'), name: ADMIN_NAME, replace: true });
  const log = join(root, `${plan.id}.log`);
  const fd = openSync(log, 'a');
  // The platform's settings come from its config file and these flags, not from this shell's SUANLI_* variables,
  // except those that shorten intervals (tests and impatient users set them for every platform at once).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SUANLI_') || /INTERVAL_MS$|_AFTER_S$/.test(k)));
  delete env.DATABASE_URL;
  // The IPC channel ties the platform to this process: it stops itself if this one goes, even killed (suanli serve watches it).
  const proc = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', fd, fd, 'ipc'] });
  closeSync(fd);
  return { plan, url: `http://127.0.0.1:${port}`, dataDir, log, admin: secret, proc };
}

/** Waits until the platform answers /readyz; throws with the last line of its log if it exits first. */
export async function waitReady(p: Launched, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (p.proc.exitCode !== null || p.proc.signalCode !== null) throw new UsageError(`platform ${p.plan.id} stopped before it was ready: ${lastLogLine(p.log)}`);
    const ok = await fetch(`${p.url}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new UsageError(`platform ${p.plan.id} was not ready within ${timeoutMs / 1000} s (see ${p.log})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops the platforms by their process ids (SIGTERM, then SIGKILL after `graceMs`) and waits for each to exit. */
export async function stopAll(ps: readonly Launched[], graceMs = 15_000): Promise<void> {
  await Promise.all(ps.map(async (p) => {
    if (p.proc.exitCode !== null || p.proc.signalCode !== null) return;
    const gone = new Promise<void>((r) => p.proc.once('exit', () => r()));
    p.proc.kill('SIGTERM');
    const timer = setTimeout(() => p.proc.kill('SIGKILL'), graceMs);
    await gone;
    clearTimeout(timer);
  }));
}

/** The last line a platform wrote to its log: why it stopped, usually. */
export function lastLogLine(file: string): string {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    return lines[lines.length - 1] || '(nothing in its log)';
  } catch {
    return '(no log)';
  }
}
