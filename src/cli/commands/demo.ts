import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError, ValidationError } from '../../core/errors.js';
import { federationFile, listFederations, loadFederation } from '../../federation/federation-file.js';
import type { Federation } from '../../federation/federation-file.js';
import { checkPortsFree, lastLogLine, launchPlatform, stopAll, waitReady } from '../federation-demo/launch.js';
import type { Launched } from '../federation-demo/launch.js';
import { applyPolicies, linkByRequest, linkProblem, topCount } from '../federation-demo/links.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../table.js';

interface DemoFlags { basePort: string; dataDir?: string; list?: boolean; json?: boolean; timeout: string }

/** `suanli demo federation NAME`: every platform of a federation, started and linked on this machine. */
export function registerDemoCommands(program: Command, io: CliIo): void {
  const demo = program.command('demo').description('the systems of the public reports, run on this machine with simulated data centers');
  demo.command('federation [name]')
    .description('start every platform of a named federation (data/federations/NAME.yaml, or a file of your own) on loopback, each its own process with its own data dir; link them by request and approval; wait until every link is healthy; Ctrl-C stops them all')
    .option('--base-port <port>', 'the first platform listens here, the next one port higher, and so on', '8090')
    .option('--data-dir <dir>', 'a data dir per platform under this one (default: .suanli-demo/NAME)')
    .option('--timeout <s>', 'how long to wait for the platforms and their links', '90')
    .option('--list', 'name the federations shipped with Suanli')
    .option('--json', 'print the platforms (or the list) as JSON')
    .action(async (name: string | undefined, o: DemoFlags) => {
      if (o.list) return list(io, o.json === true);
      if (name === undefined) throw new UsageError('name a federation (suanli demo federation --list names them), or give a federation file');
      await run(io, loadFederation(federationFile(name)), o);
    });
}

function list(io: CliIo, json: boolean): void {
  const all = listFederations().map((f) => {
    const fed = loadFederation(f.file);
    return { id: fed.id, name: fed.name, nameZh: fed.nameZh, platforms: fed.platforms.length, dataCenters: fed.platforms.reduce((n, p) => n + (p.scenario?.dataCenters ?? 0), 0), file: f.file };
  });
  if (json) return io.stdout(`${JSON.stringify({ federations: all }, null, 2)}\n`);
  io.stdout(`${renderTable(['federation', 'platforms', 'data centers'], all.map((f) => [f.id, String(f.platforms), String(f.dataCenters)]))}\n\n`);
  for (const f of all) io.stdout(`${f.id}: ${f.name}\n${' '.repeat(f.id.length + 2)}${f.nameZh}\n`);
}

const whole = (flag: string, text: string, min: number, max: number): number => {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || v < min || v > max) throw new ValidationError(flag, [{ path: '', message: `must be a whole number from ${min} to ${max}, got "${text}"` }]);
  return v;
};

/** The data dir remembers the federation and ports it was made with: its platforms know each other at those addresses. */
function claimDataDir(root: string, fed: Federation, basePort: number): void {
  const marker = join(root, 'federation.json');
  if (existsSync(marker)) {
    let was: { federation?: string; basePort?: number } = {};
    try {
      was = JSON.parse(readFileSync(marker, 'utf8')) as typeof was;
    } catch {
      throw new UsageError(`${marker} is not a federation demo's record; choose another --data-dir`);
    }
    if (was.federation !== fed.id) throw new UsageError(`${root} holds the federation "${was.federation}", not "${fed.id}"; choose another --data-dir`);
    if (was.basePort !== basePort) throw new UsageError(`${root} was made with --base-port ${was.basePort}, where its platforms know each other; start it with that port again, or choose another --data-dir`);
    return;
  }
  mkdirSync(root, { recursive: true, mode: 0o711 });
  writeFileSync(marker, `${JSON.stringify({ federation: fed.id, basePort, createdAt: new Date().toISOString() }, null, 2)}\n`);
}

