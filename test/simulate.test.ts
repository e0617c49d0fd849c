import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/formats/csv.js';
import { CHONGQING, NATIONAL, runCli, tempDir } from './helpers.js';

const dir = tempDir('suanli-simulate-');
const OUTPUTS = ['summary.json', 'jobs.csv', 'series.csv', 'report.html'];
const read = (d: string) => OUTPUTS.map((f) => readFileSync(join(d, f)));

async function generate(scenario: string, count: number, rate: number, file: string): Promise<void> {
  const g = await runCli('jobs', 'generate', '--scenario', scenario, '--count', String(count), '--rate', String(rate), '--seed', '5', '--out', file);
  expect(g.code, g.stderr).toBe(0);
}

describe('suanli simulate', () => {
  it('runs the shipped Xinjiang example beside an outage, writes all four outputs, byte for byte the same twice', async () => {
    const jobs = join(dir, 'cq.csv');
    await generate(CHONGQING, 4000, 0.05, jobs);
    const args = ['simulate', '--scenario', CHONGQING, '--jobs', jobs, '--what-if', 'data/what-if/xinjiang-to-chongqing.yaml', '--what-if', 'data/what-if/hami-dark-at-noon.yaml', '--seed', '3'];
    const a = await runCli(...args, '--out', join(dir, 'a'));
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/^run\s+cost \(yuan\)/);
    expect(a.stdout).toContain('without-xinjiang');
    const b = await runCli(...args, '--out', join(dir, 'b'), '--json');
    expect(b.code, b.stderr).toBe(0);
    const [sa, ...ra] = read(join(dir, 'a'));
    const [sb, ...rb] = read(join(dir, 'b'));
    expect(sa!.equals(sb!)).toBe(true);
    ra.forEach((x, i) => expect(x.equals(rb[i]!), OUTPUTS[i + 1]).toBe(true));

    const summary = JSON.parse(b.stdout);
    expect(summary.runs.map((r: { name: string }) => r.name)).toEqual(['base', 'without-xinjiang', 'hami-dark']);
    const [base, without, dark] = summary.runs;
    expect(base.jobs.submitted).toBe(4000);
    // Without Xinjiang nothing runs there; with it, some work does.
    expect(base.flows.some((f: { to: string }) => f.to === 'xinjiang')).toBe(true);
    expect(without.flows.some((f: { to: string }) => f.to === 'xinjiang')).toBe(false);
    expect(without.byProvince.Chongqing.cost).not.toBe(base.byProvince.Chongqing.cost);
    expect(summary.comparisons[0].byProvince.Chongqing.costChange).toBe(without.byProvince.Chongqing.cost - base.byProvince.Chongqing.cost);
    for (const r of summary.runs) expect(r.latencyViolations).toBe(0);

    // In the outage run, nothing runs on Hami A from 12:00 to 18:00 of day 2; what ran there was lost and placed again.
    const from = 86_400 + 12 * 3600;
    const to = 86_400 + 18 * 3600;
    const rows = parseCsv(readFileSync(join(dir, 'a', 'jobs.csv'), 'utf8'));
    const header = rows[0]!.fields;
    const col = (name: string) => header.indexOf(name);
    const darkRows = rows.slice(1).map((r) => r.fields).filter((f) => f[col('run')] === 'hami-dark');
    expect(darkRows).toHaveLength(4000);
    for (const f of darkRows.filter((x) => x[col('dataCenter')] === 'xj-hami-a')) {
      const start = Number(f[col('startAt')]);
      const end = start + Number(f[col('durationS')]);
      expect(end <= from || start >= to, `job ${f[col('job')]} runs ${start}-${end}`).toBe(true);
    }
    const again = darkRows.filter((x) => x[col('lostFrom')] === 'xj-hami-a');
    expect(again.length).toBe(dark.jobsLost);
    expect(dark.jobsLost).toBeGreaterThan(0);
    for (const f of again) {
      expect(f[col('dataCenter')]).not.toBe('xj-hami-a');
      expect(Number(f[col('startAt')])).toBeGreaterThanOrEqual(from + 30);
      expect(f[col('decidedBy')]).toBe('placed again after losing xj-hami-a');
    }
    expect(dark.cost.lostWork).toBeGreaterThan(0);

    // series.csv: every hub at every 5 minutes, for each run.
    const series = readFileSync(join(dir, 'a', 'series.csv'), 'utf8').trim().split('\n');
    expect(series[0]).toBe('run,at,hub,generalUnits,intelligentUnits,superUnits,pflops,powerKw,greenShare');
    expect(series.filter((l) => l.startsWith('hami-dark,')).length % 5).toBe(0);
    const report = readFileSync(join(dir, 'a', 'report.html'), 'utf8');
    expect(report).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!www\.w3\.org)[^"' ]+\.(js|css)/);
    expect(report).toContain('"name":"without-xinjiang"');
  }, 120_000);

  it('runs the Qingyang and tariff examples on the national network (a hundredth of its units, so that it fills), in Chinese', async () => {
    const scenario = join(dir, 'national-1pct.yaml');
    expect((await runCli('scenario', 'scale', NATIONAL, '--capacity', '0.01', '--out', scenario)).code).toBe(0);
    const jobs = join(dir, 'national.csv');
    await generate(scenario, 12_000, 3, jobs);
    const r = await runCli('simulate', '--scenario', scenario, '--jobs', jobs, '--what-if', 'data/what-if/qingyang-plus-50000p.yaml', '--what-if', 'data/what-if/eastern-tariffs-up-20.yaml', '--lang', 'zh-CN', '--out', join(dir, 'qy'), '--json');
    expect(r.code, r.stderr).toBe(0);
    for (const f of OUTPUTS) expect(existsSync(join(dir, 'qy', f)), f).toBe(true);
    const s = JSON.parse(r.stdout);
    const [base, qy, tariffs] = s.runs;
    expect(readFileSync(join(dir, 'qy', 'jobs.csv'), 'utf8')).toMatch(/^qingyang-plus-50000p,.*,qy-new,ascend,gansu,/m);
    expect(qy.cost.total).toBeLessThan(base.cost.total);
    // Dearer eastern power from day 2 cannot make the same placements cheaper.
    expect(tariffs.cost.total).toBeGreaterThanOrEqual(base.cost.total);
    expect(readFileSync(join(dir, 'qy', 'report.html'), 'utf8')).toContain('<html lang="zh-CN">');
  }, 120_000);

  it('refuses bad what-ifs with exit 2, naming the file, path and line, and writes nothing', async () => {
    const jobs = join(dir, 'small.csv');
    await generate(CHONGQING, 50, 0.05, jobs);
    const cases: [string, RegExp][] = [
      ['name: x\nchanges:\n  - change: outage\n    dataCenter: xj-nowhere\n    from: 0\n    to: 10\n', /:4:\d+: changes\[0\]\.dataCenter: no data center "xj-nowhere"/],
      ['name: x\nchanges:\n  - change: outage\n    dataCenter: xj-hami-a\n    from: 12h\n    to: 6h\n', /changes\[0\]\.to.*ends at 21600 s, not after it starts \(43200 s\)/],
      ['name: x\nchanges:\n  - change: teleport\n', /changes\[0\]\.change.*names no known change/],
      ['name: x\nchanges:\n  - change: scale-pools\n    factor: -1\n', /changes\[0\]\.factor.*must be above 0/],
      ['name: x\nchanges:\n  - change: demand\n    factor: 2\n    origin: atlantis\n', /changes\[0\]\.origin.*no origin "atlantis"/],
      ['name: x\nchanges:\n  - change: prices\n    where: { hub: moon }\n    factor: 1.2\n    from: soon\n', /changes\[0\]\.from.*"soon" is not a time/],
      ['name: base\nchanges: []\n', /name.*"base" names another run too/],
      ['name: x\nchanges:\n  - change: add-data-centers\n    dataCenters:\n      - { id: new }\n', /changes\[0\]\.dataCenters\[0\]\.name/],
    ];
    for (const [i, [text, message]] of cases.entries()) {
      const file = join(dir, `bad-${i}.yaml`);
      writeFileSync(file, text);
      const out = join(dir, `never-${i}`);
      const r = await runCli('simulate', '--scenario', CHONGQING, '--jobs', jobs, '--what-if', file, '--out', out);
      expect(r.code, `${text}\n${r.stderr}`).toBe(2);
      expect(r.stderr, text).toContain(file);
      expect(r.stderr, text).toMatch(message);
      expect(existsSync(out), text).toBe(false);
    }
    const missing = await runCli('simulate', '--scenario', CHONGQING, '--jobs', jobs, '--what-if', join(dir, 'nope.yaml'), '--out', join(dir, 'never'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yaml.*cannot read: no such file/);
    const until = await runCli('simulate', '--scenario', CHONGQING, '--jobs', jobs, '--until', 'later', '--out', join(dir, 'never'));
    expect(until.code).toBe(2);
    expect(until.stderr).toMatch(/--until later/);
    writeFileSync(join(dir, 'a-file'), '');
    const outFile = await runCli('simulate', '--scenario', CHONGQING, '--jobs', jobs, '--out', join(dir, 'a-file'));
    expect(outFile.code).toBe(2);
    expect(outFile.stderr).toMatch(/is a file, not a folder/);
  }, 120_000);
});
