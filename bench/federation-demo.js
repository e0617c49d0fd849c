#!/usr/bin/env node
// What a federation demo costs this machine at rest: `suanli demo federation NAME`
// started as users start it (default settings, its simulated demand on), then,
// after a settling time, the resident memory of the command and every platform
// process (summed) and their CPU time over a window, as a share of one core.
//   node bench/federation-demo.js [--federations yrd-1plus4,national-west] [--seconds 60] [--settle 15]
// Figures go into bench/RESULTS.md by hand, with the date and the machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const FEDERATIONS = arg('federations', 'yrd-1plus4,national-west').split(',');
const SECONDS = Number(arg('seconds', '60'));
const SETTLE = Number(arg('settle', '15'));
const BIN = join(import.meta.dirname, '..', 'bin', 'suanli.js');
const TICKS = 100; // USER_HZ on Linux

const free = (port) => new Promise((resolve) => {
  const s = createServer();
  s.once('error', () => resolve(false));
  s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
});
async function freeRun(n) {
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (let i = 0; i < n && ok; i++) ok = await free(base + i);
    if (ok) return base;
  }
}
const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const cpuTicks = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(f[11]) + Number(f[12]); // utime + stime
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

console.log(`federation demo at rest: ${SETTLE} s to settle, then ${SECONDS} s measured; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}`);
console.log('| federation | platforms | up in (s) | memory, all processes (MiB, mean / max) | CPU (share of one core) |');
console.log('|---|---|---|---|---|');
for (const name of FEDERATIONS) {
  const dir = mkdtempSync(join(tmpdir(), `suanli-bench-${name}-`));
  const base = await freeRun(8);
  const t0 = Date.now();
  const demo = spawn(process.execPath, [BIN, 'demo', 'federation', name, '--base-port', String(base), '--data-dir', join(dir, 'fed'), '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  demo.stdout.on('data', (d) => (out += d));
  demo.stderr.on('data', () => undefined);
  let up;
  while (!up) {
    if (demo.exitCode !== null) throw new Error(`the demo exited: ${out}`);
    const end = out.indexOf('\n}\n');
    if (end > 0) up = JSON.parse(out.slice(out.indexOf('{'), end + 2));
    else await sleep(100);
  }
  const upIn = (Date.now() - t0) / 1000;
  const pids = [demo.pid, ...up.platforms.map((p) => p.pid)];
  await sleep(SETTLE * 1000);
  const start = pids.reduce((n, p) => n + cpuTicks(p), 0);
  const samples = [];
  for (let s = 0; s < SECONDS; s++) {
    samples.push(pids.reduce((n, p) => n + rssKb(p), 0) / 1024);
    await sleep(1000);
  }
  const cpu = (pids.reduce((n, p) => n + cpuTicks(p), 0) - start) / TICKS / SECONDS;
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`| ${name} | ${up.platforms.length} | ${upIn.toFixed(1)} | ${mean.toFixed(0)} / ${Math.max(...samples).toFixed(0)} | ${cpu.toFixed(2)} |`);
  demo.kill('SIGTERM');
  await new Promise((r) => demo.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
