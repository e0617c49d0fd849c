import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COMPUTE_CLASSES } from '../src/core/network/compute-class.js';
import type { ScenarioSummary } from '../src/core/network/summary.js';
import { CHONGQING, NATIONAL, OPENB, runCli, tempDir } from './helpers.js';

/** A scenario written only from docs/scenario-format.md, the way an outside user would. */
const OUTSIDE_SCENARIO = `# A provincial platform's own network, written from the documented format.
version: 1
name: sichuan-provincial
carbonPrice: 0.08
unplacedPenalty: 40
network:
  transferPricePerGb: 0.02
  latencyOverrides:
    - { from: mianyang, to: yaan-1, ms: 4.5 }
hubs:
  - { id: cdcq, name: Chengdu-Chongqing, side: east }
  - { id: gz, name: Guizhou, side: west }
clusters:
  - { id: tianfu, hub: cdcq, name: Tianfu }
origins:
  - { id: chengdu, name: Chengdu, province: Sichuan, lat: 30.57, lon: 104.07, weight: 2.2 }
  - { id: mianyang, name: Mianyang, province: Sichuan, lat: 31.47, lon: 104.68, weight: 0.4 }
dataCenters:
  - id: tf-1
    name: Tianfu One
    hub: cdcq
    cluster: tianfu
    province: Sichuan
    lat: 30.4
    lon: 104.1
    pue: 1.25
    electricityPrice: 0.5
    greenShare: 0.85
    gridFactor: 0.1404
    racks: { built: 3000, inUse: 2100 }
    pools:
      - { id: gpu, class: intelligent, model: Ascend910B, units: 4000, unitTflops: 320, unitPowerKw: 0.4, price: "4.95" }
      - { id: cpu, class: general, model: Kunpeng920, units: 200000, unitTflops: 0.0416, unitPowerKw: 0.006, price: 0.0215 }
  - id: yaan-1
    name: Ya'an One
    hub: cdcq
    province: Sichuan
    lat: 29.98
    lon: 103.01
    pue: 1.2
    electricityPrice: 0.4
    greenShare: 0.9
    gridFactor: 0.1404
    racks: { built: 1000, inUse: 500 }
    pools:
      - { id: hpc, class: super, model: HPC-CPU, units: 300, unitTflops: 5.3, unitPowerKw: 0.8, price: 4.1 }
  - id: ga-1
    name: Gui'an One
    hub: gz
    province: Guizhou
    lat: 26.4
    lon: 106.3
    pue: 1.2
    electricityPrice: 0.45
    greenShare: 0.55
    gridFactor: 0.3869
    racks: { built: 2000, inUse: 1000 }
    pools:
      - { id: a100, class: intelligent, model: A100, units: 1000, unitTflops: 312, unitPowerKw: 0.4, price: 6.2 }
`;

