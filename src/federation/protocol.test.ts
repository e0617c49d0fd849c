import { describe, expect, it } from 'vitest';
import { JOB_STATES, NEXT_STATES } from '../core/workload/lifecycle.js';
import { ROUTE_NEXT, ROUTE_STATES, ROUTE_TERMINAL, routeMay } from './protocol.js';

describe('route states', () => {
  it('lets a route follow every move of the job it carries', () => {
    const carried = JOB_STATES.filter((s) => s !== 'routed');
    for (const from of carried) {
      for (const to of NEXT_STATES[from]) {
        if (to === 'routed') continue;
        expect(routeMay(from, to), `${from} -> ${to}`).toBe(true);
      }
    }
  });

  it('ends in a final state, which no later report moves, except an unpaid bill that is paid', () => {
    for (const s of ROUTE_TERMINAL) expect(ROUTE_NEXT[s as (typeof ROUTE_STATES)[number]]).toEqual([]);
    expect(routeMay('succeeded', 'running')).toBe(false);
    expect(routeMay('cancelled', 'succeeded')).toBe(false);
    expect(routeMay('running', 'placed')).toBe(false);
    expect(routeMay('unpaid', 'succeeded')).toBe(true);
    expect(routeMay('running', 'running')).toBe(true);
    expect(routeMay('sent', 'no-such-state')).toBe(false);
    expect(routeMay('no-such-state', 'sent')).toBe(false);
  });

  it('names only route states in the table', () => {
    expect(Object.keys(ROUTE_NEXT).sort()).toEqual([...ROUTE_STATES].sort());
    for (const next of Object.values(ROUTE_NEXT)) for (const s of next) expect(ROUTE_STATES).toContain(s);
  });
});
