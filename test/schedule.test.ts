import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATIONAL, OPENB, runCli, tempDir } from './helpers.js';

const dir = tempDir();
const jobs = join(dir, 'jobs.jsonl');

describe('suanli schedule + verify on the reference network and the Alibaba trace', () => {
  it('places every job with zero violations, for every policy', async () => {
    const c = await runCli('trace', 'convert', '--from', 'alibaba-openb', OPENB, '--scenario', NATIONAL, '--seed', '1', '--out', jobs);
    expect(c.code).toBe(0);
    const totals: Record<string, number> = {};
    for (const policy of ['engine', 'nearest', 'cheapest', 'spread', 'random']) {
      const out = join(dir, `${policy}.jsonl`);
      const s = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--policy', policy, '--out', out, '--json');
      expect(s.code).toBe(0);
      const summary = JSON.parse(s.stderr);
      expect(summary.jobs).toBe(8152);
      expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(8152);
      const v = await runCli('verify', '--scenario', NATIONAL, '--jobs', jobs, '--placements', out, '--json');
      expect(v.code).toBe(0);
      const report = JSON.parse(v.stdout);
      expect(report.violations).toEqual([]);
      expect(report.fileTotal).toBe(summary.cost.total);
      totals[policy] = summary.cost.total;
    }
    // Before East Data West Computing everything stayed local, at eastern prices.
    expect(totals.engine).toBeLessThan(totals.nearest!);
    expect(totals.engine).toBeLessThanOrEqual(totals.cheapest!);
    expect(totals.engine).toBeLessThan(totals.spread!);
    expect(totals.engine).toBeLessThan(totals.random!);
  });

  it('prints a human summary and the same placements for the same seed', async () => {
    const a = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--policy', 'random', '--seed', '9', '--out', '-');
    const b = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--policy', 'random', '--seed', '9', '--out', '-');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.trim().split('\n')).toHaveLength(8152);
    expect(a.stderr).toMatch(/^policy random: 8152 jobs, 8152 placed, 0 unplaced/);
    expect(a.stderr).toContain('latency violations 0');
    // Without --out only the summary is printed, on standard output: no flood of placements.
    const s = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--policy', 'random', '--seed', '9');
    expect(s.stdout).toBe(a.stderr.replace(/in [\d.]+ s \([\d,]+ placements\/s\)/, s.stdout.match(/in [\d.]+ s \([\d,]+ placements\/s\)/)![0]));
    expect(s.stdout.split('\n').length).toBeLessThan(10);
  });

  it('explains a decision', async () => {
    const r = await runCli('explain', '--scenario', NATIONAL, '--jobs', jobs, '--job', 'openb-pod-0100');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^job openb-pod-0100: /);
    expect(r.stdout).toContain('pools in the network');
    expect(r.stdout).toMatch(/placed in \S+ at [\d.]+ ms: total [\d,.]+ yuan = compute/);
    expect(r.stdout).toContain('runner-up');
    const j = await runCli('explain', '--scenario', NATIONAL, '--jobs', jobs, '--job', 'openb-pod-0100', '--json');
    const e = JSON.parse(j.stdout);
    expect(e.placed).toBe(true);
    expect(e.explanation.checkers.map((c: { name: string }) => c.name)).toEqual(['class', 'model', 'latency', 'residency', 'green', 'price', 'capacity']);
    // --keep-whole 8 turns the guard on (off by default).
    const kw = JSON.parse((await runCli('explain', '--scenario', NATIONAL, '--jobs', jobs, '--job', 'openb-pod-0100', '--json', '--keep-whole', '8')).stdout);
    expect(kw.explanation.checkers.map((c: { name: string }) => c.name).at(-1)).toBe('keep-whole');
    // With look-ahead prices: on the full network nothing binds, so the prices are 0 and the choice is the same.
    const l = JSON.parse((await runCli('explain', '--scenario', NATIONAL, '--jobs', jobs, '--job', 'openb-pod-0100', '--json', '--lookahead', '1800')).stdout);
    expect(l.pool).toBe(e.pool);
    expect(l.explanation.winner.score).toBe(l.explanation.winner.cost.total);
    const bad = await runCli('explain', '--scenario', NATIONAL, '--jobs', jobs, '--job', 'openb-pod-0100', '--lookahead', '1800', '--policy', 'nearest');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: --lookahead prices capacity for the engine only, not --policy nearest\n');
  });

  it('fails verification loudly, with exit 3, on a tampered schedule', async () => {
    const out = join(dir, 'engine.jsonl');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const first = JSON.parse(lines[0]!);
    first.cost.compute += 1;
    lines[0] = JSON.stringify(first);
    const bad = join(dir, 'tampered.jsonl');
    writeFileSync(bad, `${lines.join('\n')}\n`);
    const v = await runCli('verify', '--scenario', NATIONAL, '--jobs', jobs, '--placements', bad);
    expect(v.code).toBe(3);
    expect(v.stdout).toMatch(/^FAILED: 8152 jobs/);
    expect(v.stderr).toContain(`violation: ${first.job}: cost.compute: `);
  });
});

