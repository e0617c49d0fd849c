import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPENB, runCli, tempDir } from './helpers.js';

const HOURLY = 'data/scenarios/national-hourly.yaml';
const dir = tempDir('suanli-time-');

describe('placement in time, from the command line', () => {
  it('schedules then verifies with zero violations for every policy, with and without waiting, and explains a start', async () => {
    const plain = join(dir, 'jobs.jsonl');
    expect((await runCli('trace', 'convert', '--from', 'alibaba-openb', OPENB, '--scenario', HOURLY, '--seed', '1', '--out', plain)).code).toBe(0);
    // The same stream, its batch jobs free to wait six hours.
    const lines = readFileSync(plain, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const waiting = join(dir, 'waiting.jsonl');
    writeFileSync(waiting, lines.map((j) => JSON.stringify(j.latency === 'batch' ? { ...j, maxWaitS: 21_600 } : j)).join('\n') + '\n');
    const costs: Record<string, number> = {};
    for (const jobs of [plain, waiting]) {
      for (const policy of ['engine', 'nearest', 'cheapest', 'spread', 'random', 'wait-awhile']) {
        const out = join(dir, `${policy}-${jobs === plain ? 'now' : 'wait'}.jsonl`);
        const s = await runCli('schedule', '--scenario', HOURLY, '--jobs', jobs, '--policy', policy, '--out', out, '--json', '--quiet');
        expect(s.code, s.stderr).toBe(0);
        const v = await runCli('verify', '--scenario', HOURLY, '--jobs', jobs, '--placements', out, '--json');
        expect(v.code, `${policy} ${jobs}: ${v.stderr}`).toBe(0);
        const report = JSON.parse(v.stdout);
        expect(report.violations).toEqual([]);
        costs[`${policy}-${jobs === plain ? 'now' : 'wait'}`] = report.totalCost;
      }
    }
    // Waiting changes nothing for the policies that start now, and lowers the engine's cost.
    for (const p of ['nearest', 'cheapest', 'spread', 'random']) expect(costs[`${p}-wait`]).toBe(costs[`${p}-now`]);
    expect(costs['engine-wait']).toBeLessThan(costs['engine-now']!);
    expect(costs['engine-wait']).toBeLessThan(costs['cheapest-wait']!);
    const placements = readFileSync(join(dir, 'engine-wait.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { job: string; start: number; startAt: number });
    const submitted = new Map(lines.map((j) => [j.id as string, j.submitAt as number]));
    const moved = placements.find((p) => p.startAt > submitted.get(p.job)!)!;
    expect(moved.startAt).toBe(moved.start);
    const e = await runCli('explain', '--scenario', HOURLY, '--jobs', waiting, '--job', moved.job);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout).toMatch(new RegExp(`may wait 21600 s, starts at ${moved.startAt}`));
    expect(e.stdout).toMatch(/starts considered \(cheapest\):/);
    expect(e.stdout).toMatch(/^ {2}\* day \d+ \d\d:00/m);
  }, 300_000);

  it('refuses bad hourly profiles and a bad maxWaitS with exit 2, naming the path', async () => {
    const dc = (hourly: unknown) => JSON.stringify({
      version: 1, name: 'h', hubs: [{ id: 'w', name: 'W', side: 'west' }], origins: [{ id: 'c', name: 'C', province: 'Gansu', lat: 36, lon: 104, weight: 1 }],
      dataCenters: [{ id: 'd', name: 'D', hub: 'w', province: 'Gansu', lat: 35, lon: 107, pue: 1.2, electricityPrice: 0.3, greenShare: 0.6, gridFactor: 0.5, racks: { built: 10, inUse: 5 }, hourly, pools: [{ id: 'p', class: 'general', model: 'X', units: 8, unitTflops: 1, unitPowerKw: 0.1, price: 1 }] }],
    });
    const ones = Array.from({ length: 24 }, () => 1);
    const cases: [unknown, RegExp][] = [
      [{ priceFactor: [1, 1, 1] }, /dataCenters\[0\]\.hourly\.priceFactor: must have 24 numbers/],
      [{ priceFactor: ones.map((x, h) => (h === 5 ? -1 : x)) }, /dataCenters\[0\]\.hourly\.priceFactor\[5\]: must be above 0 \(got -1\)/],
      [{ greenShare: ones.map((_, h) => (h === 12 ? 1.2 : 0.5)) }, /dataCenters\[0\]\.hourly\.greenShare\[12\]: must be between 0 and 1 \(got 1\.2\)/],
      [{ greenShare: 'sunny' }, /dataCenters\[0\]\.hourly\.greenShare: must be a list of 24 numbers/],
    ];
    for (const [i, [hourly, message]] of cases.entries()) {
      const file = join(dir, `bad-${i}.json`);
      writeFileSync(file, dc(hourly));
      const r = await runCli('scenario', 'validate', file);
      expect(r.code, JSON.stringify(hourly)).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const good = join(dir, 'good.json');
    writeFileSync(good, dc({ priceFactor: ones, greenShare: ones.map(() => 0.7) }));
    expect((await runCli('scenario', 'validate', good)).code).toBe(0);
    const jobs = join(dir, 'bad-wait.csv');
    writeFileSync(jobs, 'id,submitAt,origin,class,units,durationS,latency,maxWaitS\nj1,0,c,general,1,60,batch,-5\nj2,0,c,general,1,60,batch,1.5\nj3,0,c,general,1,60,batch,soon\n');
    const r = await runCli('schedule', '--scenario', good, '--jobs', jobs, '--out', join(dir, 'never.jsonl'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-wait\.csv:2: maxWaitS: must not be negative/);
    expect(r.stderr).toMatch(/bad-wait\.csv:3: maxWaitS: must be a whole number of seconds/);
    expect(r.stderr).toMatch(/bad-wait\.csv:4: maxWaitS: must be a whole number of seconds, 0 or more/);
  });
});
