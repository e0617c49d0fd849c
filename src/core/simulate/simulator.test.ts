import { describe, expect, it } from 'vitest';
import { Network } from '../network/network.js';
import { buildScenario } from '../network/scenario.js';
import { SeededRng } from '../rng.js';
import type { JobSpec } from '../workload/job.js';
import { generateJobs } from '../workload/generate.js';
import { scheduleOnline } from '../placement/schedule.js';
import { exampleScenario } from '../../../test/fixtures.js';
import { Simulation } from './simulator.js';
import type { SimInput, SimSettings } from './simulator.js';
import { summarize } from './summary.js';

const SETTINGS: SimSettings = { agentTimeoutS: 30, staleAfterS: 60, maxAttempts: 3, retryAfterS: 5, batch: 2000 };
const net = new Network(buildScenario(exampleScenario()).scenario);
const mk = (id: string, extra: Partial<JobSpec> = {}): JobSpec => ({
  id, submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 100, durationS: 3600, latency: 'batch', dataGb: 0, ...extra,
});
const simulate = (jobs: JobSpec[], extra: Partial<SimInput> = {}, network = net) =>
  new Simulation({ versions: [{ at: 0, network }], jobs, policy: 'engine', rng: new SeededRng(1), settings: SETTINGS, ...extra }).run();
const outcomes = (sim: Simulation) => Array.from({ length: sim.size }, (_, j) => sim.outcome(j));