describe('bad input to schedule, verify and explain', () => {
  it('rejects an unknown policy', async () => {
    const r = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--policy', 'fastest');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: option '--policy <name>' argument 'fastest' is invalid. must be one of engine, nearest, cheapest, spread, random");
  });

  it('rejects a jobs file with unknown origins or negative durations', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,submitAt,origin,class,units,durationS,latency\na,0,atlantis,general,1,60,batch\nb,0,shanghai,general,1,-5,batch\n');
    const r = await runCli('schedule', '--scenario', NATIONAL, '--jobs', bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: ${bad}:2: origin: unknown origin "atlantis"\n${bad}:3: durationS: must be greater than 0 (got -5)\n`);
  });

  it('rejects a bad reserve share, an unknown job and a malformed placements file', async () => {
    const r = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--reserve', '1.5');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: option '--reserve <share>' argument '1.5' is invalid. must be a number in [0, 1), got "1.5".`);
    const e = await runCli('explain', '--scenario', NATIONAL, '--jobs', jobs, '--job', 'nope');
    expect(e.code).toBe(2);
    expect(e.stderr).toBe(`error: job "nope" is not in ${jobs}\n`);
    const p = join(dir, 'p.jsonl');
    writeFileSync(p, '{"job":1}\n');
    const v = await runCli('verify', '--scenario', NATIONAL, '--jobs', jobs, '--placements', p);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/^error: .*p\.jsonl:1: must be a placement/);
  });
});

describe('bound, batch mode, scale and generate', () => {
  it('bounds the schedule from below and batch mode verifies', async () => {
    const small = join(dir, 'small.yaml');
    const s = await runCli('scenario', 'scale', NATIONAL, '--capacity', '0.0005', '--out', small);
    expect(s.code).toBe(0);
    const shown = JSON.parse((await runCli('scenario', 'show', small, '--json')).stdout);
    const full = JSON.parse((await runCli('scenario', 'show', NATIONAL, '--json')).stdout);
    expect(shown.totals.units.intelligent).toBeLessThan(full.totals.units.intelligent * 0.0006);
    const gen = join(dir, 'gen.jsonl');
    const g = await runCli('jobs', 'generate', '--scenario', small, '--count', '300', '--rate', '0.05', '--seed', '4', '--out', gen);
    expect(g.code).toBe(0);
    expect(g.stderr).toMatch(/^wrote .*gen\.jsonl: 300 jobs over \d+ s \(seed 4\)\n$/);
    const b = await runCli('bound', '--scenario', small, '--jobs', gen, '--json');
    expect(b.code).toBe(0);
    const bound = JSON.parse(b.stdout);
    for (const mode of [['--policy', 'cheapest'], ['--mode', 'batch', '--window', '3600'], ['--lookahead', '1800']]) {
      const out = join(dir, `gen-${mode.join('')}.jsonl`);
      const r = await runCli('schedule', '--scenario', small, '--jobs', gen, ...mode, '--out', out, '--json');
      expect(r.code).toBe(0);
      const summary = JSON.parse(r.stderr);
      expect(summary.cost.total).toBeGreaterThanOrEqual(bound.bound - 1);
      expect((await runCli('verify', '--scenario', small, '--jobs', gen, '--placements', out)).code).toBe(0);
    }
  });

  it('rejects batch mode with a baseline, and a bad scale', async () => {
    const r = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--mode', 'batch', '--policy', 'nearest');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: --mode batch runs the engine only, not --policy nearest\n');
    const s = await runCli('scenario', 'scale', NATIONAL, '--capacity', '-1');
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("argument '-1' is invalid");
    const m = await runCli('bound', '--scenario', NATIONAL, '--jobs', jobs, '--method', 'magic');
    expect(m.code).toBe(2);
    expect(m.stderr).toContain("argument 'magic' is invalid. must be one of lp, rows, columns, lagrangian, auto");
    for (const args of [['--count', '0'], ['--count', '10', '--rate', '0'], ['--count', 'ten']]) {
      const g = await runCli('jobs', 'generate', '--scenario', NATIONAL, ...args);
      expect(g.code).toBe(2);
      expect(g.stdout).toBe('');
    }
    const w = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--mode', 'batch', '--window', '0');
    expect(w.code).toBe(2);
    expect(w.stderr).toContain("option '--window <seconds>' argument '0' is invalid");
    const c = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, '--scarcity-class-from', '1.5');
    expect(c.code).toBe(2);
    expect(c.stdout).toBe('');
    expect(c.stderr).toContain("option '--scarcity-class-from <share>' argument '1.5' is invalid");
    const cases: [string[], string][] = [
      [['--lookahead', '-60'], "option '--lookahead <seconds>' argument '-60' is invalid"],
      [['--lookahead', '600', '--lookahead-weight', '0'], "option '--lookahead-weight <w>' argument '0' is invalid"],
      [['--lookahead', '600', '--policy', 'cheapest'], 'error: --lookahead prices capacity for the engine only, not --policy cheapest\n'],
      [['--lookahead', '600', '--mode', 'batch'], 'error: --lookahead is for --mode online: batch mode already solves each window as an LP\n'],
      [['--lookahead-history', '3600'], 'error: --lookahead-history needs --lookahead SECONDS, the period between LP solves\n'],
      [['--lookahead', '600', '--lookahead-history', '1.5'], "option '--lookahead-history <seconds>' argument '1.5' is invalid"],
      [['--lookahead', '600', '--lookahead-horizon', '0'], "option '--lookahead-horizon <seconds>' argument '0' is invalid"],
      [['--lookahead', '600', '--lookahead-grid', '-300'], "option '--lookahead-grid <seconds>' argument '-300' is invalid"],
    ];
    for (const [args, message] of cases) {
      const l = await runCli('schedule', '--scenario', NATIONAL, '--jobs', jobs, ...args);
      expect(l.code, args.join(' ')).toBe(2);
      expect(l.stdout).toBe('');
      expect(l.stderr).toContain(message);
    }
  });
});

