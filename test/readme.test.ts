import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl, PG_URL } from './databases.js';
import { tempDir } from './helpers.js';
import { freePort, freePortRun, readme, ROOT, runBlocks, runFolder, shellBlocks } from './readme.js';
import type { Block, Run } from './readme.js';

/** README.md's shell blocks run as written (test/readme.ts says what a run changes: ports, folders, the background). */
describe('the README, block by block', () => {
  const blocks = shellBlocks(readme());
  const find = (first: RegExp): Block => {
    const b = blocks.find((x) => first.test(x.text));
    if (!b) throw new Error(`no README block matches ${first}`);
    return b;
  };
  let parent: string;
  const newRun = async (name: string): Promise<Run> => ({
    dir: runFolder(parent, name),
    ports: { 8080: await freePort(), 8090: await freePort(), 8091: await freePort() },
    defaultPort: await freePort(),
    databaseUrl: PG_URL ? await freshPostgresUrl() : undefined,
  });
  const expectOk = (r: { code: number | null; output: string; script: string }) => expect(r.code, `${r.output.slice(-6000)}\n--- script:\n${r.script}`).toBe(0);
  beforeAll(() => {
    parent = tempDir('suanli-readme-');
  });
  afterAll(() => undefined);

  it('has every block accounted for here', () => {
    const covered = [/^npm ci && npm start$/, /^export SUANLI_URL=\S+ SUANLI_TOKEN=\$TENANT_TOKEN/, /^npm test$/, /^# A platform on SQLite/, /^export SUANLI_URL=http:\/\/127\.0\.0\.1:8080\n\.\/bin\/suanli\.js tenants create/,
      /^# The operator of qy-a/, /^\.\/bin\/suanli\.js demo federation yrd-1plus4/, /^# The agent's token goes in a file/, /^cat > agent\.yaml/, /^# The reference network/];
    expect(blocks.map((b) => covered.findIndex((c) => c.test(b.text)))).toEqual(blocks.map((_, i) => i));
  });

  it('quick start: `npm ci && npm start` is what CI installs with and what starts the demo; `npm test` is what CI runs', () => {
    // npm start builds, then serves the demo; CI (.ci/run) installs with npm ci and ends with npm test. The demo it serves runs below.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe('npm run build --silent && node bin/suanli.js serve --demo');
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8').trim().split('\n');
    expect(ci).toContain('npm ci --no-audit --no-fund');
    expect(ci.at(-1)).toBe('npm test');
  });

  it('the demo\'s market, with the tenant token it prints', async () => {
    const run = await newRun('demo');
    // What `npm start` runs once it has built.
    const start: Block = { index: 0, heading: 'npm start', text: './bin/suanli.js serve --demo --port 8080' };
    const r = runBlocks([start, find(/SUANLI_TOKEN=\$TENANT_TOKEN/)], run);
    expectOk(r);
    expect(r.output).toMatch(/off_/);
  }, 120_000);

  it('running a platform, the CLI, the market, and connecting a data center (with Slurm where there is one)', async () => {
    const run = await newRun('platform');
    const agentBlocks = process.getuid?.() === 0 ? [find(/^# The agent's token goes in a file/), ...(process.env.SLURM_CONF ? [find(/^cat > agent\.yaml/)] : [])] : [];
    const r = runBlocks([find(/^# A platform on SQLite/), find(/tenants create acme/), find(/^# The operator of qy-a/), ...agentBlocks], run, {}, 300_000);
    expectOk(r);
    // What the blocks say they do.
    expect(r.output).toMatch(/created tenant acme/);
    expect(r.output).toMatch(/why it is where it is:/);
    expect(r.output).toMatch(/audit log intact/);
    expect(r.output).toMatch(/ord_\S+ cancelled/);
    if (agentBlocks.length > 0) expect(r.output).toMatch(new RegExp(`^${(await import('node:os')).hostname()}$`, 'm'));
  }, 320_000);

  it('a small federation on one machine: the YRD "1+4" demo, and what to look at', async () => {
    const run = await newRun('federation');
    // The demo takes six ports from its base: the README's 8090-8095 become a free run of six.
    const base = await freePortRun(6);
    run.ports = { ...run.ports, ...Object.fromEntries([0, 1, 2, 3, 4, 5].map((i) => [8090 + i, base + i])) };
    const r = runBlocks([find(/^\.\/bin\/suanli\.js demo federation yrd-1plus4/)], run, {}, 180_000);
    expectOk(r);
    expect(r.output).toMatch(/^yrd-shanghai +hub/m);
    expect(r.output).toMatch(/national at \S+: 28 data centers/);
    expect(r.output).toMatch(/"kind":\s*"data-center"/);
    expect(r.output).toMatch(/"platform":\s*"wuhu"/);
  }, 200_000);

  it('the quick starts in docs/*.md, each after a platform started as README\'s "Running a platform" starts one', async () => {
    const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort();
    const quick = docs.flatMap((f) => shellBlocks(readFileSync(join(ROOT, 'docs', f), 'utf8')).map((b) => ({ ...b, heading: `docs/${f}: ${b.heading}` })));
    // Every runnable block of the docs is one of these; a sketch of a deployment is a text block.
    expect(quick.map((b) => b.heading)).toEqual(['docs/agent.md: The data center agent', 'docs/api.md: Live stream', 'docs/planner.md: Walk-through: Xinjiang Computing to Chongqing']);
    const run = await newRun('docs');
    const platform: Block = { index: 0, heading: 'a platform', text: './bin/suanli.js serve --port 8080 --data-dir .suanli --scenario data/scenarios/national.yaml\nexport TOKEN=$ADMIN_TOKEN' };
    const r = runBlocks([platform, ...quick], run, {}, 180_000);
    expectOk(r);
    // The agent's token went to its file (the agent then started: the run waits for it), and the stream sent its topic.
    expect(readFileSync(join(run.dir, 'agent.token'), 'utf8')).toMatch(/^sl_\S+\n$/);
    expect(r.output).toMatch(/^event: jobs$/m);
    // The planner's walk-through prints the table docs/planner.md shows.
    expect(r.output).toMatch(/^without-xinjiang +677398\.7361 +\+0\.9%/m);
    expect(readFileSync(join(run.dir, 'plan', 'report.html'), 'utf8')).toContain('"name":"hami-dark"');
  }, 200_000);

  it('the analysis commands: scenarios, traces, schedules, bounds', async () => {
    const run = await newRun('analysis');
    const r = runBlocks([find(/^# The reference network/)], run, {}, 300_000);
    expectOk(r);
    expect(r.output).toMatch(/wrote synthetic\.jsonl: 100000 jobs/);
    expect(r.output).toMatch(/^demand-x3 +\d+(\.\d+)? +\+\d/m);
    expect(r.output).toMatch(/wrote summary\.json, jobs\.csv, series\.csv and report\.html \(en\) in plan/);
  }, 320_000);

  it('fails when a block is broken: a README block with a wrong flag, a missing file, a command that fails in a pipe', async () => {
    const analysis = find(/^# The reference network/).text;
    expect(analysis).toContain('--level hub');
    for (const broken of [
      analysis.replace('--level hub', '--levle hub'),
      './bin/suanli.js scenario validate data/scenarios/no-such.yaml',
      'JOB=$(./bin/suanli.js jobs submit no-such.json | cut -d" " -f1)',
    ]) {
      const run = await newRun(`broken-${broken.length}`);
      const r = runBlocks([{ index: 99, heading: 'broken', text: broken }], run, {}, 60_000);
      expect(r.code, broken).not.toBe(0);
    }
  }, 120_000);
});
