import type { Command } from 'commander';
import { formatIssue } from '../../core/errors.js';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../io.js';
import { intArg, numberAbove } from '../args.js';

// The scenario and stream readers load when a job stream is checked or made, not for `jobs list` and the other platform calls.
const formats = async () => {
  const [stream, scenario, generate, rng] = await Promise.all([
    import('../../formats/job-stream.js'), import('../../formats/scenario-file.js'), import('../../core/workload/generate.js'), import('../../core/rng.js'),
  ]);
  return { ...stream, ...scenario, ...generate, ...rng };
};

export function registerJobsCommands(program: Command, io: CliIo): void {
  const jobs = program.command('jobs').description('job streams');

  jobs
    .command('check')
    .description('validate a job stream (CSV or JSON Lines) against a scenario')
    .requiredOption('--scenario <file>', 'scenario file')
    .argument('<file>', 'job stream: .csv, or JSON Lines (.jsonl)')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { scenario: string; json?: boolean }) => {
      const { loadScenarioFile, parseJobStream, readTextFile, jobStreamFormatOf } = await formats();
      const { network } = loadScenarioFile(opts.scenario);
      const stream = parseJobStream(readTextFile(file), file, jobStreamFormatOf(file), network);
      const byClass: Record<string, number> = {};
      const byLatency: Record<string, number> = {};
      let unitHours = 0;
      for (const j of stream.jobs) {
        byClass[j.class] = (byClass[j.class] ?? 0) + 1;
        byLatency[j.latency] = (byLatency[j.latency] ?? 0) + 1;
        unitHours += (j.units * j.durationS) / 3600;
      }
      if (opts.json) {
        io.stdout(`${JSON.stringify({ valid: true, file, jobs: stream.jobs.length, byClass, byLatency, unitHours, warnings: stream.warnings }, null, 2)}\n`);
        return;
      }
      for (const w of stream.warnings.slice(0, 20)) io.stderr(`warning: ${formatIssue(file, w)}\n`);
      if (stream.warnings.length > 20) io.stderr(`warning: ... and ${stream.warnings.length - 20} more warnings\n`);
      const parts = (r: Record<string, number>): string => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ');
      io.stdout(`${file}: ${stream.jobs.length} valid jobs (${parts(byClass)}; ${parts(byLatency)}), ${Math.round(unitHours).toLocaleString('en-US')} unit-hours${stream.warnings.length ? `, ${stream.warnings.length} warnings` : ''}\n`);
    });

  jobs
    .command('generate')
    .description('write a synthetic job stream shaped like the Alibaba GPU trace, for benchmarks')
    .requiredOption('--scenario <file>', 'scenario whose origins and models the jobs use')
    .requiredOption('--count <n>', 'number of jobs', intArg(1, 100_000_000))
    .option('--rate <perSecond>', 'mean arrivals per second (Poisson)', numberAbove(0), 1)
    .option('--seed <n>', 'random seed; the same seed writes the same bytes', intArg(0), 1)
    .option('--tenant <name>', 'tenant written on every job')
    .option('--out <file>', 'write here (.csv for CSV, otherwise JSON Lines) instead of standard output')
    .action(async (opts: { scenario: string; count: number; rate: number; seed: number; tenant?: string; out?: string }) => {
      const { loadScenarioFile, generateJobs, SeededRng, formatJobsCsv, formatJobsJsonl } = await formats();
      const { network } = loadScenarioFile(opts.scenario);
      const jobs = generateJobs(network, { count: opts.count, ratePerS: opts.rate, ...(opts.tenant !== undefined && { tenant: opts.tenant }) }, new SeededRng(opts.seed));
      const text = opts.out && /\.csv$/i.test(opts.out) ? formatJobsCsv(jobs) : formatJobsJsonl(jobs);
      if (opts.out) {
        writeFileAtomic(opts.out, text);
        io.stderr(`wrote ${opts.out}: ${jobs.length} jobs over ${Math.round(jobs.at(-1)?.submitAt ?? 0)} s (seed ${opts.seed})\n`);
      } else {
        io.stdout(text);
      }
    });
}
