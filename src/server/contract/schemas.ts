import { z } from 'zod';
import { JOB_STATES } from '../../core/workload/lifecycle.js';
import { ROLES } from '../../store/repositories/identity.repository.js';

/**
 * The shapes of the API's answers. Each route names one of these for every
 * success status it returns; errors share `errorBodySchema`. The OpenAPI
 * document, the typed clients and the test suite's response check are all
 * made from these, so an answer is described once.
 *
 * Money is always an exact decimal text of yuan with trailing zeros trimmed
 * ("6.5", "0.0181"), beside the integer count of 1/10,000 yuan: either as a
 * pair of fields (`price` and `priceMinor`) or as `{ yuan, minor }`.
 */

export const iso = z.string().describe('A time, ISO 8601 in UTC.');
const epochMs = z.number().int().describe('A time, milliseconds since 1970 UTC.');
export const cursor = z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.');
const open = z.record(z.string(), z.unknown());

export const moneySchema = z.strictObject({
  yuan: z.string().describe('Exact decimal yuan, trailing zeros trimmed.'),
  minor: z.number().int().describe('The same amount in 1/10,000 yuan.'),
});

export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string().describe('Stable code: validation, unauthorized, payment_required, forbidden, not_found, conflict, payload_too_large, unsupported_media_type, rate_limited, internal.'),
    message: z.string().describe('What went wrong, for a person.'),
    issues: z.array(z.strictObject({ path: z.string().describe('The field, e.g. `jobs[3].units`; empty for the whole body.'), message: z.string() })).optional()
      .describe('For validation errors: every problem, each naming its field.'),
    details: open.optional().describe('Facts a client can act on, e.g. the shortfall of a 402.'),
    requestId: z.string().describe('Quote it when reporting a problem.'),
  }),
}).describe('Every error has this shape.');

// --- network ---------------------------------------------------------------

const nameZh = z.string().optional().describe('The name in Chinese, where the scenario gives one.');
const hubSchema = z.looseObject({ id: z.string(), name: z.string(), nameZh, side: z.enum(['east', 'west']), national: z.boolean(), lat: z.number().optional(), lon: z.number().optional() }).describe('A hub; lat and lon where the scenario gives them.');
const clusterSchema = z.looseObject({ id: z.string(), hubId: z.string(), name: z.string(), nameZh });

export const networkSchema = z.strictObject({
  version: z.number().int().describe('Increases with every change of the network.'),
  name: z.string(),
  mode: z.string().describe('"live", or a demo label.'),
  role: z.enum(['national', 'hub', 'regional']),
  hubs: z.array(hubSchema),
  clusters: z.array(clusterSchema),
  origins: z.array(z.strictObject({ id: z.string(), name: z.string(), nameZh, province: z.string(), lat: z.number(), lon: z.number() })),
  counts: z.strictObject({ hubs: z.number().int(), clusters: z.number().int(), dataCenters: z.number().int(), pools: z.number().int(), origins: z.number().int() }),
});

export const dataCenterSchema = z.strictObject({
  id: z.string(), name: z.string(), nameZh, hub: z.string(), cluster: z.string().nullable(), province: z.string(), operator: z.string().nullable(),
  lat: z.number(), lon: z.number(), pue: z.number(), greenShare: z.number().describe('Share of power from renewables, 0 to 1.'), gridFactor: z.number().describe('kg CO2 per kWh of grid power.'),
  racks: z.looseObject({ built: z.number(), inUse: z.number().optional() }),
  pools: z.array(z.strictObject({
    id: z.string(), class: z.enum(['general', 'intelligent', 'super']), model: z.string(), units: z.number().int(), unitTflops: z.number(), unitPowerKw: z.number(),
    priceMinor: z.number().int().describe('List price per unit-hour in 1/10,000 yuan.'),
  })),
});

