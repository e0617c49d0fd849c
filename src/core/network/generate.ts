import { HARDWARE, HARDWARE_BY_MODEL, referencePriceYuan } from './hardware.js';
import type { HardwareModel } from './hardware.js';
import type { ScenarioFileInput } from './scenario.schema.js';
import { WeightedSampler, randomBetween, randomInt } from '../rng.js';
import type { Rng } from '../rng.js';

/**
 * Synthetic but realistic scenarios of any size, for benchmarks and tests:
 * data centers spread around the real hub and cluster sites, with western
 * sites larger, greener and cheaper; origins at real cities, then at jittered
 * satellite towns once the real list runs out. Deterministic for a given seed.
 */
export interface GenerateOptions {
  dataCenters: number;
  origins: number;
  name?: string;
}

interface Site {
  hub: string;
  cluster?: string;
  province: string;
  lat: number;
  lon: number;
  /** Relative number of data centers here. */
  weight: number;
  electricity: number;
  green: [number, number];
  gridFactor: number;
}

const HUBS: { id: string; name: string; side: 'east' | 'west'; national: boolean }[] = [
  { id: 'jing-jin-ji', name: 'Beijing-Tianjin-Hebei', side: 'east', national: true },
  { id: 'yangtze-delta', name: 'Yangtze River Delta', side: 'east', national: true },
  { id: 'greater-bay', name: 'Guangdong-Hong Kong-Macao Greater Bay Area', side: 'east', national: true },
  { id: 'chengdu-chongqing', name: 'Chengdu-Chongqing', side: 'east', national: true },
  { id: 'inner-mongolia', name: 'Inner Mongolia', side: 'west', national: true },
  { id: 'guizhou', name: 'Guizhou', side: 'west', national: true },
  { id: 'gansu', name: 'Gansu', side: 'west', national: true },
  { id: 'ningxia', name: 'Ningxia', side: 'west', national: true },
  { id: 'xinjiang', name: 'Xinjiang', side: 'west', national: false },
];

const CLUSTERS: { id: string; hub: string; name: string }[] = [
  { id: 'zhangjiakou', hub: 'jing-jin-ji', name: 'Zhangjiakou' },
  { id: 'yrd-demo', hub: 'yangtze-delta', name: 'YRD eco-green integration demonstration zone' },
  { id: 'wuhu', hub: 'yangtze-delta', name: 'Wuhu' },
  { id: 'shaoguan', hub: 'greater-bay', name: 'Shaoguan' },
  { id: 'tianfu', hub: 'chengdu-chongqing', name: 'Tianfu' },
  { id: 'chongqing', hub: 'chengdu-chongqing', name: 'Chongqing' },
  { id: 'horinger', hub: 'inner-mongolia', name: 'Horinger' },
  { id: 'gui-an', hub: 'guizhou', name: "Gui'an" },
  { id: 'qingyang', hub: 'gansu', name: 'Qingyang' },
  { id: 'zhongwei', hub: 'ningxia', name: 'Zhongwei' },
];

// Cluster locations and grid factors from the reference facts; electricity and green ranges are assumptions.
const SITES: Site[] = [
  { hub: 'jing-jin-ji', cluster: 'zhangjiakou', province: 'Hebei', lat: 40.8, lon: 114.9, weight: 5, electricity: 0.5, green: [0.6, 0.8], gridFactor: 0.7252 },
  { hub: 'jing-jin-ji', province: 'Beijing', lat: 39.9, lon: 116.4, weight: 2, electricity: 0.8, green: [0.1, 0.3], gridFactor: 0.6776 },
  { hub: 'yangtze-delta', cluster: 'yrd-demo', province: 'Shanghai', lat: 31.0, lon: 120.9, weight: 5, electricity: 0.7, green: [0.2, 0.4], gridFactor: 0.5617 },
  { hub: 'yangtze-delta', cluster: 'wuhu', province: 'Anhui', lat: 31.3, lon: 118.4, weight: 4, electricity: 0.62, green: [0.2, 0.35], gridFactor: 0.6782 },
  { hub: 'greater-bay', cluster: 'shaoguan', province: 'Guangdong', lat: 24.8, lon: 113.6, weight: 4, electricity: 0.63, green: [0.3, 0.5], gridFactor: 0.3869 },
  { hub: 'greater-bay', province: 'Guangdong', lat: 22.6, lon: 114.0, weight: 2, electricity: 0.75, green: [0.25, 0.4], gridFactor: 0.3869 },
  { hub: 'chengdu-chongqing', cluster: 'tianfu', province: 'Sichuan', lat: 30.4, lon: 104.1, weight: 4, electricity: 0.5, green: [0.75, 0.9], gridFactor: 0.1404 },
  { hub: 'chengdu-chongqing', cluster: 'chongqing', province: 'Chongqing', lat: 29.6, lon: 106.5, weight: 4, electricity: 0.58, green: [0.35, 0.55], gridFactor: 0.2268 },
  { hub: 'inner-mongolia', cluster: 'horinger', province: 'Inner Mongolia', lat: 40.4, lon: 111.8, weight: 6, electricity: 0.38, green: [0.5, 0.7], gridFactor: 0.6849 },
  { hub: 'guizhou', cluster: 'gui-an', province: 'Guizhou', lat: 26.4, lon: 106.3, weight: 5, electricity: 0.45, green: [0.45, 0.65], gridFactor: 0.3869 },
  { hub: 'gansu', cluster: 'qingyang', province: 'Gansu', lat: 35.7, lon: 107.6, weight: 8, electricity: 0.36, green: [0.85, 0.95], gridFactor: 0.5857 },
  { hub: 'ningxia', cluster: 'zhongwei', province: 'Ningxia', lat: 37.5, lon: 105.2, weight: 5, electricity: 0.36, green: [0.65, 0.85], gridFactor: 0.5857 },
  { hub: 'xinjiang', province: 'Xinjiang', lat: 42.8, lon: 93.5, weight: 2, electricity: 0.3, green: [0.45, 0.6], gridFactor: 0.5857 },
  { hub: 'xinjiang', province: 'Xinjiang', lat: 44.0, lon: 87.3, weight: 1, electricity: 0.3, green: [0.45, 0.6], gridFactor: 0.5857 },
];

