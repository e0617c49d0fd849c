/**
 * Trends over daily figures: an ordinary least-squares line, the 95%
 * interval of its slope (Student's t with n - 2 degrees of freedom), and
 * the day on which the line reaches a level (a scope's capacity). Pure
 * arithmetic, no time source: days are numbers.
 */

export interface LineFit {
  /** Points the fit used. */
  n: number;
  /** Change per day, and its 95% interval. */
  slope: number;
  slopeLow: number;
  slopeHigh: number;
  /** Value of the line at day 0. */
  intercept: number;
  /** Share of the variance the line explains, 0..1 (1 for a flat series that the line matches). */
  r2: number;
}

/** Fewest points a fit is made from: two always fit a line exactly, with no interval. */
export const MIN_FIT_POINTS = 3;

/** Two-sided 95% critical values of Student's t for 1..30 degrees of freedom; 1.96 beyond. */
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

export function t95(df: number): number {
  return df >= 1 && df <= T95.length ? (T95[df - 1] as number) : 1.96;
}

/** The least-squares line through (x, y) points; undefined with fewer than MIN_FIT_POINTS or no spread in x. */
export function fitLine(points: readonly { x: number; y: number }[]): LineFit | undefined {
  const n = points.length;
  if (n < MIN_FIT_POINTS) return undefined;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (const p of points) sse += (p.y - (intercept + slope * p.x)) ** 2;
  const se = Math.sqrt(sse / (n - 2) / sxx);
  const half = t95(n - 2) * se;
  return { n, slope, slopeLow: slope - half, slopeHigh: slope + half, intercept, r2: syy > 0 ? Math.max(0, 1 - sse / syy) : 1 };
}

/**
 * The day on which the fitted line reaches `level` at slope `slope`
 * (the fit's own, or an end of its interval), going on from the line's
 * value at `fromDay`; undefined when it never does at that slope.
 */
export function dayReaching(fit: LineFit, level: number, fromDay: number, slope = fit.slope): number | undefined {
  const now = fit.intercept + fit.slope * fromDay;
  if (now >= level) return fromDay;
  if (!(slope > 0)) return undefined;
  return fromDay + (level - now) / slope;
}
