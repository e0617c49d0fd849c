/** Numbers in the user's locale. */
export function formatNumber(v: number | null | undefined, lang: string, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(v);
}

export function formatPercent(v: number | null | undefined, lang: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v);
}

export function formatTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * Money in yuan, in the user's locale (¥1,234.5). The API gives exact
 * decimal text; every digit it gives is shown (at most four decimals).
 */
export function formatYuan(yuan: string | number | null | undefined, lang: string): string {
  if (yuan === null || yuan === undefined || yuan === '') return '–';
  const v = typeof yuan === 'number' ? yuan / 10_000 : Number(yuan);
  if (!Number.isFinite(v)) return String(yuan);
  return new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(v);
}

/** A duration in seconds as hours and minutes. */
export function formatDuration(s: number, lang: string): string {
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  const f = (n: number, unit: 'hour' | 'minute') => new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(n);
  return h > 0 ? (m > 0 ? `${f(h, 'hour')} ${f(m, 'minute')}` : f(h, 'hour')) : f(m, 'minute');
}

/** A time in China Standard Time, the clock hourly prices and green shares follow: weekday, hour and minute. */
export function formatCst(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeZone: 'Asia/Shanghai', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
