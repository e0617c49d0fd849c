/**
 * A copy of a scenario document whose every pool keeps `share` of its units,
 * rounded to the nearest whole unit: the part of each pool a platform may sell
 * when the rest is committed elsewhere. Racks, prices and everything else stay.
 * Works on the file format, so the result can be written and read back.
 */
export function scaleScenarioDocument(doc: unknown, share: number): unknown {
  if (!(share > 0) || !Number.isFinite(share)) throw new RangeError(`share must be a number above 0, got ${share}`);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc;
  const copy = structuredClone(doc) as { dataCenters?: unknown; description?: unknown };
  if (!Array.isArray(copy.dataCenters)) return copy;
  for (const dc of copy.dataCenters as { pools?: { units?: unknown }[] }[]) {
    for (const pool of dc?.pools ?? []) {
      if (typeof pool?.units === 'number') pool.units = Math.round(pool.units * share);
    }
  }
  const note = `Every pool scaled to ${share} of its units.`;
  copy.description = typeof copy.description === 'string' ? `${copy.description} ${note}` : note;
  return copy;
}
