/**
 * The Poisson law of the jobs a slot is short for. If jobs of a size arrive
 * as a Poisson process, those that arrive in the next D seconds and are still
 * running at its end are Poisson too (the M/G/infinity queue), with mean
 * rate x E[min(run, D)]. Fragmentation pricing (fragmentation.ts) asks how
 * many more of them find no slot when a placement takes some: a difference
 * of E[(N - x)+], the expected excess of N over x slots.
 */

/** Below this, a tail probability is taken as 0: a numerical tolerance, far under any price it multiplies. */
export const NEGLIGIBLE = 1e-9;

/** ln Gamma(x), x > 0 (Lanczos, g = 7, nine terms: about 15 digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const c = [0.999_999_999_999_809_9, 676.520_368_121_885_1, -1259.139_216_722_402_8, 771.323_428_777_653_1, -176.615_029_162_140_6, 12.507_343_278_686_905, -0.138_571_095_265_720_12, 9.984_369_578_019_572e-6, 1.505_632_735_149_311_6e-7];
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(N = k), N ~ Poisson(mean), k >= 0 an integer. */
function pmf(mean: number, k: number): number {
  return Math.exp(k * Math.log(mean) - mean - lnGamma(k + 1));
}

/**
 * P(N > j), N ~ Poisson(mean): the regularized lower incomplete gamma
 * P(j + 1, mean), by its series below a + 1 and its continued fraction
 * above (Numerical Recipes, 2007, 6.2), to about 1e-14.
 */
export function poissonTail(mean: number, j: number): number {
  if (j < 0) return 1;
  if (mean <= 0) return 0;
  const a = Math.floor(j) + 1;
  const lead = Math.exp(a * Math.log(mean) - mean - lnGamma(a));
  if (mean < a + 1) {
    // Series: P(a, x) = lead / a x sum_n x^n / ((a + 1)...(a + n)).
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= mean / (a + n);
      sum += term;
      if (term < sum * 1e-15) break;
    }
    return Math.min(1, lead * sum);
  }
  // Continued fraction for Q(a, x) (modified Lentz); P = 1 - Q.
  const tiny = 1e-300;
  let b = mean + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return Math.max(0, 1 - lead * h);
}

/**
 * A count of slots from which P(N > j) < NEGLIGIBLE for every j at or
 * above it, by Bernstein's inequality for the Poisson law:
 * P(N >= mean + x) <= exp(-x^2 / (2 (mean + x / 3))).
 */
export function poissonNegligibleFrom(mean: number): number {
  if (mean <= 0) return 0;
  const l = -Math.log(NEGLIGIBLE);
  const x = ((2 * l) / 3 + Math.sqrt(((2 * l) / 3) ** 2 + 8 * l * mean)) / 2;
  return Math.ceil(mean + x);
}

/**
 * E[(N - a)+] - E[(N - b)+] for a <= b, N ~ Poisson(mean): how many more of
 * the jobs find no slot with a slots than with b. E[(N - x)+] is taken as
 * linear between whole x (slots come whole; the fluid count of the others'
 * room does not). Between whole counts it is the sum of P(N > j) over j in
 * [a, b), which falls to nothing past poissonNegligibleFrom().
 */
export function poissonShortfall(mean: number, a: number, b: number, negligibleFrom = poissonNegligibleFrom(mean)): number {
  if (mean <= 0 || b <= a) return 0;
  const fa = Math.floor(a);
  const fb = Math.floor(b);
  const end = Math.min(fb, negligibleFrom);
  // Whole counts below 0: every one of them is short (P(N > j) = 1).
  let j = fa;
  let sum = 0;
  if (j < 0) {
    const upTo = Math.min(0, fb);
    sum += upTo - j;
    j = upTo;
  }
  let tail = j < end ? poissonTail(mean, j) : 0;
  // P(N > fa), for the fractional part below: the loop's first tail when it starts at fa.
  const atStart = j === fa && j < end ? tail : undefined;
  let p = j < end ? pmf(mean, j + 1) : 0;
  for (; j < end; j++) {
    sum += tail;
    // P(N > j + 1) = P(N > j) - P(N = j + 1), and P(N = k + 1) = P(N = k) x mean / (k + 1).
    tail = Math.max(0, tail - p);
    p *= mean / (j + 2);
    if (tail < NEGLIGIBLE) break;
  }
  const at = (x: number): number => (x < 0 ? 1 : x >= negligibleFrom ? 0 : poissonTail(mean, x));
  return sum - (a - fa) * (atStart ?? at(fa)) + (b - fb) * at(fb);
}
