import type { Command } from 'commander';
import { formatYuan } from '../../core/money.js';
import { POLICY_NAMES, SCARCITY_CLASS_FROM, DEFAULT_SCARCITY, DEFAULT_KEEP_WHOLE } from '../../core/placement/policy.js';
import type { PolicyName } from '../../core/placement/policy.js';
import { ScheduleTally, scheduleOnline, streamOnline } from '../../core/placement/schedule.js';
import type { ScheduleSummary } from '../../core/placement/schedule.js';
import type { Decision } from '../../core/placement/types.js';
import { SeededRng } from '../../core/rng.js';
import { NotFoundError, UsageError } from '../../core/errors.js';
import { jobStreamFormatOf, parseJobStream } from '../../formats/job-stream.js';
import { formatPlacement, parsePlacements } from '../../formats/placements.js';
import { loadScenarioFile, readTextFile } from '../../formats/scenario-file.js';
import { verifySchedule } from '../../verify/verifier.js';
import { LP_NONZERO_LIMIT, placementBound } from '../../optimize/bound.js';
import type { BoundMethod } from '../../optimize/bound.js';
import { scheduleBatch } from '../../optimize/batch.js';
import type { BatchStats } from '../../optimize/batch.js';
import { LOOKAHEAD_GRID_S, LOOKAHEAD_HORIZON_S, LOOKAHEAD_WEIGHT, scheduleLookahead } from '../../optimize/lookahead.js';
import { intArg, numberAbove, numberAtLeast, oneOf, shareArg } from '../args.js';
import type { CliIo } from '../io.js';
import { LineWriter } from '../io.js';
import { progressBar, timedBar } from '../progress.js';
import { EXIT, ExitWith } from '../exit-codes.js';
import { explanationLines, yuan } from '../explanation.js';

interface Common {
  scenario: string;
  jobs: string;
  policy: PolicyName;
  seed: number;
  reserve: number;
  keepWhole: number;
  keepWholeFrom: number;
  fragmentation: boolean;
  scarcity: number;
  scarcityFrom: number;
  scarcityClassFrom: number;
  lookahead: number;
  lookaheadWeight: number;
  lookaheadHistory?: number;
  lookaheadHorizon: number;
  lookaheadGrid: number;
  json?: boolean;
}


function loadInputs(opts: Pick<Common, 'scenario' | 'jobs'>) {
  const loaded = loadScenarioFile(opts.scenario);
  const stream = parseJobStream(readTextFile(opts.jobs), opts.jobs, jobStreamFormatOf(opts.jobs), loaded.network);
  return { loaded, jobs: stream.jobs };
}

function addCommon(cmd: Command): Command {
  return cmd
    .requiredOption('--scenario <file>', 'scenario file')
    .requiredOption('--jobs <file>', 'job stream (.csv or JSON Lines)')
    .option('--policy <name>', `placement policy: ${POLICY_NAMES.join(', ')}`, oneOf(POLICY_NAMES), 'engine')
    .option('--seed <n>', 'seed for the random and spread policies', intArg(0), 1)
    .option('--reserve <share>', 'engine: share of each eastern pool that batch work leaves free (0: off)', shareArg, 0)
    .option('--keep-whole <units>', 'engine: smaller jobs keep free blocks of this many units whole for larger ones (0, the default: off)', intArg(0, 1_000_000), DEFAULT_KEEP_WHOLE)
    .option('--keep-whole-from <share>', 'engine: share of a class in use from which keep-whole applies', shareArg, 0.7)
    .option('--no-fragmentation', 'engine: leave out fragmentation pricing (the expected penalty of later jobs left without room)')
    .option('--scarcity <weight>', 'engine: scarcity pricing weight, a multiple of the unplaced penalty (0: off, the default)', numberAtLeast(0), DEFAULT_SCARCITY)
    .option('--scarcity-from <share>', 'engine: pool utilisation from which scarcity pricing applies', shareArg, 0.7)
    .option('--scarcity-class-from <share>', 'engine: share of the job\'s class in use network-wide below which scarcity pricing is off', shareArg, SCARCITY_CLASS_FROM)
    .option('--lookahead <seconds>', 'online engine: every this many seconds, price capacity by an LP over a forecast of the jobs to come (0: off)', intArg(0, 10_000_000), 0)
    .option('--lookahead-history <seconds>', 'look-ahead: the forecast repeats the arrivals of the last this many seconds (default: the period)', intArg(1, 10_000_000))
    .option('--lookahead-horizon <seconds>', 'look-ahead: how far ahead the forecast reaches', intArg(1, 10_000_000), LOOKAHEAD_HORIZON_S)
    .option('--lookahead-grid <seconds>', 'look-ahead: time grid of the LP (0: exact starts and ends, slower)', intArg(0, 86_400), LOOKAHEAD_GRID_S)
    .option('--lookahead-weight <w>', 'online engine: multiple of the look-ahead prices added to the score', numberAbove(0), LOOKAHEAD_WEIGHT);
}

