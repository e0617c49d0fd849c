import { z } from 'zod';
import { ForbiddenError } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import type { JobRecord, Transition } from '../../store/repositories/job.repository.js';
import type { Store } from '../../store/store.js';
import type { Principal } from './actor.js';
import { lastReports } from './live-use.js';

export const assignmentsQuerySchema = z.strictObject({
  wait: z.coerce.number({ message: 'must be a number of seconds' }).int().min(0, { message: 'must be between 0 and 60' }).max(60, { message: 'must be between 0 and 60' }).default(25)
    .describe('Seconds to hold the request open while nothing changes (long-poll).'),
  known: z.string().max(200).optional().describe('The `version` of the last answer: the call returns at once if the assignments differ.'),
});

/** One job the agent must be running, with the epoch its reports must carry. */
export interface Assignment {
  id: string;
  epoch: number;
  state: 'placed' | 'running';
  pool: string;
  units: number;
  spec: Record<string, unknown>;
}

/**
 * What the platform tells a data center's agent: the complete list of jobs
 * it must be running now. The agent reconciles against it: it starts what is
 * new and stops whatever it runs that is not on the list (cancelled, lost,
 * moved elsewhere under a new epoch). A complete list, not a stream of
 * messages, makes a missed answer or a restart harmless.
 *
 * Long-polling rather than server-sent events: it needs no per-connection
 * state on the server, passes any proxy, and several API processes can
 * answer it from the shared database alike.
 */
export class AgentService {
  constructor(private readonly store: Store, private readonly clock: Clock) {}

  private async current(dc: string): Promise<{ version: string; assignments: Assignment[] }> {
    const jobs = await this.store.jobs.inStates(['placed', 'running'], 10_000, dc);
    const assignments = jobs.map((j: JobRecord) => ({ id: j.id, epoch: j.epoch, state: j.state as 'placed' | 'running', pool: j.poolId!, units: j.units, tenant: j.tenantId, spec: j.spec }));
    return { version: versionOf(assignments), assignments };
  }

  async assignments(query: z.output<typeof assignmentsQuerySchema>, who: Principal, closed: () => boolean = () => false): Promise<{ dataCenter: string; version: string; assignments: Assignment[] }> {
    if (who.role !== 'dc-agent' || who.dataCenters?.length !== 1) throw new ForbiddenError('assignments are for a data center\'s agent token');
    const q = { data: query };
    const dc = who.dataCenters[0]!;
    const deadline = this.clock.now() + q.data.wait * 1000;
    await this.store.agents.beat(dc, who.tokenId, this.clock.now());
    let now = await this.current(dc);
    while (now.version === q.data.known && this.clock.now() < deadline && !closed()) {
      await new Promise((r) => setTimeout(r, 250));
      now = await this.current(dc);
    }
    await this.store.agents.beat(dc, who.tokenId, this.clock.now());
    return { dataCenter: dc, ...now };
  }
}

/** A short fingerprint of an assignment list. */
function versionOf(a: readonly Assignment[]): string {
  let h = 2166136261;
  for (const x of a) {
    for (const ch of `${x.id}:${x.epoch}:${x.state};`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  }
  return `${a.length}-${h.toString(36)}`;
}

/**
 * Failover: a data center heard from before but silent for `timeoutMs` has
 * its placed and running jobs marked lost, then sent back to pending to be
 * placed elsewhere under the same constraints, up to `maxAttempts` placements;
 * past that they fail. The new placement raises the epoch, so the silent
 * agent's reports about them are refused if it comes back.
 */
export async function failOverSilentDataCenters(store: Store, clock: Clock, timeoutMs: number, maxAttempts: number, requireReport = false): Promise<{ lost: number; requeued: number; failed: number }> {
  const now = clock.now();
  const out = { lost: 0, requeued: 0, failed: 0 };
  const beats = await store.agents.lastBeats();
  const reports = await lastReports(store);
  // Where agents report, jobs held by a data center never heard from (placed there before any agent reported) move too.
  const unheard = requireReport && reports.size > 0
    ? [...new Set((await store.jobs.unitsHeld()).map((h) => h.dataCenterId))].filter((dc) => !reports.has(dc))
    : [];
  if (unheard.length === 0 && ![...beats.values()].some((at) => now - at > timeoutMs)) return out;
  const silent: [string, number | undefined][] = [...beats.entries(), ...unheard.map((dc): [string, undefined] => [dc, undefined])];
  for (const [dc, at] of silent) {
    if (at !== undefined && now - at <= timeoutMs) continue;
    const last = reports.get(dc) ?? at;
    if (last !== undefined && now - last <= timeoutMs) continue;
    // A job placed on a data center never heard from gets the agent timeout to be taken up before it moves.
    const jobs = (await store.jobs.inStates(['placed', 'running'], 10_000, dc)).filter((j) => last !== undefined || now - j.updatedAt > timeoutMs);
    if (jobs.length === 0) continue;
    const reason = last !== undefined ? `data center ${dc} silent since ${new Date(last).toISOString()}` : `data center ${dc} has never reported (no agent runs there)`;
    const lost = await store.jobs.transition(jobs.map((j) => ({ id: j.id, from: ['placed', 'running'], to: 'lost', reason, epoch: j.epoch, lostFrom: [...new Set([...(j.lostFrom ?? []), dc])] })), now);
    out.lost += lost.length;
    const byId = new Map(jobs.map((j) => [j.id, j]));
    const next: Transition[] = lost.map((m) => {
      const j = byId.get(m.id)!;
      return j.attempts < maxAttempts
        ? { id: j.id, from: ['lost'], to: 'pending', reason: `placed again after ${reason} (attempt ${j.attempts + 1} of ${maxAttempts})`, unplace: true }
        : { id: j.id, from: ['lost'], to: 'failed', reason: `lost ${j.attempts} times; the last: ${reason}` };
    });
    for (const m of await store.jobs.transition(next, now)) {
      if (m.to === 'pending') out.requeued += 1;
      else out.failed += 1;
    }
  }
  return out;
}