export const networkMapSchema = z.strictObject({
  version: z.number().int(),
  dataCenters: z.array(z.strictObject({
    id: z.string(), name: z.string(), nameZh, hub: z.string(), lat: z.number(), lon: z.number(),
    capacityP: z.record(z.string(), z.number()).describe('PFLOPS by compute class.'),
    fillRate: z.number().describe('Share of its units in use now, 0 to 1.'),
    pue: z.number(), greenShare: z.number(),
  })),
}).describe('Every data center, in one answer, with what a map draws.');
export const dataCenterPageSchema = z.strictObject({ dataCenters: z.array(dataCenterSchema), nextCursor: cursor });
export const dataCenterChangeSchema = z.strictObject({ version: z.number().int(), dataCenter: dataCenterSchema });
export const scenarioLoadedSchema = z.strictObject({
  version: z.number().int(), dataCenters: z.number().int(),
  warnings: z.array(z.strictObject({ path: z.string(), message: z.string() })).describe('Problems that did not stop the load.'),
});

// --- identity ----------------------------------------------------------------

const role = z.enum(ROLES);
export const tenantSchema = z.strictObject({ id: z.string(), name: z.string(), createdAt: epochMs });
export const userSchema = z.strictObject({ id: z.string(), name: z.string(), role, tenantId: z.string().optional(), dataCenters: z.array(z.string()).optional(), createdAt: epochMs });
export const tokenSchema = z.strictObject({
  id: z.string(), userId: z.string(), name: z.string(), role, tenantId: z.string().optional(), dataCenters: z.array(z.string()).optional(), createdAt: epochMs, revokedAt: epochMs.optional(),
});
export const secretSchema = z.string().describe('The bearer secret: shown in this answer only; the platform keeps a hash.');
export const userCreatedSchema = z.strictObject({ user: userSchema, token: tokenSchema, secret: secretSchema });
export const tokenCreatedSchema = z.strictObject({ token: tokenSchema, secret: secretSchema });

// --- jobs ----------------------------------------------------------------------

export const jobSchema = z.strictObject({
  id: z.string(), tenant: z.string(), state: z.enum(JOB_STATES), reason: z.string().optional(),
  spec: open.describe('The job as submitted, with defaults applied.'),
  placement: z.strictObject({
    dataCenter: z.string(), pool: z.string(), epoch: z.number().int().describe('Increases each time the job is placed again.'),
    cost: z.string().describe('Estimated cost in yuan.'), costMinor: z.number().int(), externalId: z.string().optional(),
  }).optional(),
  attempts: z.number().int(),
  usage: z.strictObject({ unitSeconds: z.number().int() }).optional().describe('Metered use reported by the data center.'),
  createdAt: iso, updatedAt: iso, startedAt: iso.optional(), endedAt: iso.optional(),
  start: z.strictObject({
    plannedAt: iso.describe('When the engine planned the job to start; it is held pending until then.'),
    rule: z.string().describe('How the start was chosen: cheapest, the lowest cost over the window.'),
    reason: z.string(),
    considered: z.array(z.strictObject({
      at: iso, cost: z.string().describe('Estimated cost in yuan at the best pool for that start.'), costMinor: z.number().int(),
      co2Kg: z.number(), pool: z.string().optional(),
    })).describe('The starts weighed: submission and each whole hour of the window still to come.'),
  }).optional().describe('For a job submitted with maxWaitS: its planned start and why.'),
});
export const jobPageSchema = z.strictObject({ jobs: z.array(jobSchema), nextCursor: cursor });
export const jobBatchSchema = z.strictObject({ jobs: z.array(jobSchema), created: z.number().int().describe('How many of the jobs this request made (0 for a replay).') });
export const jobDetailSchema = jobSchema.extend({
  events: z.array(z.looseObject({ at: iso, state: z.string() })).describe('The job\'s history, oldest first.'),
  explanation: z.unknown().describe('Why the job is where it is: the checkers each data center failed, the scores of the rest, the choice.'),
});
const outputStream = z.strictObject({
  text: z.string().describe('The last part of the stream: at most 64 KiB, as the job wrote it (control characters included).'),
  bytes: z.number().int().describe('How many bytes the stream holds in all.'),
  truncated: z.boolean().describe('True when the stream is longer than the part kept.'),
});
export const jobOutputAnswerSchema = z.strictObject({
  job: z.string(), state: z.string(),
  epoch: z.number().int().nullable().describe('The placement its agent last uploaded the output under; null before any upload.'),
  updatedAt: iso.nullable(), stdout: outputStream, stderr: outputStream,
});
export const outputAcceptedSchema = z.strictObject({ job: z.string(), stdoutBytes: z.number().int(), stderrBytes: z.number().int() });