/** The seeded random source and the engine's rule settings, from the common flags. */
function engineOptions(opts: Common) {
  return {
    rng: new SeededRng(opts.seed), reserveShare: opts.reserve, keepWhole: opts.keepWhole, keepWholeFrom: opts.keepWholeFrom, fragmentation: opts.fragmentation,
    scarcity: opts.scarcity, scarcityFrom: opts.scarcityFrom, scarcityClassFrom: opts.scarcityClassFrom,
  };
}

/** The look-ahead settings from the flags, beside the engine's. */
function lookaheadOptions<T extends object>(common: T, opts: Common) {
  return {
    ...common, periodS: opts.lookahead, horizonS: opts.lookaheadHorizon, weight: opts.lookaheadWeight, gridS: opts.lookaheadGrid,
    ...(opts.lookaheadHistory !== undefined && { historyS: opts.lookaheadHistory }),
  };
}

/** Look-ahead prices are for the online engine only. */
function checkLookahead(opts: Pick<Common, 'lookahead' | 'policy' | 'lookaheadHistory'>, mode: 'online' | 'batch'): void {
  if (opts.lookaheadHistory !== undefined && opts.lookahead === 0) throw new UsageError('--lookahead-history needs --lookahead SECONDS, the period between LP solves');
  if (opts.lookahead > 0 && opts.policy !== 'engine') throw new UsageError(`--lookahead prices capacity for the engine only, not --policy ${opts.policy}`);
  if (opts.lookahead > 0 && mode !== 'online') throw new UsageError('--lookahead is for --mode online: batch mode already solves each window as an LP');
}

