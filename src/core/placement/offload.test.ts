import { describe, expect, it } from 'vitest';
import type { DataCenter, Hub } from '../network/model.js';
import { offloadRoom, takeOffload } from './offload.js';

const hub = (id: string, side: 'east' | 'west'): Hub => ({ id, side } as unknown as Hub);
const dc = (id: string, hubId: string, pools: [string, number][]): DataCenter =>
  ({ id, hubId, pools: pools.map(([cls, units]) => ({ id: cls, class: cls, units })) } as unknown as DataCenter);

describe('the offload room', () => {
  const network = {
    hubs: [hub('gansu', 'west'), hub('ningxia', 'west'), hub('yangtze-delta', 'east')],
    dataCenters: [dc('qy', 'gansu', [['intelligent', 600], ['general', 100]]), dc('zw', 'ningxia', [['intelligent', 400]]), dc('sh', 'yangtze-delta', [['intelligent', 1000]])],
  };
  const east = (o: string) => o === 'shanghai';

  it('is the cap\'s share of each western hub\'s units of a class, less what eastern work holds there', () => {
    const o = offloadRoom(network, 0.25, [
      { origin: 'shanghai', dataCenterId: 'qy', class: 'intelligent', units: 100 },
      { origin: 'lanzhou', dataCenterId: 'qy', class: 'intelligent', units: 90 },
      { origin: 'shanghai', dataCenterId: 'sh', class: 'intelligent', units: 500 },
    ], east);
    expect(o.share).toBe(0.25);
    expect(Object.fromEntries(o.room)).toEqual({ 'gansu|intelligent': 50, 'gansu|general': 25, 'ningxia|intelligent': 100 });
  });

  it('shrinks with each placement of eastern work in the west, and only with those', () => {
    const o = offloadRoom(network, 0.5, [], east);
    takeOffload(o, 'gansu', 'intelligent', 120, true);
    takeOffload(o, 'gansu', 'intelligent', 1000, false);
    takeOffload(o, 'yangtze-delta', 'intelligent', 10, true);
    expect(o.room.get('gansu|intelligent')).toBe(180);
    expect(o.room.has('yangtze-delta|intelligent')).toBe(false);
  });
});