export const assignmentsSchema = z.strictObject({
  dataCenter: z.string(), version: z.string().describe('Pass as `known` to wait for a change.'),
  assignments: z.array(z.strictObject({ id: z.string(), epoch: z.number().int(), state: z.enum(['placed', 'running']), pool: z.string(), units: z.number().int(), tenant: z.string(), spec: open })),
});

// --- monitoring ------------------------------------------------------------------

const byClass = z.record(z.string(), z.number().nullable());
export const summarySchema = z.looseObject({
  scope: z.string(), asOf: iso,
  dataCenters: z.looseObject({ total: z.number().int(), reporting: z.number().int(), stale: z.number().int() }),
  capacityP: byClass.describe('Capacity per class in P (PFLOPS).'), inUseP: byClass, fillRate: byClass,
  powerKw: z.number().nullable(), pue: z.number().nullable(), greenShare: z.number().nullable(), carbonTodayKg: z.number().nullable(),
  capacityUnits: z.record(z.string(), z.number()).optional(), inUseUnits: z.record(z.string(), z.number()).optional(),
  jobs: z.looseObject({ byState: z.record(z.string(), z.number()), running: z.number() }).optional(),
  eastToWest: z.looseObject({ jobs: z.number(), units: z.number() }).optional().describe('Placed and running jobs from eastern origins in western data centers.'),
  lastReportAt: iso.nullable().optional().describe('For a data center\'s scope: when it last reported (its heartbeat); null if never.'),
  platform: z.strictObject({ id: z.string(), role: z.string() }).optional()
    .describe('For scope national: the platform whose figures these are (its own and all below it); only a national platform\'s are the nation\'s.'),
});
export const flowsSchema = z.strictObject({
  window: z.enum(['1h', '1d']), from: iso, to: iso,
  flows: z.array(z.strictObject({
    origin: z.string(), homeHub: z.string().describe("The origin's home hub."), hub: z.string().describe('The hub where the work ran.'),
    eastToWest: z.boolean().describe('From an origin whose home hub is in the east to a western hub.'),
    jobs: z.number().int(), unitHours: z.number().describe('Units x hours run inside the window.'), batchUnitHours: z.number().describe('The part of it that was batch (latency-tolerant) work.'),
  })).describe('Largest first.'),
  totals: z.strictObject({
    unitHours: z.number(), eastToWestUnitHours: z.number(), batchUnitHours: z.number(), batchWestUnitHours: z.number(),
    batchWestShare: z.number().nullable().describe('The share of batch work that ran in western hubs.'),
  }),
}).describe('Where work ran over the window: the east-to-west flow.');
export type FlowsView = z.output<typeof flowsSchema>;