describe('Simulation', () => {
  it('places a stream no job of which waits exactly as the online schedule does, and every job succeeds', () => {
    const jobs = generateJobs(net, { count: 2000, ratePerS: 0.005 }, new SeededRng(3));
    const sim = simulate(jobs);
    const online = scheduleOnline(net, jobs, { policy: 'engine', rng: new SeededRng(1) });
    // No job is turned away for want of capacity (only for rules it can never pass, such as a class no pool has).
    expect(online.filter((d) => !d.placed).map((d) => d.rejectedBy)).not.toContain('capacity');
    const out = outcomes(sim);
    expect(out.every((o) => o.waitS === undefined || o.waitS === 0)).toBe(true);
    expect(out.map((o) => `${o.job.id} ${o.dataCenter}/${o.pool}`)).toEqual(online.map((d) => `${d.job.id} ${d.dc?.id}/${d.pool?.id}`));
    expect(out.map((o) => o.state)).toEqual(online.map((d) => (d.placed ? 'succeeded' : 'failed')));
    const s = summarize('base', sim, net);
    const costs = online.reduce((a, d) => a + (d.cost?.total ?? d.penalty ?? 0), 0);
    expect(s.cost.total).toBe(costs);
    const placed = online.filter((d) => d.placed).length;
    expect(s.jobs).toEqual({ submitted: 2000, succeeded: placed, ...(placed < 2000 && { failed: 2000 - placed }) });
  });

  it('makes jobs wait for capacity and starts them, oldest first, as units come free', () => {
    // The whole network's intelligent units are 8,400: three jobs of 8,000 queue behind each other.
    const jobs = [mk('a', { units: 8000 }), mk('b', { units: 8000, submitAt: 1 }), mk('c', { units: 8000, submitAt: 2 }), mk('small', { submitAt: 3 })];
    const out = outcomes(simulate(jobs));
    expect(out.map((o) => [o.job.id, o.startAt, o.waitS])).toEqual([['a', 0, 0], ['b', 3600, 3599], ['c', 7200, 7198], ['small', 3, 0]]);
    expect(out[1]!.decidedBy).toBe('placed after waiting for capacity');
  });

  it('loses the jobs of a dark data center after the agent timeout, places them again elsewhere, and runs nothing there while dark', () => {
    const jobs = Array.from({ length: 100 }, (_, i) => mk(`j${i}`, { submitAt: i * 60, units: 50, durationS: 7200 }));
    const outage = { dataCenter: 'sh-a', from: 600, to: 4000 };
    const sim = simulate(jobs, { outages: [outage] });
    const out = outcomes(sim);
    // The cheap T4 pool in Shanghai took the first jobs; they die at 600 and are lost 30 s later.
    const lost = out.filter((o) => o.lostFrom.includes('sh-a'));
    expect(lost.length).toBeGreaterThan(0);
    for (const o of lost) expect(o).toMatchObject({ state: 'succeeded', dataCenter: 'qy-a', startAt: 630, attempts: 2 });
    for (const o of out) {
      if (o.dataCenter === 'sh-a') expect(o.startAt! + o.job.durationS <= outage.from || o.startAt! >= outage.to, o.job.id).toBe(true);
    }
    for (const r of sim.lostRuns) expect(r.end).toBeLessThanOrEqual(outage.from);
    const s = summarize('outage', sim, net);
    expect(s.jobsLost).toBe(lost.length);
    expect(s.jobsPlacedAgain).toBe(lost.length);
    expect(s.lostUnitHours).toBeCloseTo(sim.lostRuns.reduce((a, r) => a + ((r.end - r.start) * 50) / 3600, 0));
    expect(s.cost.lostWork).toBeGreaterThan(0);
    // Shanghai takes work again once it is back.
    expect(out.some((o) => o.dataCenter === 'sh-a' && o.startAt! >= outage.to)).toBe(true);
  });

  it('tries the waiting jobs past a round\'s limit in the next round, without waiting for more units to come free', () => {
    // One job holds every A100 card until 1000 s; five small ones wait behind it. When it ends, a round
    // of at most 2 jobs starts the first two; the rest start in the rounds after, 5 s apart.
    const jobs = [mk('big', { units: 8000, durationS: 1000, models: ['A100'] }), ...Array.from({ length: 5 }, (_, i) => mk(`s${i}`, { units: 10, submitAt: 1 + i, durationS: 100_000, models: ['A100'] }))];
    const out = outcomes(simulate(jobs, { settings: { ...SETTINGS, batch: 2 } }));
    expect(out.map((o) => [o.job.id, o.startAt])).toEqual([['big', 0], ['s0', 1000], ['s1', 1000], ['s2', 1005], ['s3', 1005], ['s4', 1010]]);
  });

  it('fails a job lost more often than the platform allows', () => {
    const sim = simulate([mk('j', { units: 10, durationS: 100_000 })], { outages: [{ dataCenter: 'sh-a', from: 100, to: 200 }], settings: { ...SETTINGS, maxAttempts: 1 } });
    expect(sim.outcome(0)).toMatchObject({ state: 'failed', attempts: 1, lostFrom: ['sh-a'], decidedBy: 'lost once; the last time at sh-a' });
  });

  it('stops at `until` with the states the platform would show then', () => {
    const jobs = [mk('a', { units: 8000 }), mk('b', { units: 8000, submitAt: 1 })];
    const out = outcomes(simulate(jobs, { until: 60 }));
    expect(out.map((o) => o.state)).toEqual(['running', 'pending']);
  });

  it('projects when growing use fills the network, and names the hub nearest to full', () => {
    // Day d has 50 x (d + 1) one-hour jobs of 100 cards, spread evenly: daily mean use grows by about 208 cards a day.
    const jobs: JobSpec[] = [];
    for (let d = 0; d < 6; d++) {
      const n = 50 * (d + 1);
      for (let i = 0; i < n; i++) jobs.push(mk(`d${d}-${i}`, { submitAt: d * 86_400 + (i * 86_400) / n }));
    }
    const s = summarize('growth', simulate(jobs), net);
    const ai = s.capacity.trends.find((x) => x.class === 'intelligent')!;
    expect(ai.days).toBe(4);
    expect(ai.slopePerDay!).toBeGreaterThan(180);
    expect(ai.slopePerDay!).toBeLessThan(240);
    // 8,400 cards at about 208 more a day from about 1,000 on day 4: full around day 40.
    expect(ai.fullOnDay!).toBeGreaterThan(30);
    expect(ai.fullOnDay!).toBeLessThan(50);
    expect(ai.growing).toBe(true);
    expect(s.capacity.hubs[0]).toMatchObject({ hub: 'yrd', class: 'intelligent', units: 400 });
    expect(s.capacity.hubs[0]!.peakShare).toBeGreaterThan(0.9);
  });

  it('gives the same outcome for the same inputs and seed', () => {
    const jobs = generateJobs(net, { count: 3000, ratePerS: 0.5 }, new SeededRng(9));
    const run = () => JSON.stringify(summarize('x', simulate(jobs, { outages: [{ dataCenter: 'qy-a', from: 1000, to: 3000 }] }), net));
    expect(run()).toBe(run());
  });
});
