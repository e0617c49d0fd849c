import type { DataCenter } from '../../core/network/model.js';
import type { DataCenterSample } from '../../store/repositories/telemetry.repository.js';
import type { Store } from '../../store/store.js';
import type { LiveNetwork } from './network.service.js';

/**
 * Units in use per pool index now: the larger of what placed and running
 * jobs hold and what the data center last reported (if that report is
 * fresh). Both the placer and monitoring read capacity this way.
 */
export async function unitsInUse(store: Store, live: LiveNetwork, now: number, staleAfterMs: number, held?: readonly { dataCenterId: string; poolId: string; units: number }[]): Promise<Float64Array> {
  const used = new Float64Array(live.ctx.pools.length);
  const index = live.ctx.poolIndex;
  for (const h of held ?? await store.jobs.unitsHeld()) {
    const i = index.get(`${h.dataCenterId}/${h.poolId}`);
    if (i !== undefined) used[i] = h.units;
  }
  for (const s of await store.telemetry.poolLatest()) {
    const i = index.get(`${s.dataCenterId}/${s.poolId}`);
    if (i !== undefined && now - s.at <= staleAfterMs) used[i] = Math.max(used[i] as number, s.unitsInUse);
  }
  return used;
}

/** The last time each data center was heard from: telemetry, or its agent asking for work. */
export async function lastReports(store: Store): Promise<Map<string, number>> {
  const last = await store.agents.lastBeats();
  for (const s of await store.telemetry.dataCenterLatest()) last.set(s.dataCenterId, Math.max(last.get(s.dataCenterId) ?? 0, s.at));
  for (const s of await store.telemetry.poolLatest()) last.set(s.dataCenterId, Math.max(last.get(s.dataCenterId) ?? 0, s.at));
  return last;
}

/**
 * A data center's power now: a fresh meter reading where there is one;
 * without it, its registered PUE and green share at its current IT load
 * (the units in use times their power). Estimated when no fresh reading
 * gives the power, or the agent labelled its own figures as estimates.
 */
export function powerNow(d: DataCenter, used: Float64Array, live: LiveNetwork, sample: DataCenterSample | undefined, now: number, staleAfterMs: number): { kw: number; pue: number; greenShare: number; fresh: DataCenterSample | undefined; estimated: boolean } {
  const fresh = sample !== undefined && now - sample.at <= staleAfterMs ? sample : undefined;
  const itLoad = d.pools.reduce((sum, p) => sum + (used[live.ctx.poolIndex.get(p.key)!] as number) * p.unitPowerKw, 0);
  const pue = fresh?.pue ?? d.pue;
  return { kw: fresh?.powerKw ?? itLoad * pue, pue, greenShare: fresh?.greenShare ?? d.greenShare, fresh, estimated: !fresh || fresh.estimated === true || fresh.powerKw === undefined };
}
