import type { Issue } from '../core/errors.js';

/**
 * Calls `accept` with each non-blank line of JSON Lines text parsed, and its
 * 1-based line number; a line that is not JSON, or not an object, becomes an
 * error instead.
 */
export function forEachJsonLine(text: string, errors: Issue[], accept: (record: object, line: number) => void): void {
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      errors.push({ path: '', message: `malformed JSON: ${(e as Error).message}`, line: i + 1 });
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      errors.push({ path: '', message: 'each line must be a JSON object', line: i + 1 });
      return;
    }
    accept(record, i + 1);
  });
}
