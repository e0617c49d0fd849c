/**
 * Money is an integer count of a minor unit: 1/10,000 yuan (four decimal places,
 * as OpenSCOW keeps), because compute is priced in small amounts — a CPU
 * core-hour costs a few fen. Never a float in a money path.
 */

/** Minor units per yuan. */
export const MINOR_PER_YUAN = 10_000;
/** Decimal places a price may carry. */
export const MONEY_DECIMALS = 4;

/** An integer amount of 1/10,000 yuan. */
export type Money = number;

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Converts a decimal amount of yuan (as written in a file: `6.5`, `"0.0365"`) to
 * minor units exactly. Throws RangeError naming the reason when the value has
 * more precision than the minor unit holds, is not finite, or does not fit a
 * safe integer.
 */
export function yuanToMinor(value: number | string): Money {
  const text = typeof value === 'number' ? numberToDecimalText(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`"${text}" is not a decimal number`);
  const sign = m[1] === '-' ? -1 : 1;
  let digits = (m[2] ?? '') + (m[3] ?? '');
  let scale = (m[3] ?? '').length - Number(m[4] ?? '0');
  // Strip trailing zeros of the fraction: 6.50000 has no more precision than 6.5.
  while (scale > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (scale > MONEY_DECIMALS) {
    throw new RangeError(`${text} has more than ${MONEY_DECIMALS} decimal places (the smallest amount is 0.0001 yuan)`);
  }
  const minor = BigInt(digits === '' ? '0' : digits) * 10n ** BigInt(MONEY_DECIMALS - scale);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${text} is too large`);
  return sign * Number(minor) || 0;
}

/** Formats minor units as a decimal yuan string with trailing zeros trimmed: 65000 -> "6.5". */
export function formatYuan(minor: Money): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`money must be a safe integer, got ${minor}`);
  const neg = minor < 0;
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / MINOR_PER_YUAN);
  const frac = String(abs % MINOR_PER_YUAN).padStart(MONEY_DECIMALS, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

function numberToDecimalText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
  // String() gives the shortest text that reads back as the same double, i.e. what the author wrote.
  return String(value);
}