export function registerScheduleCommands(program: Command, io: CliIo): void {
  addCommon(program.command('schedule').description('place every job of a stream on a scenario, online, in submit order'))
    .option('--mode <mode>', 'online: one job at a time; batch: each window solved together as an LP (engine only)', oneOf(['online', 'batch'] as const), 'online')
    .option('--window <seconds>', 'batch mode: jobs submitted within this many seconds are solved together', intArg(1, 10_000_000), 3600)
    .option('--out <file>', 'write placements (JSON Lines) here, - for standard output; without it only the summary is printed')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress bar')
    .action(async (opts: Common & { out?: string; mode: 'online' | 'batch'; window: number; quiet?: boolean }) => {
      if (opts.mode === 'batch' && opts.policy !== 'engine') throw new UsageError(`--mode batch runs the engine only, not --policy ${opts.policy}`);
      checkLookahead(opts, opts.mode);
      const { loaded, jobs } = loadInputs(opts);
      const label = opts.mode === 'batch' ? `engine (batch, ${opts.window} s windows)` : opts.lookahead > 0 ? `engine (look-ahead prices every ${opts.lookahead} s)` : opts.policy;
      // Each placement is written and counted as it is made: the online mode never holds them all.
      // Without --out, the summary is the answer (a trace's every placement would flood the terminal); --out - streams them.
      const out = opts.out === undefined ? undefined : opts.out === '-' ? LineWriter.to(io.stdout) : LineWriter.toFile(opts.out);
      const report = out === undefined ? io.stdout : io.stderr;
      const tally = new ScheduleTally(loaded.network, label);
      const each = (d: Decision): void => {
        out?.line(formatPlacement(d));
        tally.add(d);
      };
      const bar = progressBar(io, 'placing', jobs.length, 0, opts.quiet);
      const t0 = performance.now();
      const common = { ...engineOptions(opts), onProgress: (done: number) => bar.update(done) };
      let batch: BatchStats | undefined;
      try {
        if (opts.mode === 'batch') {
          const b = await scheduleBatch(loaded.network, jobs, { ...common, windowS: opts.window });
          batch = b.stats;
          b.decisions.forEach(each);
        }
        else if (opts.lookahead > 0) (await scheduleLookahead(loaded.network, jobs, lookaheadOptions(common, opts))).decisions.forEach(each);
        else streamOnline(loaded.network, jobs, { ...common, policy: opts.policy }, each);
      } catch (e) {
        out?.abort();
        throw e;
      } finally {
        bar.stop();
      }
      out?.close();
      const seconds = (performance.now() - t0) / 1000;
      const summary = tally.summary();
      const kept = batch && { kept: batch.kept, lpTotal: formatYuan(batch.lpTotal), onlineTotal: formatYuan(batch.onlineTotal) };
      if (opts.json) report(`${JSON.stringify({ ...summary, seconds, ...(kept && { batch: kept }) }, null, 2)}\n`);
      else report(renderSummary(summary, seconds) + (kept ? `batch: kept the ${kept.kept === 'lp' ? "window LPs' plan" : "online engine's plan"} (LP plan ${yuan(batch!.lpTotal)}, online engine ${yuan(batch!.onlineTotal)})\n` : ''));
    });

  program
    .command('verify')
    .description('check a placements file against the scenario and jobs, independently of the engine')
    .requiredOption('--scenario <file>', 'scenario file')
    .requiredOption('--jobs <file>', 'job stream')
    .requiredOption('--placements <file>', 'placements written by `suanli schedule`')
    .option('--json', 'print the report as JSON')
    .action((opts: { scenario: string; jobs: string; placements: string; json?: boolean }) => {
      const { loaded, jobs } = loadInputs(opts);
      const { records } = parsePlacements(readTextFile(opts.placements), opts.placements);
      const report = verifySchedule(loaded.scenario, jobs, records);
      if (opts.json) {
        io.stdout(`${JSON.stringify({ ...report, totalCostYuan: formatYuan(report.totalCost), violations: report.violations.slice(0, 1000) }, null, 2)}\n`);
      } else {
        for (const v of report.violations.slice(0, 50)) io.stderr(`violation: ${v.job}: ${v.rule}: ${v.detail}\n`);
        if (report.violations.length > 50) io.stderr(`... and ${report.violations.length - 50} more violations\n`);
        io.stdout(
          `${report.violations.length === 0 ? 'OK' : 'FAILED'}: ${report.jobs} jobs, ${report.placed} placed, ${report.unplaced} unplaced, ` +
            `${report.violations.length} violations; recomputed total cost ${formatYuan(report.totalCost)} yuan (file: ${formatYuan(report.fileTotal)})\n`,
        );
      }
      if (report.violations.length > 0) throw new ExitWith(EXIT.violations);
    });

  program
    .command('bound')
    .description('the LP lower bound on total cost: no schedule can cost less')
    .requiredOption('--scenario <file>', 'scenario file')
    .requiredOption('--jobs <file>', 'job stream')
    .option('--method <method>', `lp (the whole LP in HiGHS), rows (HiGHS, adding only the capacity rows that bind), columns (HiGHS, adding only the job-pool pairs that price out), lagrangian (subgradient) or auto (lp up to ${LP_NONZERO_LIMIT.toLocaleString('en-US')} nonzeros, else rows)`, oneOf(['lp', 'rows', 'columns', 'lagrangian', 'auto'] as const), 'auto')
    .option('--mip-seconds <s>', 'lp method: also run the integer program for this long and report its proven bound', intArg(1, 86_400))
    .option('--time-limit <s>', 'stop after this many seconds: rows, columns and lagrangian give their best round (each a valid bound); the whole LP, stopped, gives way to the Lagrangian bound', intArg(1, 86_400), 300)
    .option('--json', 'print as JSON')
    .option('--quiet', 'no progress bar')
    .action(async (opts: { scenario: string; jobs: string; method: BoundMethod; mipSeconds?: number; timeLimit: number; json?: boolean; quiet?: boolean }) => {
      const { loaded, jobs } = loadInputs(opts);
      // The iterative methods run for minutes on large inputs: each round's bound (and gap, where there is an upper value) is shown on a terminal.
      const bar = timedBar(io, 'bound', opts.timeLimit, opts.quiet);
      let b: Awaited<ReturnType<typeof placementBound>>;
      try {
        b = await placementBound(loaded.network, jobs, {
          method: opts.method, timeLimitS: opts.timeLimit, ...(opts.mipSeconds !== undefined && { mipSeconds: opts.mipSeconds }),
          onProgress: (r) => bar.update(r.seconds, `round ${r.round}: ${(r.bound / 10_000).toLocaleString('en-US', { maximumFractionDigits: 0 })} yuan${r.upper !== undefined && r.upper > 0 ? `, gap ${(((r.upper - r.bound) / r.upper) * 100).toFixed(2)}%` : ''}`),
        });
      } finally {
        bar.stop();
      }
      if (opts.json) {
        io.stdout(`${JSON.stringify(b, null, 2)}\n`);
        return;
      }
      const y = (m: number): string => `${(m / 10_000).toLocaleString('en-US', { maximumFractionDigits: 4 })} yuan`;
      const how = b.method === 'lp'
        ? `LP relaxation, ${(b.lpUnplacedJobs ?? 0).toFixed(2)} jobs left unplaced by the LP`
        : b.method === 'rows'
          ? `LP relaxation by row generation, ${b.iterations} round${b.iterations === 1 ? '' : 's'}, ${b.rowsAdded} capacity rows${b.exact ? '' : '; stopped by the time limit or the solver memory budget, so below the LP optimum'}`
          : b.method === 'columns'
            ? `LP relaxation by column generation, ${b.iterations} round${b.iterations === 1 ? '' : 's'}, ${(b.columnsUsed ?? 0).toLocaleString('en-US')} columns used; ${b.exact ? 'exact' : `stopped by the time limit: the LP optimum lies between this and ${y(b.restrictedLp ?? NaN)}`}`
            : `Lagrangian relaxation, best of ${b.iterations} subgradient iterations${b.lpStoppedAfterS === undefined ? '' : `, after the whole LP was stopped by the time limit at ${b.lpStoppedAfterS.toFixed(0)} s`}`;
      io.stdout(`lower bound: ${y(b.bound)} (${how})\n`);
      if (b.mipBound !== undefined) io.stdout(`MIP (${opts.mipSeconds} s, ${b.mipStatus}): proven bound ${y(b.mipBound)}, best schedule ${y(b.mipObjective ?? NaN)}\n`);
      io.stdout(`${b.columns.toLocaleString('en-US')} columns, ${b.checkpoints.toLocaleString('en-US')} load checkpoints${b.nonzeros === undefined ? '' : `, ${b.nonzeros.toLocaleString('en-US')} nonzeros`}; built in ${b.buildSeconds.toFixed(2)} s, solved in ${b.solveSeconds.toFixed(2)} s\n`);
      const waiting = jobs.filter((j) => (j.maxWaitS ?? 0) > 0).length;
      if (waiting > 0) io.stdout(`time-indexed: ${waiting.toLocaleString('en-US')} jobs may wait; each has a column per pool at its submission and at every whole hour of its window (the start grid)\n`);
    });

  addCommon(program.command('explain').description("explain one job's placement decision"))
    .requiredOption('--job <id>', 'job id')
    .option('--json', 'print the explanation as JSON')
    .action(async (opts: Common & { job: string }) => {
      checkLookahead(opts, 'online');
      const { loaded, jobs } = loadInputs(opts);
      if (!jobs.some((j) => j.id === opts.job)) throw new NotFoundError(`job "${opts.job}" is not in ${opts.jobs}`);
      const common = { ...engineOptions(opts), explainJob: opts.job, stopAfter: opts.job };
      const decisions = opts.lookahead > 0
        ? (await scheduleLookahead(loaded.network, jobs, lookaheadOptions(common, opts))).decisions
        : scheduleOnline(loaded.network, jobs, { ...common, policy: opts.policy });
      const d = decisions.at(-1) as Decision;
      if (opts.json) {
        io.stdout(`${JSON.stringify({ job: d.job, placed: d.placed, dataCenter: d.dc?.id, pool: d.pool?.id, reason: d.reason, explanation: d.explanation }, null, 2)}\n`);
        return;
      }
      io.stdout(renderExplanation(d));
    });
}

