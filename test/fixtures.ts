/** Shared test data: paths of the repository's scenarios and a small example scenario. No I/O here, so core tests can use it. */
import { Network } from '../src/core/network/network.js';
import { buildScenario } from '../src/core/network/scenario.js';

export const NATIONAL = 'data/scenarios/national.yaml';
export const CHONGQING = 'data/scenarios/chongqing-west.yaml';
export const OPENB = 'data/traces/alibaba-gpu-v2023/openb_pod_list_default.csv';

/** The smallest scenario of the example, as a document; tests copy and break it. */
export function exampleScenario(): Record<string, unknown> {
  return {
    version: 1,
    name: 'example',
    carbonPrice: 0.06,
    unplacedPenalty: 50,
    network: {
      fiberKmPerMs: 200, routeFactor: 1.5, overheadMs: 1, transferPricePerGb: 0.05,
      latencyOverrides: [{ from: 'shanghai', to: 'qy-a', ms: 18 }],
    },
    hubs: [
      { id: 'gansu', name: 'Gansu', side: 'west' },
      { id: 'yrd', name: 'Yangtze River Delta', side: 'east' },
    ],
    clusters: [{ id: 'qingyang', hub: 'gansu', name: 'Qingyang' }],
    origins: [
      { id: 'shanghai', name: 'Shanghai', province: 'Shanghai', lat: 31.23, lon: 121.47, weight: 3 },
      { id: 'lanzhou', name: 'Lanzhou', province: 'Gansu', lat: 36.06, lon: 103.83, weight: 1 },
    ],
    dataCenters: [
      {
        id: 'qy-a', name: 'Qingyang A', hub: 'gansu', cluster: 'qingyang', province: 'Gansu', lat: 35.7, lon: 107.6,
        pue: 1.2, electricityPrice: 0.36, greenShare: 0.9, gridFactor: 0.5857,
        racks: { built: 20000, inUse: 13000 },
        pools: [{ id: 'a100', class: 'intelligent', model: 'A100', units: 8000, unitTflops: 312, unitPowerKw: 0.4, price: 6.5 }],
      },
      {
        id: 'sh-a', name: 'Shanghai A', hub: 'yrd', province: 'Shanghai', lat: 31.15, lon: 121.12,
        pue: 1.25, electricityPrice: 0.7, greenShare: 0.3, gridFactor: 0.5617,
        racks: { built: 1000, inUse: 900 },
        pools: [
          { id: 'cpu', class: 'general', model: 'Xeon8358', units: 10000, unitTflops: 0.166, unitPowerKw: 0.01, price: '0.0365' },
          { id: 't4', class: 'intelligent', model: 'T4', units: 400, unitTflops: 65, unitPowerKw: 0.07, price: 1.5 },
        ],
      },
    ],
  };
}

/** One data center, Gansu, whose hours 06, 07 and 08 cost 0.5, 1 and 1.5 times its price and are 20%, 50% and 80% green. */
export function hourlyScenario(): Network {
  const doc = exampleScenario() as { dataCenters: Record<string, unknown>[]; network: Record<string, unknown> };
  const qy = doc.dataCenters[0]!;
  const priceFactor = Array.from({ length: 24 }, (_, h) => (h === 6 ? 0.5 : h === 8 ? 1.5 : h >= 22 || h < 6 ? 0.4 : 1));
  const greenShare = Array.from({ length: 24 }, (_, h) => (h === 6 ? 0.2 : h === 7 ? 0.5 : h === 8 ? 0.8 : h >= 11 && h <= 14 ? 0.95 : 0.6));
  qy.hourly = { priceFactor, greenShare, source: 'test profile' };
  qy.pools = [{ id: 'a100', class: 'intelligent', model: 'A100', units: 8000, unitTflops: 312, unitPowerKw: 0.4, price: 2 }];
  qy.pue = 1.25;
  qy.gridFactor = 0.6;
  return new Network(buildScenario(doc).scenario);
}
