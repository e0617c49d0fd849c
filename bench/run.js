#!/usr/bin/env node
// Benchmarks of the foundation: generating, writing, reading and validating
// scenarios of national size, and converting the Alibaba trace. Run with
// `npm run bench` (it builds first). Figures go into bench/RESULTS.md by hand,
// with the date and the machine. Never part of the test run's pass/fail.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { parse as yamlParse } from 'yaml';
import { main } from '../dist/cli/main.js';

const quiet = { stdout: () => {}, stderr: () => {} };
const dir = mkdtempSync(join(tmpdir(), 'suanli-bench-'));

async function timed(label, argv) {
  const t0 = performance.now();
  const code = await main(argv, quiet);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`${label}: exit ${code}`);
  return ms;
}

const rows = [];
for (const dcs of [1000, 10000]) {
  for (const format of ['json', 'yaml']) {
    const file = join(dir, `g${dcs}.${format}`);
    const gen = await timed('generate', ['scenario', 'generate', '--dcs', String(dcs), '--origins', '100', '--seed', '1', '--out', file]);
    const val = await timed('validate', ['scenario', 'validate', file]);
    const show = await timed('show', ['scenario', 'show', file, '--json']);
    rows.push({ task: `scenario, ${dcs} DCs, ${format}`, 'generate+write ms': gen, 'read+validate ms': val, 'show --json ms': show });
  }
}
// Why scenario files are read with js-yaml: the two YAML parsers on the same 10,000-DC file.
const bigYaml = readFileSync(join(dir, 'g10000.yaml'), 'utf8');
let t0 = performance.now();
jsYaml.load(bigYaml, { schema: jsYaml.CORE_SCHEMA });
const jsYamlMs = performance.now() - t0;
t0 = performance.now();
yamlParse(bigYaml);
const yamlPkgMs = performance.now() - t0;

const traceMs = await timed('trace', [
  'trace', 'convert', '--from', 'alibaba-openb', 'data/traces/alibaba-gpu-v2023/openb_pod_list_default.csv',
  '--scenario', 'data/scenarios/national.yaml', '--seed', '1', '--out', join(dir, 'jobs.jsonl'),
]);
const checkMs = await timed('check', ['jobs', 'check', '--scenario', 'data/scenarios/national.yaml', join(dir, 'jobs.jsonl')]);
rmSync(dir, { recursive: true, force: true });

const fmt = (x) => (typeof x === 'number' ? x.toFixed(0) : x);
console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${new Date().toISOString().slice(0, 10)}`);
console.log('| task | generate+write ms | read+validate ms | show --json ms |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.task} | ${fmt(r['generate+write ms'])} | ${fmt(r['read+validate ms'])} | ${fmt(r['show --json ms'])} |`);
const y = rows.find((r) => r.task === 'scenario, 10000 DCs, yaml');
const j = rows.find((r) => r.task === 'scenario, 10000 DCs, json');
console.log(`\nYAML / JSON read+validate time at 10,000 DCs: ${(y['read+validate ms'] / j['read+validate ms']).toFixed(1)}x`);
console.log(`parse the 10,000-DC YAML (${(bigYaml.length / 2 ** 20).toFixed(1)} MiB): js-yaml ${jsYamlMs.toFixed(0)} ms, yaml package ${yamlPkgMs.toFixed(0)} ms (${(yamlPkgMs / jsYamlMs).toFixed(1)}x slower)`);
console.log(`trace convert (8,152 tasks): ${traceMs.toFixed(0)} ms; jobs check of the result: ${checkMs.toFixed(0)} ms`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
