/**
 * The simulation's future events, earliest first: a binary heap over
 * parallel arrays (time, order, two payload numbers), so a week of a million
 * jobs allocates no object per event. Events at the same time come in the
 * order of their kind (see EVENT), then in the order they were added.
 */
export const EVENT = {
  /** A job's run ends: a = job index, b = the attempt it belongs to. */
  end: 0,
  /** A change of prices takes effect: a = the index of the network version. */
  version: 1,
  /** A data center goes dark: a = outage index. */
  outageStart: 2,
  /** The platform stops placing on a silent data center: a = outage index. */
  close: 3,
  /** The platform declares a silent data center's jobs lost (before it comes back, at the same time): a = outage index. */
  lose: 4,
  /** A data center comes back: a = outage index. */
  outageEnd: 5,
  /** Waiting jobs are tried again. */
  retry: 6,
} as const;
export type EventKind = (typeof EVENT)[keyof typeof EVENT];

const SEQ_SPAN = 2 ** 44;

export class EventQueue {
  private t: number[] = [];
  /** kind x 2^44 + sequence number: one comparison orders kind, then insertion. */
  private order: number[] = [];
  private a: number[] = [];
  private b: number[] = [];
  private seq = 0;

  get size(): number {
    return this.t.length;
  }

  /** The time of the earliest event (Infinity when there is none). */
  peekTime(): number {
    return this.t.length > 0 ? (this.t[0] as number) : Number.POSITIVE_INFINITY;
  }

  push(time: number, kind: EventKind, a = 0, b = 0): void {
    const key = kind * SEQ_SPAN + this.seq++;
    const { t, order } = this;
    let i = t.length;
    t.push(time);
    order.push(key);
    this.a.push(a);
    this.b.push(b);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(time, key, t[p] as number, order[p] as number)) break;
      this.move(p, i);
      i = p;
    }
    this.set(i, time, key, a, b);
  }

  /** Removes the earliest event into `out` and returns it. */
  pop(out: { time: number; kind: EventKind; a: number; b: number }): typeof out {
    const { t, order } = this;
    out.time = t[0] as number;
    out.kind = Math.floor((order[0] as number) / SEQ_SPAN) as EventKind;
    out.a = this.a[0] as number;
    out.b = this.b[0] as number;
    const lt = t.pop() as number;
    const lo = order.pop() as number;
    const la = this.a.pop() as number;
    const lb = this.b.pop() as number;
    const n = t.length;
    if (n === 0) return out;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && before(t[r] as number, order[r] as number, t[l] as number, order[l] as number) ? r : l;
      if (!before(t[m] as number, order[m] as number, lt, lo)) break;
      this.move(m, i);
      i = m;
    }
    this.set(i, lt, lo, la, lb);
    return out;
  }

  private move(from: number, to: number): void {
    this.set(to, this.t[from] as number, this.order[from] as number, this.a[from] as number, this.b[from] as number);
  }

  private set(i: number, time: number, key: number, a: number, b: number): void {
    this.t[i] = time;
    this.order[i] = key;
    this.a[i] = a;
    this.b[i] = b;
  }
}

function before(t1: number, k1: number, t2: number, k2: number): boolean {
  return t1 < t2 || (t1 === t2 && k1 < k2);
}
