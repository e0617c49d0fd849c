/**
 * Time enters the core only through Clock, so that the simulator and tests can
 * control it; the core itself never reads the system time.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}