/** Real cities: name, province, lat, lon, approximate 2023 GDP in trillion yuan (a demand weight). */
export const REFERENCE_CITIES: readonly [string, string, number, number, number][] = [
  ['Shanghai', 'Shanghai', 31.23, 121.47, 4.72], ['Beijing', 'Beijing', 39.9, 116.41, 4.38],
  ['Shenzhen', 'Guangdong', 22.54, 114.06, 3.46], ['Guangzhou', 'Guangdong', 23.13, 113.26, 3.04],
  ['Chongqing', 'Chongqing', 29.56, 106.55, 3.01], ['Suzhou', 'Jiangsu', 31.3, 120.59, 2.47],
  ['Chengdu', 'Sichuan', 30.57, 104.07, 2.21], ['Hangzhou', 'Zhejiang', 30.27, 120.16, 2.01],
  ['Wuhan', 'Hubei', 30.59, 114.31, 2.0], ['Nanjing', 'Jiangsu', 32.06, 118.8, 1.75],
  ['Tianjin', 'Tianjin', 39.34, 117.36, 1.67], ['Ningbo', 'Zhejiang', 29.87, 121.54, 1.65],
  ['Qingdao', 'Shandong', 36.07, 120.38, 1.58], ['Wuxi', 'Jiangsu', 31.49, 120.31, 1.55],
  ['Changsha', 'Hunan', 28.23, 112.94, 1.43], ['Zhengzhou', 'Henan', 34.75, 113.63, 1.36],
  ['Foshan', 'Guangdong', 23.02, 113.12, 1.33], ['Fuzhou', 'Fujian', 26.07, 119.3, 1.29],
  ['Jinan', 'Shandong', 36.65, 117.12, 1.28], ['Hefei', 'Anhui', 31.82, 117.23, 1.27],
  ['Quanzhou', 'Fujian', 24.87, 118.68, 1.22], ["Xi'an", 'Shaanxi', 34.34, 108.94, 1.2],
  ['Dongguan', 'Guangdong', 23.02, 113.75, 1.14], ['Dalian', 'Liaoning', 38.91, 121.61, 0.95],
  ['Shenyang', 'Liaoning', 41.81, 123.43, 0.89], ['Xiamen', 'Fujian', 24.48, 118.09, 0.81],
  ['Kunming', 'Yunnan', 25.04, 102.71, 0.79], ['Shijiazhuang', 'Hebei', 38.04, 114.51, 0.75],
  ['Nanchang', 'Jiangxi', 28.68, 115.86, 0.75], ['Changchun', 'Jilin', 43.82, 125.32, 0.7],
  ['Taiyuan', 'Shanxi', 37.87, 112.55, 0.58], ['Harbin', 'Heilongjiang', 45.8, 126.53, 0.56],
  ['Nanning', 'Guangxi', 22.82, 108.37, 0.55], ['Guiyang', 'Guizhou', 26.65, 106.63, 0.52],
  ['Urumqi', 'Xinjiang', 43.83, 87.62, 0.42], ['Hohhot', 'Inner Mongolia', 40.84, 111.75, 0.38],
  ['Lanzhou', 'Gansu', 36.06, 103.83, 0.35], ['Yinchuan', 'Ningxia', 38.49, 106.23, 0.29],
];

const INTELLIGENT = HARDWARE.filter((h) => h.class === 'intelligent');
const GENERAL = HARDWARE.filter((h) => h.class === 'general');
const SUPER = HARDWARE.filter((h) => h.class === 'super');

