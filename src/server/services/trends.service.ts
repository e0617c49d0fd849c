import { z } from 'zod';
import type { Clock } from '../../core/clock.js';
import { COMPUTE_CLASSES } from '../../core/network/compute-class.js';
import { MIN_FIT_POINTS, dayReaching, fitLine } from '../../core/trend-fit.js';
import type { LineFit } from '../../core/trend-fit.js';
import type { Store } from '../../store/store.js';
import type { TrendsView } from '../contract/schemas.js';
import type { Principal } from './actor.js';
import { dayStart } from './monitoring.service.js';
import type { MonitoringService } from './monitoring.service.js';
import type { NetworkService } from './network.service.js';

const DAY = 86_400_000;

export const trendsQuerySchema = z.strictObject({
  scope: z.string().min(1).max(200).default('national').describe('national, hub:ID, cluster:ID or dc:ID.'),
  days: z.coerce.number({ message: 'must be a whole number of days' }).int({ message: 'must be a whole number of days' })
    .min(MIN_FIT_POINTS, { message: `must be at least ${MIN_FIT_POINTS}` }).max(3650, { message: 'must be at most 3650' }).default(90)
    .describe('Whole days before today to fit (today, not yet whole, is left out).'),
});

export const TRENDS_METHOD = `An ordinary least-squares line through the daily values of the window (whole China Standard Time days),
with the 95% interval of its slope (Student's t, n - 2 degrees of freedom). Use is the daily mean of units in use
(the day rollups of units_in_use); demand is the units of the jobs submitted each day (days without any count as 0
from the first day with one). The scope fills on the day the use line reaches its capacity at the fitted slope; the
range gives that day at the high and low ends of the interval. At least ${MIN_FIT_POINTS} days are needed for a fit.`.replace(/\s+/g, ' ');

/** A day's start in China Standard Time as YYYY-MM-DD. */
const cstDate = (t: number): string => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

/**
 * "Perceive computing power development trends": per class, the growth of
 * use and of demand over the stored daily series of a scope, with its method
 * stated, and the projected day the scope's capacity fills at that rate.
 */
export class TrendsService {
  constructor(
    private readonly store: Store,
    private readonly network: NetworkService,
    private readonly monitoring: MonitoringService,
    private readonly clock: Clock,
  ) {}

  async trends(q: z.output<typeof trendsQuerySchema>, who: Principal): Promise<TrendsView> {
    const live = await this.network.require();
    const dcs = this.monitoring.checkScope(live, q.scope, who);
    const ids = new Set(dcs.map((d) => d.id));
    const now = this.clock.now();
    const today = dayStart(now);
    const from = today - q.days * DAY;
    const capacity = Object.fromEntries(COMPUTE_CLASSES.map((c) => [c, 0])) as Record<string, number>;
    for (const d of dcs) for (const p of d.pools) capacity[p.class] = (capacity[p.class] ?? 0) + p.units;
    const submitted = await this.store.jobs.submittedPerDay(from, today);
    const classes: TrendsView['classes'] = [];
    for (const cls of COMPUTE_CLASSES) {
      if ((capacity[cls] ?? 0) === 0) continue;
      const rows = await this.store.telemetry.series(q.scope, `units_in_use.${cls}`, 86_400, from, today - 1);
      const use = rows.map((r) => ({ x: (dayStart(r.bucket + 12 * 3_600_000) - from) / DAY, y: r.value }));
      const perDay = new Map<number, number>();
      for (const s of submitted) {
        if (s.class !== cls || (q.scope !== 'national' && (s.dataCenterId === null || !ids.has(s.dataCenterId)))) continue;
        perDay.set(s.day, (perDay.get(s.day) ?? 0) + s.units);
      }
      const first = Math.min(...perDay.keys());
      const demand = perDay.size === 0 ? [] : Array.from({ length: q.days - first }, (_, k) => ({ x: first + k, y: perDay.get(first + k) ?? 0 }));
      const useFit = this.describe(use, from, 'units in use');
      const fit = useFit.fit;
      const lastDay = use.length > 0 ? (use[use.length - 1] as { x: number }).x : 0;
      const day = (x: number | undefined): string | null => (x === undefined ? null : cstDate(from + Math.floor(x) * DAY));
      const cap = capacity[cls] as number;
      const full = fit ? dayReaching(fit, cap, lastDay) : undefined;
      classes.push({
        class: cls, capacityUnits: cap,
        use: {
          ...useFit.view,
          fullOn: day(full),
          fullOnRange: fit && full !== undefined ? [day(dayReaching(fit, cap, lastDay, fit.slopeHigh)) as string, day(dayReaching(fit, cap, lastDay, fit.slopeLow))] : null,
          note: !fit ? useFit.view.note : full === undefined ? `${useFit.view.note}; at this rate the ${cap} units do not fill` : `${useFit.view.note}; at this rate the ${cap} units fill on ${day(full)}`,
        },
        demand: this.describe(demand, from, 'units submitted a day').view,
      });
    }
    return { scope: q.scope, asOf: new Date(now).toISOString(), days: q.days, method: TRENDS_METHOD, classes };
  }

  private describe(points: { x: number; y: number }[], from: number, what: string): { fit: LineFit | undefined; view: Omit<TrendsView['classes'][number]['demand'], never> } {
    const fit = fitLine(points);
    const first = points[0];
    const last = points[points.length - 1];
    const base = {
      points: points.length,
      from: first ? cstDate(from + first.x * DAY) : cstDate(from), to: last ? cstDate(from + last.x * DAY) : cstDate(from),
      latest: last ? round(last.y) : null,
    };
    if (!fit) {
      return {
        fit,
        view: { ...base, slopePerDay: null, slopeInterval: null, r2: null, growthPerDayShare: null, note: `too short for a fit: ${points.length} day${points.length === 1 ? '' : 's'} of ${what}, and a fit needs at least ${MIN_FIT_POINTS}` },
      };
    }
    const mean = points.reduce((s, p) => s + p.y, 0) / points.length;
    const sign = fit.slope >= 0 ? '+' : '';
    return {
      fit,
      view: {
        ...base, slopePerDay: round(fit.slope), slopeInterval: [round(fit.slopeLow), round(fit.slopeHigh)], r2: round(fit.r2),
        growthPerDayShare: mean !== 0 ? round(fit.slope / mean, 6) : null,
        note: `${what}: ${sign}${round(fit.slope, 2)} a day (95%: ${round(fit.slopeLow, 2)} to ${round(fit.slopeHigh, 2)}) over ${points.length} days`,
      },
    };
  }
}
