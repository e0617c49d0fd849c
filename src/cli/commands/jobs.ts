import type { Command } from 'commander';
import { formatIssue } from '../../core/errors.js';
import { jobStreamFormatOf, parseJobStream } from '../../formats/job-stream.js';
import { loadScenarioFile, readTextFile } from '../../formats/scenario-file.js';
import type { CliIo } from '../io.js';

export function registerJobsCommands(program: Command, io: CliIo): void {
  const jobs = program.command('jobs').description('job streams');

  jobs
    .command('check')
    .description('validate a job stream (CSV or JSON Lines) against a scenario')
    .requiredOption('--scenario <file>', 'scenario file')
    .argument('<file>', 'job stream: .csv, or JSON Lines (.jsonl)')
    .option('--json', 'print the result as JSON')
    .action((file: string, opts: { scenario: string; json?: boolean }) => {
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
}