describe('the engine under contention', () => {
  it('costs less and turns away fewer unit-hours than every baseline on the contended trace benchmark', async () => {
    const contended = join(dir, 'contended.yaml');
    const fast = join(dir, 'jobs-100x.jsonl');
    expect((await runCli('scenario', 'scale', NATIONAL, '--capacity', '0.0005', '--out', contended)).code).toBe(0);
    expect((await runCli('trace', 'convert', '--from', 'alibaba-openb', OPENB, '--scenario', NATIONAL, '--seed', '1', '--compress', '100', '--out', fast)).code).toBe(0);
    const results: Record<string, { cost: { total: number }; unplacedUnitHours: number }> = {};
    for (const policy of ['engine', 'nearest', 'cheapest', 'spread', 'random']) {
      const r = await runCli('schedule', '--scenario', contended, '--jobs', fast, '--policy', policy, '--out', join(dir, `c-${policy}.jsonl`), '--json');
      expect(r.code).toBe(0);
      results[policy] = JSON.parse(r.stderr);
    }
    const engine = results.engine!;
    for (const policy of ['nearest', 'cheapest', 'spread', 'random']) {
      expect(engine.cost.total).toBeLessThan(results[policy]!.cost.total);
      expect(engine.unplacedUnitHours).toBeLessThan(results[policy]!.unplacedUnitHours);
    }
  });
});

describe('progress on long work', () => {
  /** The CLI as on a terminal: what it draws on standard error. */
  const onTerminal = async (...argv: string[]) => {
    const { main } = await import('../src/cli/main.js');
    let stderr = '';
    const code = await main(argv, { stdout: () => undefined, stderr: (t) => (stderr += t), stderrIsTty: true });
    return { code, stderr };
  };

  it('draws a bar with its rate and ETA on a terminal for schedule at any size, for bound with each round, and for trace convert; none with --quiet or off a terminal', async () => {
    const d = tempDir('suanli-progress-');
    const few = join(d, 'few.jsonl');
    expect((await runCli('jobs', 'generate', '--scenario', NATIONAL, '--count', '200', '--seed', '2', '--out', few)).code).toBe(0);
    const placing = await onTerminal('schedule', '--scenario', NATIONAL, '--jobs', few);
    expect(placing.code).toBe(0);
    expect(placing.stderr).toMatch(/placing \[[█░]+\] 100% \| 200\/200 \| eta 0s/);
    expect((await onTerminal('schedule', '--scenario', NATIONAL, '--jobs', few, '--quiet')).stderr).not.toMatch(/placing \[/);
    expect((await runCli('schedule', '--scenario', NATIONAL, '--jobs', few)).stderr).not.toMatch(/placing \[/);
    const contended = join(d, 'contended.yaml');
    expect((await runCli('scenario', 'scale', NATIONAL, '--capacity', '0.0005', '--out', contended)).code).toBe(0);
    const bound = await onTerminal('bound', '--scenario', contended, '--jobs', few, '--method', 'lagrangian', '--time-limit', '2');
    expect(bound.code).toBe(0);
    expect(bound.stderr).toMatch(/bound \[[█░]+\] \d\/2 s of the time limit \| round \d+: [\d,]+ yuan, gap \d+\.\d\d%/);
    expect((await onTerminal('bound', '--scenario', NATIONAL, '--jobs', few, '--method', 'rows', '--quiet')).stderr).toBe('');
    const convert = await onTerminal('trace', 'convert', '--from', 'alibaba-openb', OPENB, '--scenario', NATIONAL, '--out', join(d, 't.jsonl'));
    expect(convert.stderr).toMatch(/converting \[[█░]+\] \d+% \| \d+\/8152/);
  }, 60_000);
});
