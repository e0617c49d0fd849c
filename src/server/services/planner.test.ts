import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import { testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';

describe('the planner runs the console lists', () => {
  let t: TestPlatform;
  const dir = tempDir('suanli-planner-dir-');
  beforeAll(async () => {
    const run = (id: string, cost: number, at: number, report = true) => {
      mkdirSync(join(dir, id));
      writeFileSync(join(dir, id, 'summary.json'), JSON.stringify({ inputs: { scenario: 's.yaml', jobs: 'j.csv', policy: 'engine', seed: 1 }, runs: [{ name: 'base', cost: { total: cost }, co2Tonnes: 1.5, greenShareOfEnergy: 0.6, jobs: { submitted: 10 } }, { name: 'x', cost: { total: cost + 1 }, co2Tonnes: 1, greenShareOfEnergy: null, jobs: { submitted: 10 } }] }));
      if (report) writeFileSync(join(dir, id, 'report.html'), `<!doctype html><html lang="zh-CN"><body>${id}</body></html>`);
      utimesSync(join(dir, id, 'summary.json'), at, at);
    };
    run('older', 100, 1_700_000_000);
    run('newer', 200, 1_700_000_500, false);
    run('newest', 300, 1_700_001_000);
    mkdirSync(join(dir, 'not-a-run'));
    writeFileSync(join(dir, 'broken'), 'a file, not a folder');
    mkdirSync(join(dir, 'garbled'));
    writeFileSync(join(dir, 'garbled', 'summary.json'), '{ not json');
    t = await testPlatform('sqlite', { plannerDir: dir });
  });
  afterAll(() => t.close());

  it('lists folders with a summary, newest first, page by page, and gives each summary and report', async () => {
    const first = await t.call(t.tokens.regulator, 'GET', '/v1/planner/runs?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.runs.map((r: { id: string }) => r.id)).toEqual(['newest', 'newer']);
    expect(first.body.runs[0]).toMatchObject({ scenario: 's.yaml', hasReport: true, runs: [{ name: 'base', costMinor: 300, co2Tonnes: 1.5 }, { name: 'x', costMinor: 301, greenShareOfEnergy: null }] });
    expect(first.body.runs[1].hasReport).toBe(false);
    const second = await t.call(t.tokens.regulator, 'GET', `/v1/planner/runs?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toEqual({ runs: [expect.objectContaining({ id: 'older' })], nextCursor: null });
    expect((await t.call(t.tokens.admin, 'GET', '/v1/planner/runs/older')).body.runs[0].cost.total).toBe(100);
    expect((await t.call(t.tokens.admin, 'GET', '/v1/planner/runs/newest/report')).body).toEqual({ id: 'newest', lang: 'zh-CN', html: '<!doctype html><html lang="zh-CN"><body>newest</body></html>' });
  });

  it('answers 404 for what is not a run and 400 for a name that could leave the folder', async () => {
    expect((await t.call(t.tokens.admin, 'GET', '/v1/planner/runs/newer/report')).status).toBe(404);
    expect((await t.call(t.tokens.admin, 'GET', '/v1/planner/runs/not-a-run')).status).toBe(404);
    const escape = await t.call(t.tokens.admin, 'GET', '/v1/planner/runs/..%2F..%2Fetc/report');
    expect(escape.status).toBe(400);
    expect(JSON.stringify(escape.body)).toMatch(/id.*not the name of a planner run/);
    expect((await t.call(t.tokens.admin, 'GET', '/v1/planner/runs?limit=0')).status).toBe(400);
    expect((await t.call(t.tokens.operator, 'GET', '/v1/planner/runs')).status).toBe(403);
  });
});
