import type { Command } from 'commander';
import { formatIssue } from '../../core/errors.js';
import { formatJobsCsv, formatJobsJsonl } from '../../formats/job-stream.js';
import { loadScenarioFile, readTextFile } from '../../formats/scenario-file.js';
import { convertAlibabaOpenb } from '../../trace/alibaba-openb.js';
import { intArg, numberAbove, oneOf } from '../args.js';
import type { CliIo } from '../io.js';
import { progressBar } from '../progress.js';
import { writeFileAtomic } from '../io.js';

const TRACE_FORMATS = ['alibaba-openb'] as const;

export function registerTraceCommands(program: Command, io: CliIo): void {
  const trace = program.command('trace').description('turn public cluster traces into job streams');

  trace
    .command('convert')
    .description('convert a trace into a job stream for a scenario (see docs/trace-alibaba.md for the mapping)')
    .requiredOption('--from <format>', `trace format: ${TRACE_FORMATS.join(', ')}`, oneOf(TRACE_FORMATS))
    .argument('<file>', 'the trace file, e.g. data/traces/alibaba-gpu-v2023/openb_pod_list_default.csv')
    .requiredOption('--scenario <file>', 'scenario whose origins and models the jobs use')
    .option('--seed <n>', 'seed for origins and data sizes; the same seed writes the same bytes', intArg(0), 1)
    .option('--compress <factor>', 'divide submit times by this factor to load the network harder', numberAbove(0), 1)
    .option('--tenant <name>', 'tenant written on every job')
    .option('--out <file>', 'write here (.csv for CSV, otherwise JSON Lines) instead of standard output')
    .option('--json', 'print the conversion summary as JSON on standard error')
    .option('--quiet', 'no progress bar')
    .action((file: string, opts: { from: string; scenario: string; seed: number; compress: number; tenant?: string; out?: string; json?: boolean; quiet?: boolean }) => {
      const { network } = loadScenarioFile(opts.scenario);
      let bar: ReturnType<typeof progressBar> | undefined;
      let result: ReturnType<typeof convertAlibabaOpenb>;
      try {
        result = convertAlibabaOpenb(readTextFile(file), file, network, {
          seed: opts.seed,
          compress: opts.compress,
          ...(opts.tenant !== undefined && { tenant: opts.tenant }),
          onProgress: (done, total) => (bar ??= progressBar(io, 'converting', total, 0, opts.quiet)).update(done),
        });
      } finally {
        bar?.stop();
      }
      const text = opts.out && /\.csv$/i.test(opts.out) ? formatJobsCsv(result.jobs) : formatJobsJsonl(result.jobs);
      if (opts.out) writeFileAtomic(opts.out, text);
      else io.stdout(text);
      for (const w of result.warnings.slice(0, 10)) io.stderr(`warning: ${formatIssue(file, w)}\n`);
      const s = result.stats;
      if (opts.json) {
        io.stderr(`${JSON.stringify({ out: opts.out ?? null, seed: opts.seed, compress: opts.compress, ...s }, null, 2)}\n`);
      } else {
        io.stderr(
          `converted ${s.tasks} tasks${opts.out ? ` to ${opts.out}` : ''} (seed ${opts.seed}, compress ${opts.compress}): ` +
            `${Object.entries(s.byClass).map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
            `${Object.entries(s.byLatency).map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
            `${s.fractionalGpuRoundedUp} GPU shares rounded up to a whole card, ${s.zeroDuration} zero-length tasks given 1 s\n`,
        );
      }
    });
}