describe('suanli scenario show', () => {
  it('prints all 8 hubs and 10 clusters of the reference network', async () => {
    const r = await runCli('scenario', 'show', NATIONAL);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const hubs = ['Beijing-Tianjin-Hebei', 'Yangtze River Delta', 'Guangdong-Hong Kong-Macao Greater Bay Area', 'Chengdu-Chongqing', 'Inner Mongolia', 'Guizhou', 'Gansu', 'Ningxia'];
    const clusters = ['Zhangjiakou', 'YRD demonstration zone', 'Wuhu', 'Shaoguan', 'Tianfu', 'Chongqing', 'Horinger', "Gui'an", 'Qingyang', 'Zhongwei'];
    for (const h of hubs) expect(r.stdout).toContain(`${h} [`);
    for (const c of clusters) expect(r.stdout).toContain(`cluster ${c}`);
    expect(r.stdout).toContain('8 national hubs (+1 other), 10 national clusters');
  });

  it('--json parses and its totals equal the sum over data centers', async () => {
    const r = await runCli('scenario', 'show', NATIONAL, '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as ScenarioSummary;
    const dcs = s.hubs.flatMap((h) => h.clusters.flatMap((c) => c.dataCenters));
    expect(dcs).toHaveLength(s.counts.dataCenters);
    expect(s.counts.nationalHubs).toBe(8);
    expect(s.counts.nationalClusters).toBe(10);
    for (const c of COMPUTE_CLASSES) {
      expect(s.totals.capacityP[c]).toBeCloseTo(dcs.reduce((a, d) => a + d.capacityP[c], 0), 6);
      expect(s.totals.units[c]).toBe(dcs.reduce((a, d) => a + d.units[c], 0));
      expect(s.totals.capacityP[c]).toBeCloseTo(s.hubs.reduce((a, h) => a + h.totals.capacityP[c], 0), 6);
    }
    expect(s.totals.racks.built).toBe(dcs.reduce((a, d) => a + d.racks.built, 0));
    expect(s.totals.racks.inUse).toBe(dcs.reduce((a, d) => a + d.racks.inUse, 0));
    expect(s.totals.itPowerKw).toBeCloseTo(dcs.reduce((a, d) => a + d.itPowerKw, 0), 6);
    const weighted = dcs.reduce((a, d) => a + (d.pue ?? 0) * d.itPowerKw, 0) / s.totals.itPowerKw;
    expect(s.totals.pue).toBeCloseTo(weighted, 9);
    // The reference facts: Qingyang passed 100,000 P of intelligent computing.
    const qingyang = s.hubs.find((h) => h.id === 'gansu')!.clusters.find((c) => c.id === 'qingyang')!;
    expect(qingyang.totals.capacityP.intelligent).toBeGreaterThan(100_000);
    expect(s.counts.dataCenters).toBeGreaterThanOrEqual(40);
    expect(s.counts.origins).toBeGreaterThanOrEqual(30);
  });

  it('models the Chongqing platform: 15 data centers in 6 provinces, over 20,000 P', async () => {
    const r = await runCli('scenario', 'show', CHONGQING, '--json');
    const s = JSON.parse(r.stdout) as ScenarioSummary;
    const dcs = s.hubs.flatMap((h) => h.clusters.flatMap((c) => c.dataCenters));
    expect(dcs).toHaveLength(15);
    expect(new Set(dcs.map((d) => d.province))).toEqual(new Set(['Chongqing', 'Sichuan', 'Guizhou', 'Gansu', 'Ningxia', 'Xinjiang']));
    expect(COMPUTE_CLASSES.reduce((a, c) => a + s.totals.capacityP[c], 0)).toBeGreaterThan(20_000);
  });

  it('shows a scenario written by someone else from the documented format', async () => {
    const dir = tempDir();
    const file = join(dir, 'sichuan.yaml');
    writeFileSync(file, OUTSIDE_SCENARIO);
    const v = await runCli('scenario', 'validate', file);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`${file}: valid scenario "sichuan-provincial": 2 hubs, 1 clusters, 3 data centers, 4 pools, 2 origins\n`);
    const r = await runCli('scenario', 'show', file, '--json');
    const s = JSON.parse(r.stdout) as ScenarioSummary;
    expect(s.totals.capacityP.intelligent).toBeCloseTo(4000 * 0.32 + 1000 * 0.312, 9);
    expect(s.totals.capacityP.general).toBeCloseTo(200_000 * 0.0416 / 1000, 9);
    expect(s.totals.capacityP.super).toBeCloseTo(1.59, 9);
    const text = await runCli('scenario', 'show', file, '--level', 'cluster');
    expect(text.stdout).toContain('cluster Tianfu');
    expect(text.stdout).toContain('(outside any cluster)');
    expect(text.stdout).not.toContain('yaan-1');
    const lat = await runCli('network', 'latency', '--scenario', file, 'mianyang', 'yaan-1', '--json');
    expect(JSON.parse(lat.stdout)).toMatchObject({ oneWayMs: 4.5, override: true, meets: { realtime: true } });
  });

  it('rejects a broken scenario with a path-precise error and exit 2', async () => {
    const dir = tempDir();
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, OUTSIDE_SCENARIO.replace('greenShare: 0.9', 'greenShare: 9').replace('hub: gz', 'hub: guizhou'));
    for (const cmd of ['validate', 'show']) {
      const r = await runCli('scenario', cmd, file);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `error: ${file}:42:17: dataCenters[1].greenShare: must be between 0 and 1 (got 9)\n`,
      );
    }
    writeFileSync(file, OUTSIDE_SCENARIO.replace('hub: gz', 'hub: guizhou'));
    const r = await runCli('scenario', 'validate', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${file}:49:10: dataCenters[2].hub: unknown hub "guizhou" (known: cdcq, gz)\n`);
  });
});

describe('suanli scenario generate', () => {
  it('writes 10,000 data centers that validate', async () => {
    const dir = tempDir();
    const out = join(dir, 'big.json');
    const g = await runCli('scenario', 'generate', '--dcs', '10000', '--origins', '100', '--seed', '3', '--out', out);
    expect(g.code).toBe(0);
    expect(g.stderr).toBe(`wrote ${out}: 10000 data centers, 100 origins (seed 3)\n`);
    const v = await runCli('scenario', 'validate', out, '--json');
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ valid: true, counts: { dataCenters: 10000, origins: 100 } });
  });

  it('writes YAML to standard output, the same for the same seed', async () => {
    const a = await runCli('scenario', 'generate', '--dcs', '20', '--seed', '8');
    const b = await runCli('scenario', 'generate', '--dcs', '20', '--seed', '8');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const dir = tempDir();
    writeFileSync(join(dir, 'g.yaml'), a.stdout);
    expect((await runCli('scenario', 'validate', join(dir, 'g.yaml'))).code).toBe(0);
  });

  it('rejects bad sizes and seeds', async () => {
    for (const args of [['--dcs', '0'], ['--dcs', 'many'], ['--dcs', '5', '--seed', '-1'], ['--dcs', '5', '--origins', '2.5'], []]) {
      const r = await runCli('scenario', 'generate', ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: /);
    }
    expect((await runCli('scenario', 'generate', '--dcs', '0')).stderr).toContain("error: option '--dcs <n>' argument '0' is invalid. must be between 1 and 1000000, got 0.");
  });
});

describe('suanli scenario schema', () => {
  it('matches the committed schemas/scenario.schema.json', async () => {
    const r = await runCli('scenario', 'schema');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync('schemas/scenario.schema.json', 'utf8'));
    const schema = JSON.parse(r.stdout);
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'name', 'hubs', 'origins', 'dataCenters']));
  });
});

describe('suanli network latency', () => {
  it('prints the model latency and the classes it meets', async () => {
    const r = await runCli('network', 'latency', '--scenario', NATIONAL, 'shanghai', 'qy-a');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Shanghai \[origin shanghai\] -> Qingyang A \[data center qy-a\]: 11\.\d\d ms one-way \(13\d\d km great-circle x 1\.5 \/ 200 km\/ms \+ 1 ms\)\n/);
    expect(r.stdout).toContain('realtime    <= 5 ms: no');
    expect(r.stdout).toContain('interactive <= 20 ms: yes');
  });

  it('exits 2 for an unknown endpoint or a missing scenario', async () => {
    const r = await runCli('network', 'latency', '--scenario', NATIONAL, 'shanghai', 'atlantis');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: "atlantis" is neither an origin nor a data center of scenario "national-reference"\n');
    const m = await runCli('network', 'latency', 'shanghai', 'qy-a');
    expect(m.code).toBe(2);
    expect(m.stderr).toContain("error: required option '--scenario <file>' not specified");
  });
});

describe('suanli trace convert and jobs check', () => {
  it('converts the Alibaba trace to the same bytes for the same seed', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    const csv = join(dir, 'c.csv');
    for (const out of [a, b, csv]) {
      const r = await runCli('trace', 'convert', '--from', 'alibaba-openb', OPENB, '--scenario', NATIONAL, '--seed', '11', '--out', out);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('converted 8152 tasks');
    }
    expect(readFileSync(a)).toEqual(readFileSync(b));
    const check = await runCli('jobs', 'check', '--scenario', NATIONAL, a, '--json');
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ valid: true, jobs: 8152, byLatency: { interactive: 4647, batch: 3498, realtime: 7 } });
    const checkCsv = await runCli('jobs', 'check', '--scenario', NATIONAL, csv, '--json');
    expect(JSON.parse(checkCsv.stdout).jobs).toBe(8152);
  });

  it('rejects an unknown trace format, a missing file and a bad factor', async () => {
    const f = await runCli('trace', 'convert', '--from', 'google', OPENB, '--scenario', NATIONAL);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('must be one of alibaba-openb, got "google"');
    const m = await runCli('trace', 'convert', '--from', 'alibaba-openb', 'nope.csv', '--scenario', NATIONAL);
    expect(m.code).toBe(2);
    expect(m.stderr).toBe('error: nope.csv: cannot read: no such file\n');
    const c = await runCli('trace', 'convert', '--from', 'alibaba-openb', OPENB, '--scenario', NATIONAL, '--compress', '0');
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('must be greater than 0, got 0');
  });

  it('rejects job streams with unknown origins or negative durations, and writes nothing', async () => {
    const dir = tempDir();
    const jobs = join(dir, 'jobs.csv');
    writeFileSync(jobs, 'id,submitAt,origin,class,units,durationS,latency\na,0,tokyo,general,1,60,batch\nb,0,shanghai,general,1,-60,batch\n');
    const r = await runCli('jobs', 'check', '--scenario', NATIONAL, jobs);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: ${jobs}:2: origin: unknown origin "tokyo"\n${jobs}:3: durationS: must be greater than 0 (got -60)\n`);
  });
});

