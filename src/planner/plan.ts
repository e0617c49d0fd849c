import { dirname, resolve } from 'node:path';
import { ValidationError } from '../core/errors.js';
import { Network } from '../core/network/network.js';
import { buildScenario } from '../core/network/scenario.js';
import type { PolicyName, PolicyOptions } from '../core/placement/policy.js';
import { SeededRng } from '../core/rng.js';
import { Simulation } from '../core/simulate/simulator.js';
import type { SimSettings } from '../core/simulate/simulator.js';
import { summarize } from '../core/simulate/summary.js';
import type { SimSummary } from '../core/simulate/summary.js';
import type { JobSpec } from '../core/workload/job.js';
import { jobStreamFormatOf, parseJobStream } from '../formats/job-stream.js';
import { loadScenarioFileWithDocument, locateIssues, parseDocumentText, readTextFile } from '../formats/scenario-file.js';
import { configSchema } from '../server/config.js';
import { PLACEMENT_DEFAULTS } from '../server/services/placement.service.js';
import { applyWhatIf, basePlan, parseWhatIf } from './what-if.js';
import type { RunPlan } from './what-if.js';

/** The platform's own settings for the simulation: the server's defaults, so a simulated platform keeps its timeouts. */
export function platformSettings(): SimSettings {
  const c = configSchema.parse({});
  return { agentTimeoutS: c.agentTimeoutS, staleAfterS: c.staleAfterS, maxAttempts: c.maxAttempts, retryAfterS: PLACEMENT_DEFAULTS.retryAfterMs / 1000, batch: PLACEMENT_DEFAULTS.batch };
}

export interface PlannerOptions {
  scenario: string;
  jobs: string;
  whatIfs: readonly string[];
  policy: PolicyName;
  policyOptions?: PolicyOptions;
  seed: number;
  /** Stop every run here, seconds. */
  until?: number;
}

/** A run ready to simulate: its plan, and each version of its network built. */
export interface ReadyRun {
  plan: RunPlan;
  /** The what-if file it came from (none for the base). */
  file?: string;
  versions: { at: number; network: Network }[];
}

/**
 * Reads and checks every input before anything runs: the scenario, the job
 * stream, each what-if file and the scenario each what-if makes. A problem
 * anywhere is a ValidationError naming its file and path, and nothing runs.
 */
export function preparePlans(opts: PlannerOptions): ReadyRun[] {
  const loaded = loadScenarioFileWithDocument(opts.scenario);
  const doc = loaded.document;
  const readJobs = (file: string, network: Network): JobSpec[] => parseJobStream(readTextFile(file), file, jobStreamFormatOf(file), network).jobs;
  const jobs = readJobs(opts.jobs, loaded.network);
  const base = { doc, jobs, policy: opts.policy, policyOptions: opts.policyOptions ?? {}, settings: platformSettings(), seed: opts.seed };
  const runs: ReadyRun[] = [{ plan: basePlan(base), versions: [{ at: 0, network: loaded.network }] }];
  const names = new Set(['base']);
  for (const file of opts.whatIfs) {
    const text = readTextFile(file);
    const located = (e: unknown): never => {
      if (e instanceof ValidationError && e.source === file && e.issues.every((i) => i.line === undefined)) throw new ValidationError(file, locateIssues(text, file, e.issues));
      throw e;
    };
    let plan: RunPlan;
    try {
      const w = parseWhatIf(parseDocumentText(text, file), file);
      plan = applyWhatIf(base, w, file, (f) => readJobs(resolve(dirname(file), f), loaded.network));
    } catch (e) {
      return located(e);
    }
    if (names.has(plan.name)) throw new ValidationError(file, [{ path: 'name', message: `"${plan.name}" names another run too: each what-if needs a name of its own` }]);
    names.add(plan.name);
    const versions = plan.versions.map((v) => {
      try {
        return { at: v.at, network: new Network(buildScenario(v.doc, `${file}: the scenario after its changes`).scenario) };
      } catch (e) {
        return located(e);
      }
    });
    runs.push({ plan, file, versions });
  }
  return runs;
}

/** One run's simulation and summary. */
export interface PlannedRun extends ReadyRun {
  sim: Simulation;
  summary: SimSummary;
}

/** Runs each plan with the same seed, one after another; `onProgress` hears which run and how far it is. */
export function runPlans(runs: readonly ReadyRun[], opts: Pick<PlannerOptions, 'seed' | 'until'>, onProgress?: (run: number, virtualS: number, events: number) => void): PlannedRun[] {
  return runs.map((r, k) => {
    const sim = new Simulation({
      versions: r.versions, jobs: r.plan.jobs, outages: r.plan.outages, policy: r.plan.policy, policyOptions: r.plan.policyOptions,
      policies: r.plan.policies, rng: new SeededRng(opts.seed), settings: r.plan.settings,
      ...(opts.until !== undefined && { until: opts.until }),
      ...(onProgress && { onProgress: (t: number, n: number) => onProgress(k, t, n) }),
    }).run();
    return { ...r, sim, summary: summarize(r.plan.name, sim, (r.versions[0] as { network: Network }).network) };
  });
}