export const seriesSchema = z.looseObject({
  scope: z.string(), metric: z.string(), step: z.number().int().describe('Seconds per point.'), from: iso, to: iso,
  points: z.array(z.looseObject({ t: iso, value: z.number().nullable() })),
});
const trendFit = z.strictObject({
  points: z.number().int().describe('Days the fit used.'),
  from: z.string().describe('The first day (China Standard Time), YYYY-MM-DD.'), to: z.string().describe('The last whole day.'),
  latest: z.number().nullable().describe('The last day\'s value.'),
  slopePerDay: z.number().nullable().describe('Change per day of the least-squares line; null without a fit.'),
  slopeInterval: z.tuple([z.number(), z.number()]).nullable().describe('95% interval of the slope (Student t, n - 2 degrees of freedom).'),
  r2: z.number().nullable(),
  growthPerDayShare: z.number().nullable().describe('The slope as a share of the mean.'),
  note: z.string().describe('What the fit says, or why there is none (too few days).'),
});
export const trendsSchema = z.strictObject({
  scope: z.string(), asOf: iso, days: z.number().int().describe('The window asked for, in days.'),
  method: z.string().describe('How the trends are found, in words.'),
  classes: z.array(z.strictObject({
    class: z.string(), capacityUnits: z.number(),
    use: trendFit.extend({
      fullOn: z.string().nullable().describe('The day the line reaches the capacity at the fitted rate (YYYY-MM-DD); null if it does not grow.'),
      fullOnRange: z.tuple([z.string(), z.string().nullable()]).nullable().describe('The same day at the high and low ends of the slope\'s interval (null: never at the low end).'),
    }).describe('Daily mean units in use.'),
    demand: trendFit.describe('Units of the jobs submitted each day.'),
  })),
}).describe('Use and demand growth per class over the stored daily series, and when the scope fills at that rate.');
export type TrendsView = z.output<typeof trendsSchema>;
const plannerRunSchema = z.strictObject({
  id: z.string().describe('The folder under the planner\'s folder (the --out of suanli simulate).'),
  writtenAt: iso.describe('When its summary.json was written.'),
  scenario: z.string().nullable(), jobs: z.string().nullable(), policy: z.string().nullable(), seed: z.number().int().nullable(),
  hasReport: z.boolean(),
  runs: z.array(z.strictObject({
    name: z.string(), description: z.string().optional(),
    costMinor: z.number().int().nullable().describe('Total cost, 1/10,000 yuan.'), co2Tonnes: z.number().nullable(), greenShareOfEnergy: z.number().nullable(), jobs: z.number().int().nullable(),
  })).describe('The base first, then each what-if.'),
});
export type PlannerRunView = z.output<typeof plannerRunSchema>;
export const plannerRunListSchema = z.strictObject({
  runs: z.array(plannerRunSchema).describe('Newest first.'),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last.'),
});
export type PlannerRunList = z.output<typeof plannerRunListSchema>;
export const plannerSummarySchema = z.looseObject({ inputs: z.looseObject({}), runs: z.array(z.looseObject({ name: z.string() })) }).describe('summary.json as suanli simulate wrote it (docs/planner.md).');
export const plannerReportSchema = z.strictObject({ id: z.string(), lang: z.string(), html: z.string().describe('report.html: a self-contained page; show it in a sandboxed frame.') });
export const alertsSchema = z.looseObject({
  alerts: z.array(z.looseObject({ id: z.number().int(), key: z.string(), kind: z.string(), scope: z.string(), message: z.string(), raisedAt: iso, resolvedAt: iso.optional() })),
});
export const acceptedSchema = z.looseObject({ accepted: z.number().int().describe('Samples stored.') });

// --- audit -----------------------------------------------------------------------

export const auditPageSchema = z.strictObject({
  entries: z.array(z.strictObject({ seq: z.number().int(), at: epochMs, actor: z.string(), action: z.string(), target: z.string(), source: z.string(), detail: z.string(), prevHash: z.string(), hash: z.string() })),
  next: z.number().int().nullable().describe('Pass as `after` for the next page.'),
});
export const auditVerifySchema = z.looseObject({ ok: z.boolean(), entries: z.number().int() });

/** One event of the live stream (`GET /v1/events`), as its `data:` line carries it, named by its `event:` line. */
export const liveEventSchema = z.union([
  summarySchema.describe('event: summary — the national summary, as GET /v1/monitoring/summary answers it.'),
  alertsSchema.describe('event: alerts — the open alerts, as GET /v1/alerts answers them.'),
  jobPageSchema.describe('event: jobs — the newest jobs the caller may see, as GET /v1/jobs answers them.'),
  z.strictObject({ error: z.strictObject({ code: z.string(), message: z.string() }) }).describe('A topic that cannot be read now, and why; it is tried again.'),
]).describe('A text/event-stream: each event is `event: <topic>` and `data: <JSON>`, sent when the topic changes; `: keep-alive` comments keep it open.');