describe('suanli usage', () => {
  it('prints help with the exit codes', async () => {
    const r = await runCli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: suanli');
    expect(r.stdout).toContain('2  bad input');
    for (const sub of [['scenario', '--help'], ['trace', 'convert', '--help'], ['network', 'latency', '--help'], ['jobs', 'check', '--help']]) {
      expect((await runCli(...sub)).code).toBe(0);
    }
  });

  it('exits 2 for unknown commands, options and a bare command group', async () => {
    expect((await runCli('fly')).code).toBe(2);
    expect((await runCli('scenario', 'show', NATIONAL, '--colour')).code).toBe(2);
    const bare = await runCli('scenario');
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: suanli scenario');
  });

  it('names a mistyped option as unknown, with the one meant, before any required option it leaves missing', async () => {
    const typo = await runCli('schedule', '--scenari', NATIONAL);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("error: unknown option '--scenari'\n(Did you mean --scenario?)\n(run with --help for usage)\n");
    const stranger = await runCli('schedule', '--scenario', NATIONAL, '--jobs', 'x.jsonl', '--colour=red');
    expect(stranger.stderr).toBe("error: unknown option '--colour'\n(run with --help for usage)\n");
    // Without a stranger, the missing required option is named as before.
    expect((await runCli('schedule', '--scenario', NATIONAL)).stderr).toContain("error: required option '--jobs <file>' not specified");
  });

  it('loads only the modules of the command it runs, and each command finds its own there', async () => {
    const { buildProgram, COMMAND_NAMES } = await import('../src/cli/main.js');
    const io = { stdout: () => undefined, stderr: () => undefined };
    const all = (await buildProgram(io)).commands.map((c) => c.name());
    expect([...all].sort()).toEqual([...COMMAND_NAMES].sort());
    for (const name of COMMAND_NAMES) {
      const some = (await buildProgram(io, name)).commands;
      expect(some.map((c) => c.name()), name).toContain(name);
      expect(some.length, name).toBeLessThan(all.length);
      // The command's whole tree is there: the same subcommands as in the full program.
      const full = (await buildProgram(io)).commands.find((c) => c.name() === name)!;
      expect(some.find((c) => c.name() === name)!.commands.map((c) => c.name())).toEqual(full.commands.map((c) => c.name()));
    }
    expect((await buildProgram(io, '--version')).commands).toEqual([]);
  });

  it('takes a platform URL given as the banner prints the API, with /v1', async () => {
    const { resolveClient } = await import('../src/cli/client.js');
    expect(resolveClient({ url: 'http://127.0.0.1:8080/v1/', token: 't' }, {})).toEqual({ url: 'http://127.0.0.1:8080', token: 't' });
    expect(resolveClient({}, { SUANLI_URL: 'http://h:1/v1', SUANLI_TOKEN: 't', SUANLI_CLIENT_CONFIG: '/nonexistent/c.json' })).toEqual({ url: 'http://h:1', token: 't' });
  });
});

describe('the installed command', () => {
  it('runs as a real process, exits 2 on bad input and never prints a stack trace', () => {
    expect(existsSync('dist/cli/main.js'), 'run `npm run build` first (npm test does)').toBe(true);
    const ok = spawnSync(process.execPath, ['bin/suanli.js', 'scenario', 'show', NATIONAL, '--level', 'hub'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Gansu [gansu] west');
    const bad = spawnSync(process.execPath, ['bin/suanli.js', 'scenario', 'validate', 'package.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: package\.json: version: must be 1 \(the only scenario format version\)\npackage\.json: hubs: is required\n/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
