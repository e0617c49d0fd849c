/**
 * Time enters the core only through Clock, so that the simulator and tests can
 * control it; the core itself never reads the system time.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** Virtual time that moves only when told: the planner's simulation jumps it from event to event. */
export class VirtualClock implements Clock {
  constructor(private t = 0) {}

  now(): number {
    return this.t;
  }

  /** Moves to `ms`; time never goes back. */
  jumpTo(ms: number): void {
    if (ms < this.t) throw new RangeError(`virtual time cannot go back from ${this.t} to ${ms}`);
    this.t = ms;
  }
}
