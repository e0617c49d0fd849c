import { z } from 'zod';

/**
 * Query-string fields every list shares: its page size and the cursor of
 * its next page. Routes and the services' query schemas both use these, so
 * a list's paging reads and fails the same way everywhere.
 */

/** A whole number in a query string, between `min` and `max`. */
export function queryInt(min: number, max: number, fallback: number, what: string): z.ZodDefault<z.ZodCoercedNumber<unknown>> {
  const range = { message: `must be between ${min} and ${max}` };
  return z.coerce.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(min, range).max(max, range).default(fallback).describe(what);
}

/** How many items a page of a list holds: 1 to `max`, `fallback` when not given. */
export function pageLimit(fallback: number, what: string, max = 500): z.ZodDefault<z.ZodCoercedNumber<unknown>> {
  return queryInt(1, max, fallback, what);
}

/** The cursor of a list's next page, as the previous page gave it. */
export function pageCursor(): z.ZodOptional<z.ZodString> {
  return z.string().regex(/^[0-9]{1,15}$/, { message: 'must be a cursor returned by a previous page' }).optional().describe('The nextCursor of the previous page.');
}
