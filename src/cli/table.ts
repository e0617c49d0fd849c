/** Renders rows as an aligned text table: first column left-aligned, the rest right-aligned. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], indent = ''): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    indent + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** 12345.6 -> "12,346"; values under 10 keep one decimal. */
export function formatQuantity(x: number): string {
  if (x === 0) return '0';
  if (Math.abs(x) < 10) return x.toFixed(1);
  return Math.round(x).toLocaleString('en-US');
}

export function formatShare(x: number | null): string {
  return x === null ? '-' : `${(x * 100).toFixed(1)}%`;
}

export function formatFixed(x: number | null, digits: number): string {
  return x === null ? '-' : x.toFixed(digits);
}
