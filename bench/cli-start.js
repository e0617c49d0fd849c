#!/usr/bin/env node
// How long the `suanli` command takes to start: process CPU time (user +
// system) and wall time of `suanli --version`, of `suanli jobs list` against a
// platform that is not there (it exits 2 at once), and of `suanli --help`
// (which loads every command), beside bare `node`. Median of 15 runs each.
//   node bench/cli-start.js
// Figures go into bench/RESULTS.md by hand, with the date and the machine.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'suanli.js');
const RUNS = 15;
const cases = [
  ['node -e 0 (bare node)', ['-e', '0']],
  ['suanli --version', [BIN, '--version']],
  ['suanli jobs list', [BIN, 'jobs', 'list', '--url', 'http://127.0.0.1:9', '--token', 'x']],
  ['suanli monitor', [BIN, 'monitor', '--url', 'http://127.0.0.1:9', '--token', 'x']],
  ['suanli --help (every command)', [BIN, '--help']],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| command | CPU time, s (median) | wall time, s (median) |');
console.log('|---|---:|---:|');
for (const [label, args] of cases) {
  const cpu = [];
  const wall = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...args], { encoding: 'utf8' });
    wall.push((performance.now() - t0) / 1000);
    const [u, s] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    cpu.push(u + s);
  }
  console.log(`| ${label} | ${median(cpu).toFixed(2)} | ${median(wall).toFixed(2)} |`);
}
