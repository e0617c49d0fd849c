import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { formatYuan } from '../../core/money.js';
import { POLICY_NAMES } from '../../core/placement/policy.js';
import type { PolicyName } from '../../core/placement/policy.js';
import { preparePlans, runPlans } from '../../planner/plan.js';
import { jobsCsv, seriesCsv, summaryJson } from '../../planner/outputs.js';
import type { PlannerInputsNote } from '../../planner/outputs.js';
import { reportHtml } from '../../planner/report.js';
import { REPORT_LANGS } from '../../planner/report-text.js';
import type { ReportLang } from '../../planner/report-text.js';
import { timeSchema } from '../../planner/what-if.schema.js';
import { intArg, oneOf } from '../args.js';
import type { CliIo } from '../io.js';
import { LineWriter, writeFileAtomic } from '../io.js';
import { virtualTimeBar } from '../progress.js';

interface SimulateOptions {
  scenario: string;
  jobs: string;
  whatIf: string[];
  policy: PolicyName;
  seed: number;
  until?: number;
  lang: ReportLang;
  out: string;
  json?: boolean;
  quiet?: boolean;
}

function timeArg(value: string): number {
  const r = timeSchema.safeParse(/^\d+(\.\d+)?$/.test(value) ? Number(value) : value);
  if (!r.success) throw new UsageError(`--until ${value}: ${r.error.issues[0]?.message ?? 'is not a time'}`);
  return r.data;
}

/** The output folder: made if missing (its parent must exist); a file there is a mistake. */
function outputDir(dir: string): void {
  const st = statSync(dir, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) throw new UsageError(`--out ${dir} is a file, not a folder for the outputs`);
  if (!st) {
    const parent = statSync(join(dir, '..'), { throwIfNoEntry: false });
    if (!parent?.isDirectory()) throw new UsageError(`--out ${dir}: the folder above it does not exist`);
    mkdirSync(dir);
  }
}

const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

export function registerSimulateCommands(program: Command, io: CliIo): void {
  program.command('simulate')
    .description('the planner: run the base and each what-if on virtual time with the platform\'s own engine, and write summary.json, jobs.csv, series.csv and report.html')
    .requiredOption('--scenario <file>', 'base scenario file')
    .requiredOption('--jobs <file>', 'job stream (.csv or JSON Lines)')
    .option('--what-if <file>', 'a what-if file (docs/planner.md); repeat for several, each run beside the base', (v: string, prev: string[]) => [...prev, v], [])
    .option('--policy <name>', `placement policy of every run unless a what-if changes it: ${POLICY_NAMES.join(', ')}`, oneOf(POLICY_NAMES), 'engine')
    .option('--seed <n>', 'seed of every run (random policies, demand scaling)', intArg(0), 1)
    .option('--until <time>', 'stop every run at this virtual time (seconds, or e.g. 36h); default: when every job has ended or can never start', timeArg)
    .option('--lang <lang>', `language of report.html: ${REPORT_LANGS.join(', ')}`, oneOf(REPORT_LANGS), 'en')
    .requiredOption('--out <dir>', 'folder for the outputs (made if missing)')
    .option('--json', 'print summary.json instead of the table')
    .option('--quiet', 'no progress bar')
    .action((opts: SimulateOptions) => {
      // Every input is read and checked first: a mistake anywhere writes nothing.
      const runs = preparePlans({ scenario: opts.scenario, jobs: opts.jobs, whatIfs: opts.whatIf, policy: opts.policy, seed: opts.seed, ...(opts.until !== undefined && { until: opts.until }) });
      outputDir(opts.out);
      const span = Math.max(1, ...runs.map((r) => r.plan.jobs.reduce((m, j) => Math.max(m, j.submitAt + j.durationS), 0)));
      const bars = runs.map((r, k) => ({ label: `${k + 1}/${runs.length} ${r.plan.name}`, bar: undefined as ReturnType<typeof virtualTimeBar> | undefined }));
      let current = -1;
      const done = runPlans(runs, { seed: opts.seed, ...(opts.until !== undefined && { until: opts.until }) }, (k, t) => {
        if (k !== current) {
          if (current >= 0) bars[current]!.bar?.stop();
          current = k;
          bars[k]!.bar = virtualTimeBar(io, bars[k]!.label, Math.min(opts.until ?? span, span), opts.quiet);
        }
        bars[k]!.bar!.update(t);
      });
      if (current >= 0) bars[current]!.bar?.stop();
      const inputs: PlannerInputsNote = { scenario: opts.scenario, jobs: opts.jobs, whatIfs: opts.whatIf, policy: opts.policy, seed: opts.seed, ...(opts.until !== undefined && { until: opts.until }) };
      const summary = summaryJson(inputs, done);
      writeFileAtomic(join(opts.out, 'summary.json'), summary);
      for (const [name, write] of [['jobs.csv', jobsCsv], ['series.csv', seriesCsv]] as const) {
        const w = LineWriter.toFile(join(opts.out, name));
        write(done, (l) => w.line(l));
        w.close();
      }
      writeFileAtomic(join(opts.out, 'report.html'), reportHtml(inputs, done, opts.lang));
      if (opts.json) {
        io.stdout(summary);
        return;
      }
      const base = done[0]!.summary;
      const rows = done.map((r) => {
        const s = r.summary;
        const change = r === done[0] || base.cost.total === 0 ? '' : `${s.cost.total >= base.cost.total ? '+' : ''}${(((s.cost.total - base.cost.total) / base.cost.total) * 100).toFixed(1)}%`;
        return [s.name, formatYuan(s.cost.total), change, s.co2Tonnes.toFixed(1), pct(s.greenShareOfEnergy), pct(s.batchWestShare), Math.round(s.unplacedUnitHours).toString(), Math.round(s.waitS.p95).toString(), `${s.jobsLost}/${s.jobsPlacedAgain}`];
      });
      const head = ['run', 'cost (yuan)', 'vs base', 'CO2 (t)', 'green', 'batch west', 'unplaced uh', 'wait p95 s', 'lost/again'];
      const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
      io.stdout(`${[line(head), ...rows.map(line)].join('\n')}\n`);
      io.stdout(`wrote summary.json, jobs.csv, series.csv and report.html (${opts.lang}) in ${opts.out}\n`);
    });
}