/** Builds a scenario document (the file format) with `dataCenters` data centers and `origins` origins. */
export function generateScenario(opts: GenerateOptions, rng: Rng): ScenarioFileInput {
  const siteSampler = new WeightedSampler(SITES, (s) => s.weight);
  const modelSampler = new WeightedSampler(INTELLIGENT, (h) => (h.model === 'P100' ? 0.2 : h.model === 'T4' || h.model === 'A10' ? 1 : 2));
  const hubSide = new Map(HUBS.map((h) => [h.id, h.side]));
  const width = String(opts.dataCenters).length;

  const dataCenters: ScenarioFileInput['dataCenters'] = [];
  for (let i = 0; i < opts.dataCenters; i++) {
    const site = siteSampler.pick(rng);
    const side = hubSide.get(site.hub) ?? 'east';
    const west = side === 'west';
    const pue = round(west ? randomBetween(rng, 1.12, 1.24) : randomBetween(rng, 1.2, 1.4), 2);
    const electricity = round(site.electricity * randomBetween(rng, 0.92, 1.08), 3);
    // Western data centers are built bigger: scale factor on every pool.
    const scale = (west ? 2 : 1) * randomBetween(rng, 0.3, 1.5);
    const pools: ScenarioFileInput['dataCenters'][number]['pools'] = [];
    const addPool = (id: string, h: HardwareModel, units: number): void => {
      pools.push({
        id, class: h.class, model: h.model, units, unitTflops: h.unitTflops, unitPowerKw: h.unitPowerKw,
        price: referencePriceYuan(h, side, pue, electricity),
      });
    };
    addPool('cpu', pick(rng, GENERAL), Math.max(100, Math.round((randomInt(rng, 20, 200) * 100 * scale) / 100) * 100));
    const gpuPools = randomInt(rng, 1, 2);
    const used = new Set<string>();
    for (let g = 0; g < gpuPools; g++) {
      const h = modelSampler.pick(rng);
      if (used.has(h.model)) continue;
      used.add(h.model);
      addPool(`gpu${g + 1}`, h, Math.max(8, Math.round((randomInt(rng, 500, 12_000) * scale) / 8) * 8));
    }
    if (rng.next() < 0.08) addPool('hpc', pick(rng, SUPER), Math.max(16, Math.round(randomInt(rng, 100, 2000) * scale)));
    const itKw = pools.reduce((s, p) => s + p.units * (HARDWARE_BY_MODEL.get(p.model)?.unitPowerKw ?? 0), 0);
    const inUse = Math.ceil(itKw / 2.5 / 0.85);
    const fill = randomBetween(rng, west ? 0.45 : 0.6, west ? 0.75 : 0.9);
    dataCenters.push({
      id: `dc-${String(i + 1).padStart(width, '0')}`,
      name: `${site.cluster ?? site.province} ${i + 1}`,
      hub: site.hub,
      ...(site.cluster !== undefined && { cluster: site.cluster }),
      province: site.province,
      lat: round(site.lat + randomBetween(rng, -0.4, 0.4), 4),
      lon: round(site.lon + randomBetween(rng, -0.4, 0.4), 4),
      pue,
      electricityPrice: electricity,
      greenShare: round(randomBetween(rng, site.green[0], site.green[1]), 3),
      gridFactor: site.gridFactor,
      racks: { built: Math.ceil(inUse / fill), inUse },
      pools,
    });
  }

  const origins: ScenarioFileInput['origins'] = [];
  for (let i = 0; i < opts.origins; i++) {
    const base = REFERENCE_CITIES[i % REFERENCE_CITIES.length] as (typeof REFERENCE_CITIES)[number];
    const round_ = Math.floor(i / REFERENCE_CITIES.length);
    const [name, province, lat, lon, gdp] = base;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    origins.push(
      round_ === 0
        ? { id: slug, name, province, lat, lon, weight: gdp }
        : {
            id: `${slug}-${round_}`,
            name: `${name} satellite ${round_}`,
            province,
            lat: round(lat + randomBetween(rng, -1, 1), 4),
            lon: round(lon + randomBetween(rng, -1, 1), 4),
            weight: round(gdp * randomBetween(rng, 0.02, 0.2), 4),
          },
    );
  }

  return {
    version: 1,
    name: opts.name ?? `generated-${opts.dataCenters}dc-${opts.origins}o`,
    description: 'Synthetic scenario from `suanli scenario generate`: real hub and cluster sites, assumed sizes and prices.',
    carbonPrice: 0.06,
    unplacedPenalty: 50,
    network: { fiberKmPerMs: 200, routeFactor: 1.5, overheadMs: 1, transferPricePerGb: 0.05, latencyOverrides: [] },
    hubs: HUBS.map((h) => ({ ...h })),
    clusters: CLUSTERS.map((c) => ({ ...c })),
    origins,
    dataCenters,
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)] as T;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
