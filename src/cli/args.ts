import { InvalidArgumentError } from 'commander';

/** Commander parser for a whole number within [min, max]. */
export function intArg(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    if (!/^[+-]?\d+$/.test(value.trim())) throw new InvalidArgumentError(`must be a whole number, got "${value}".`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`must be between ${min} and ${max}, got ${n}.`);
    return n;
  };
}

/** Commander parser for a finite number greater than `exclusiveMin`. */
export function numberAbove(exclusiveMin: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`must be a number, got "${value}".`);
    if (n <= exclusiveMin) throw new InvalidArgumentError(`must be greater than ${exclusiveMin}, got ${n}.`);
    return n;
  };
}

/** Commander parser for one of a fixed set of words. */
export function oneOf<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`must be one of ${choices.join(', ')}, got "${value}".`);
    }
    return value as T;
  };
}

/** Commander parser for a share in [0, 1). */
export function shareArg(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n < 1)) throw new InvalidArgumentError(`must be a number in [0, 1), got "${value}".`);
  return n;
}

/** Commander parser for a finite number of at least `min`. */
export function numberAtLeast(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`must be a number, got "${value}".`);
    if (n < min) throw new InvalidArgumentError(`must be at least ${min}, got ${n}.`);
    return n;
  };
}
