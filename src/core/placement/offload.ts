import type { DataCenter, Hub } from '../network/model.js';
import type { OffloadRoom } from './types.js';

/** Units that placed and running work holds, by where it came from and where it runs. */
export interface HeldByOrigin {
  origin: string;
  dataCenterId: string;
  class: string;
  units: number;
}

/**
 * The room an east-to-west offload cap of `share` leaves: per western hub
 * and class, that share of the hub's units, less what work from eastern
 * origins holds there now.
 */
export function offloadRoom(
  network: { hubs: readonly Hub[]; dataCenters: readonly DataCenter[] },
  share: number,
  held: readonly HeldByOrigin[],
  isEastOrigin: (originId: string) => boolean,
): OffloadRoom {
  const room = new Map<string, number>();
  const west = new Set(network.hubs.filter((h) => h.side === 'west').map((h) => h.id));
  for (const dc of network.dataCenters) {
    if (!west.has(dc.hubId)) continue;
    for (const pool of dc.pools) room.set(`${dc.hubId}|${pool.class}`, (room.get(`${dc.hubId}|${pool.class}`) ?? 0) + share * pool.units);
  }
  const hubOf = new Map(network.dataCenters.map((d) => [d.id, d.hubId]));
  for (const r of held) {
    const hub = hubOf.get(r.dataCenterId);
    if (hub === undefined || !west.has(hub) || !isEastOrigin(r.origin)) continue;
    room.set(`${hub}|${r.class}`, (room.get(`${hub}|${r.class}`) ?? 0) - r.units);
  }
  return { share, room };
}

/** Takes a placement of eastern work out of the room; placements elsewhere, or of western work, take nothing. */
export function takeOffload(o: OffloadRoom, hubId: string, cls: string, units: number, fromEast: boolean): void {
  const key = `${hubId}|${cls}`;
  const left = o.room.get(key);
  if (left !== undefined && fromEast) o.room.set(key, left - units);
}