const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

function renderSummary(s: ScheduleSummary, seconds: number): string {
  return [
    `policy ${s.policy}: ${s.jobs} jobs, ${s.placed} placed, ${s.unplaced} unplaced (${Math.round(s.unplacedUnitHours).toLocaleString('en-US')} unit-hours) in ${seconds.toFixed(2)} s (${Math.round(s.jobs / Math.max(seconds, 1e-9)).toLocaleString('en-US')} placements/s)`,
    `total cost ${yuan(s.cost.total)}: compute ${yuan(s.cost.compute)}, transfer ${yuan(s.cost.transfer)}, carbon ${yuan(s.cost.carbon)}, unplaced penalty ${yuan(s.cost.penalty)}`,
    `carbon ${s.co2Tonnes.toFixed(1)} t CO2; energy ${s.energyMwh.toFixed(1)} MWh, ${pct(s.greenShareOfEnergy)} green; batch work in western hubs ${pct(s.batchWestShare)}; latency violations ${s.latencyViolations}`,
    '',
  ].join('\n');
}

function renderExplanation(d: Decision): string {
  const j = d.job;
  const out = [`job ${j.id}: ${j.units} ${j.class} units${j.models ? ` (${j.models.join('|')})` : ''} for ${j.durationS} s from ${j.origin}, ${j.latency}${j.maxLatencyMs !== undefined ? ` (<= ${j.maxLatencyMs} ms)` : ''}, submitted at ${d.explanation?.start?.considered[0]?.at ?? j.submitAt}${d.explanation?.start && d.explanation.start.considered.length > 0 ? `, may wait ${j.maxWaitS ?? 0} s, starts at ${d.start}` : ''}`];
  if (!d.explanation) return `${out.join('\n')}\n`;
  out.push(...explanationLines({ ...d.explanation, rejectedBy: undefined }));
  if (!d.placed) out.push(`unplaced: ${d.reason}; rejected by the ${d.explanation.rejectedBy} check; penalty ${yuan(d.penalty ?? 0)}`);
  return `${out.join('\n')}\n`;
}
