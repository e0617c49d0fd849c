/** Examples for the API docs. The completeness test checks each against its operation's schema. */

const AT = '2026-12-01T08:00:00.000Z';
const LATER = '2026-12-01T08:05:00.000Z';

export const EXAMPLE_NETWORK = {
  version: 1, name: 'national-reference', mode: 'live', role: 'national',
  hubs: [{ id: 'gansu', name: 'Gansu', side: 'west', national: true, lat: 35.7, lon: 107.6 }],
  clusters: [{ id: 'qingyang', hubId: 'gansu', name: 'Qingyang', national: true, lat: 35.7, lon: 107.6 }],
  origins: [{ id: 'shanghai', name: 'Shanghai', province: 'Shanghai', lat: 31.2, lon: 121.5 }],
  counts: { hubs: 9, clusters: 10, dataCenters: 51, pools: 135, origins: 24 },
};

export const EXAMPLE_DC = {
  id: 'bj-yz', name: 'Beijing Yizhuang', hub: 'jing-jin-ji', cluster: null, province: 'Beijing', operator: null, lat: 39.79, lon: 116.51,
  pue: 1.35, greenShare: 0.2, gridFactor: 0.6776, racks: { built: 21332, inUse: 18132 },
  pools: [{ id: 'a100', class: 'intelligent', model: 'A100', units: 4808, unitTflops: 312, unitPowerKw: 0.4, priceMinor: 73320 }],
};

export const EXAMPLE_JOB_REQUEST = { origin: 'shanghai', class: 'intelligent', units: 8, durationS: 3600, latency: 'batch', command: ['python', 'train.py'] };

export const EXAMPLE_JOB = {
  id: 'job_viadv2VGUds7tA', tenant: 'acme', state: 'placed',
  spec: { ...EXAMPLE_JOB_REQUEST, dataGb: 0, tenant: 'acme' },
  placement: { dataCenter: 'qy-a', pool: 'a100', epoch: 1, cost: '46.2912', costMinor: 462912 },
  attempts: 1, createdAt: AT, updatedAt: LATER,
};

export const EXAMPLE_TENANT = { id: 'acme', name: 'Acme AI', createdAt: 1796112000000 };
export const EXAMPLE_USER = { id: 'usr_49c2e72f9da5c00d', name: 'ci', role: 'tenant-member', tenantId: 'acme', createdAt: 1796112000000 };
export const EXAMPLE_TOKEN = { id: 'tok_19eba06bd67fafac', userId: 'usr_49c2e72f9da5c00d', name: 'ci', role: 'tenant-member', tenantId: 'acme', createdAt: 1796112000000 };
export const EXAMPLE_SECRET = 'sl_QJFMp-XNT3QtbTPSxg9zWuuYb5k2jUh_yYUIwraik9M';

export const EXAMPLE_OFFER = {
  id: 'off_Cfxt-8r-36XXiA', dataCenter: 'xj-hami-b', pool: 'cpu', hub: 'xinjiang', province: 'Xinjiang', class: 'general', model: 'Kunpeng920', mode: 'on-demand',
  price: '0.0181', priceMinor: 181, listPrice: '0.0181', discountPct: 0, quantity: 480760, sold: 0, available: 480760,
  validFrom: AT, validTo: '2026-12-31T08:00:00.000Z', state: 'open', greenShare: 0.55, pue: 1.19, version: 1,
};

export const EXAMPLE_ORDER = {
  id: 'ord_8L0MyAQHbRBM9A', tenant: 'acme', mode: 'on-demand', state: 'matched', offers: [{ id: 'off_Cfxt-8r-36XXiA', dataCenter: 'xj-hami-b', pool: 'cpu', units: 64 }],
  class: 'general', units: 64, durationS: 3600, price: '0.0181', priceMinor: 181,
  held: { yuan: '1.1584', minor: 11584 }, captured: { yuan: '0', minor: 0 }, usage: { unitSeconds: 0 },
  matchedAt: AT, endsAt: '2026-12-01T09:00:00.000Z', createdAt: AT, updatedAt: AT,
};

export const EXAMPLE_TRANSACTION = {
  id: 'tx_Qk2mB7zvT0yP1w', kind: 'top-up', at: AT, actor: 'tok_19eba06bd67fafac (admin)', memo: 'bank transfer 2026-12-01',
  postings: [{ account: 'external:cash', amount: '-10000', amountMinor: -100000000 }, { account: 'tenant:acme:available', amount: '10000', amountMinor: 100000000 }],
};

export const EXAMPLE_BALANCE = { tenant: 'acme', available: { yuan: '9998.8416', minor: 99988416 }, held: { yuan: '1.1584', minor: 11584 } };

export const EXAMPLE_PLATFORM = { id: 'national', role: 'national', publicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAUHuoIO7Bld7PGZ5bUv2zX4i4QqwkPsDi5m27ZR7iu68=\n-----END PUBLIC KEY-----\n' };