async function run(io: CliIo, fed: Federation, o: DemoFlags): Promise<void> {
  const t0 = Date.now();
  const n = fed.platforms.length;
  const basePort = whole('--base-port', o.basePort, 1, 65_536 - n);
  const timeoutMs = whole('--timeout', o.timeout, 1, 3600) * 1000;
  const root = resolve(o.dataDir ?? join('.suanli-demo', fed.id));
  const ports = fed.platforms.map((_, i) => basePort + i);
  await checkPortsFree(ports);
  claimDataDir(root, fed, basePort);
  const say = (line: string) => io.stderr(`${line}\n`);

  const started: Launched[] = [];
  let stopping: Promise<void> | undefined;
  let halted = false;
  let launching: Promise<void> = Promise.resolve();
  // Stopping waits for a launch under way, so that no platform is left behind.
  const stop = () => (stopping ??= (async () => {
    halted = true;
    await launching.catch(() => undefined);
    await stopAll(started);
  })());
  let interrupted: (() => void) | undefined;
  const signalled = new Promise<void>((r) => (interrupted = r));
  const onSignal = () => interrupted!();
  // A platform that stops before the federation is up ends the start at once, with the reason from its log.
  let up = false;
  let fail: ((e: Error) => void) | undefined;
  const early = new Promise<never>((_, reject) => (fail = reject));
  early.catch(() => undefined);
  const watch = (p: Launched) => p.proc.once('exit', (code, signal) => {
    if (!up && !stopping) fail!(new UsageError(`platform ${p.plan.id} exited (${code ?? signal}) before the federation was up: ${lastLogLine(p.log)}`));
  });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    say(`starting the ${n} platforms of ${fed.id} (${fed.name}) under ${root}`);
    const ready = (async () => {
      launching = (async () => {
        for (const [i, plan] of fed.platforms.entries()) {
          if (halted) return;
          const p = await launchPlatform(plan, ports[i]!, root);
          started.push(p);
          watch(p);
        }
      })();
      await launching;
      await Promise.all(started.map((p) => waitReady(p, timeoutMs)));
      say(`  ${n} platforms answer (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      const byId = new Map(started.map((p) => [p.plan.id, p]));
      for (const p of started) await applyPolicies(p);
      for (const child of started) {
        if (child.plan.parent === undefined) continue;
        const parent = byId.get(child.plan.parent)!;
        const how = await linkByRequest(child, parent);
        say(`  ${child.plan.id} -> ${parent.plan.id}: ${how === 'linked' ? 'asked to join; the key checked and the request approved' : 'linked at an earlier start'}`);
      }
      await waitFor(timeoutMs, t0, async () => {
        const problems = (await Promise.all(started.filter((c) => c.plan.parent !== undefined).map(async (c) => {
          const why = await linkProblem(c, byId.get(c.plan.parent!)!).catch((e: Error) => e.message);
          return why === undefined ? undefined : `${c.plan.id} -> ${c.plan.parent}: ${why}`;
        }))).filter((x): x is string => x !== undefined);
        return problems.length === 0 ? undefined : problems.join('; ');
      });
      const top = started.find((p) => p.plan.parent === undefined)!;
      await waitFor(timeoutMs, t0, async () => {
        const c = await topCount(top, started);
        return c.counted === c.owned ? undefined : `${top.plan.id} counts ${c.counted} of the federation's ${c.owned} data centers`;
      });
    })();
    ready.catch(() => undefined);
    const first = await Promise.race([ready.then(() => 'up' as const), signalled.then(() => 'signal' as const), early]);
    up = true;
    if (first === 'signal') {
      say('interrupted: stopping the platforms started so far');
      return;
    }
    printTable(io, fed, started, (Date.now() - t0) / 1000, o.json === true);
    say(`the federation is up in ${((Date.now() - t0) / 1000).toFixed(1)} s; logs in ${root}/*.log; Ctrl-C stops every platform`);
    const died = new Promise<Launched>((r) => started.forEach((p) => p.proc.once('exit', () => r(p))));
    const end = await Promise.race([signalled.then(() => undefined), died]);
    if (end) {
      say(`platform ${end.plan.id} exited (${end.proc.exitCode ?? end.proc.signalCode}); see ${end.log}. Stopping the others`);
      await stop();
      throw new UsageError(`platform ${end.plan.id} stopped on its own; the federation was stopped`);
    }
    say(`stopping ${n} platforms`);
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  say('every platform stopped; each data dir is closed cleanly');
}

/** Polls `problem` until it answers undefined; throws the last problem at the deadline. */
async function waitFor(timeoutMs: number, t0: number, problem: () => Promise<string | undefined>): Promise<void> {
  let last: string | undefined;
  for (;;) {
    last = await problem().catch((e: Error) => e.message);
    if (last === undefined) return;
    if (Date.now() - t0 > timeoutMs) throw new UsageError(`the federation was not up within ${timeoutMs / 1000} s: ${last}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function printTable(io: CliIo, fed: Federation, ps: readonly Launched[], seconds: number, json: boolean): void {
  const rows = ps.map((p) => ({
    id: p.plan.id, role: p.plan.role, parent: p.plan.parent ?? null, name: p.plan.name, nameZh: p.plan.nameZh,
    dataCenters: p.plan.scenario?.dataCenters ?? 0, api: `${p.url}/v1`, console: `${p.url}/`, adminToken: p.admin,
    pid: p.proc.pid ?? null, dataDir: p.dataDir, log: p.log,
  }));
  if (json) return io.stdout(`${JSON.stringify({ federation: fed.id, name: fed.name, nameZh: fed.nameZh, upInS: Math.round(seconds * 10) / 10, platforms: rows }, null, 2)}\n`);
  const top = rows.find((r) => r.parent === null)!;
  io.stdout([
    '',
    `  ${fed.name}`,
    `  ${fed.nameZh}`,
    '',
    renderTable(['platform', 'role', 'parent', 'data centers', 'API', 'console', 'admin token'], rows.map((r) => [r.id, r.role, r.parent ?? '-', String(r.dataCenters), r.api, r.console, r.adminToken])).replace(/^/gm, '  '),
    '',
    ...rows.map((r) => `  ${r.id.padEnd(Math.max(...rows.map((x) => x.id.length)))}  ${r.nameZh}  ${r.name}`),
    '',
    '  Look at:',
    `    the federation tree    ${top.console}#token=${top.adminToken}   (Administration, Federation)`,
    `    the links              suanli federation status --url ${top.console.replace(/\/$/, '')} --token ${top.adminToken}`,
    `    the national figures   suanli monitor --url ${top.console.replace(/\/$/, '')} --token ${top.adminToken}`,
    '',
  ].join('\n'));
}
