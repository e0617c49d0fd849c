// The placement suite's cases: seeded networks and job streams of many shapes,
// written apart from the reference network and the engine's own tuning.
// Case i (1-36) is a pure function of i. Cases 1-12 and 25-36 are for
// development; cases 13-24 are held out: report on them, never tune on them
// (bench/RESULTS.md). Cases 25-36 were added after 1-24, as a second
// development set: more shapes to choose a method on.
import { HARDWARE, referencePriceYuan } from '../../dist/core/network/hardware.js';
import { REFERENCE_CITIES } from '../../dist/core/network/generate.js';
import { SeededRng, randomBetween, randomNormal } from '../../dist/core/rng.js';

// Ten hub sites: the eight national hubs, Xinjiang and a central one (an assumption), east first, then west.
const HUB_SITES = [
  { id: 'h-yrd', side: 'east', lat: 31.0, lon: 120.9 }, { id: 'h-jjj', side: 'east', lat: 40.8, lon: 114.9 },
  { id: 'h-gba', side: 'east', lat: 24.8, lon: 113.6 }, { id: 'h-cc', side: 'east', lat: 30.0, lon: 105.3 },
  { id: 'h-central', side: 'east', lat: 30.6, lon: 114.3 },
  { id: 'h-gansu', side: 'west', lat: 35.7, lon: 107.6 }, { id: 'h-nmg', side: 'west', lat: 40.4, lon: 111.8 },
  { id: 'h-guizhou', side: 'west', lat: 26.4, lon: 106.3 }, { id: 'h-ningxia', side: 'west', lat: 37.5, lon: 105.2 },
  { id: 'h-xinjiang', side: 'west', lat: 43.3, lon: 90.5 },
];
const GPU = HARDWARE.filter((h) => h.class === 'intelligent');
const CPU = HARDWARE.filter((h) => h.class === 'general');

const HUBS = [2, 3, 4, 6, 8, 10];
const DCS = [10, 30, 100, 300, 1000, 2000];
const LOAD = [0.05, 0.4, 0.8, 1.2, 2, 3];
const JOBS = [400, 1200, 3000, 8000];
const ARRIVALS = ['flat', 'daily', 'burst'];

const pick = (rng, xs) => xs[Math.floor(rng.next() * xs.length)];
const r2 = (x) => Math.round(x * 100) / 100;

/** The knobs of case i: a Latin-square walk, so each half of the suite sees every value of each knob. */
export function caseKnobs(i) {
  const rng = new SeededRng(104_729 * i + 17);
  const k = i - 1;
  return {
    id: i,
    split: i >= 13 && i <= 24 ? 'held-out' : 'development',
    hubs: HUBS[k % 6],
    dataCenters: DCS[(k * 5 + Math.floor(k / 6)) % 6],
    load: LOAD[(k * 5 + Math.floor(k / 6) * 3 + 1) % 6],
    arrivals: ARRIVALS[(k + Math.floor(k / 6)) % 3],
    jobs: JOBS[(k + Math.floor(k / 4)) % 4],
    batchShare: r2(randomBetween(rng, 0.15, 0.85)),
    sizeMul: pick(rng, [1, 1, 2, 4]),
    modelShare: r2(randomBetween(rng, 0, 0.4)),
    greenShare: r2(randomBetween(rng, 0, 0.3)),
    residencyShare: r2(randomBetween(rng, 0, 0.15)),
    priceCapShare: r2(randomBetween(rng, 0, 0.2)),
    priceSpread: r2(randomBetween(rng, 0.05, 0.3)),
    seed: 7_919 * i + 3,
  };
}

/** Case i: its knobs, a scenario document and a job stream. */
export function makeCase(i) {
  const kn = caseKnobs(i);
  const rng = new SeededRng(kn.seed);
  const east = HUB_SITES.filter((h) => h.side === 'east').slice(0, Math.ceil(kn.hubs / 2));
  const west = HUB_SITES.filter((h) => h.side === 'west').slice(0, Math.floor(kn.hubs / 2));
  const hubs = [...east, ...west];
  const dataCenters = [];
  const width = String(kn.dataCenters).length;
  for (let d = 0; d < kn.dataCenters; d++) {
    // Western hubs have more and larger data centers.
    const hub = hubs[Math.floor(rng.next() * (east.length + 1.5 * west.length)) < east.length ? Math.floor(rng.next() * east.length) : east.length + Math.floor(rng.next() * west.length)] ?? hubs[0];
    const isWest = hub.side === 'west';
    const pue = r2(isWest ? randomBetween(rng, 1.12, 1.25) : randomBetween(rng, 1.2, 1.45));
    const electricity = Math.round((isWest ? randomBetween(rng, 0.28, 0.42) : randomBetween(rng, 0.55, 0.85)) * 1000) / 1000;
    const green = r2(isWest ? randomBetween(rng, 0.45, 0.95) : randomBetween(rng, 0.1, 0.45));
    const size = (isWest ? 1.5 : 1) * randomBetween(rng, 0.3, 1.5);
    const price = (h) => Math.round(referencePriceYuan(h, hub.side, pue, electricity) * (1 + kn.priceSpread * randomNormal(rng) * 0.5) * 10_000) / 10_000;
    const pools = [];
    const cpu = pick(rng, CPU);
    pools.push({ id: 'cpu', class: 'general', model: cpu.model, units: 0, size, unitTflops: cpu.unitTflops, unitPowerKw: cpu.unitPowerKw, price: Math.max(0.0001, price(cpu)) });
    const used = new Set();
    for (let g = 0; g < 1 + Math.floor(rng.next() * 2); g++) {
      const h = pick(rng, GPU);
      if (used.has(h.model)) continue;
      used.add(h.model);
      pools.push({ id: `gpu${g + 1}`, class: 'intelligent', model: h.model, units: 0, size, unitTflops: h.unitTflops, unitPowerKw: h.unitPowerKw, price: Math.max(0.0001, price(h)) });
    }
    dataCenters.push({
      id: `dc-${String(d + 1).padStart(width, '0')}`, name: `DC ${d + 1}`, hub: hub.id, province: hub.id,
      lat: r2(hub.lat + randomBetween(rng, -1.5, 1.5)), lon: r2(hub.lon + randomBetween(rng, -1.5, 1.5)),
      pue, electricityPrice: electricity, greenShare: green, gridFactor: isWest ? 0.58 : 0.62, pools,
      source: 'bench/suite: synthetic',
    });
  }
  const cities = REFERENCE_CITIES.slice(0, 8 + Math.floor(rng.next() * 24));
  const origins = cities.map(([name, province, lat, lon, weight], n) => ({ id: `o${n + 1}`, name, province, lat, lon, weight, source: 'bench/suite: reference city, GDP weight' }));
  const scenario = {
    version: 1, name: `suite-${i}`, carbonPrice: 0.06, unplacedPenalty: 50,
    network: { fiberKmPerMs: 200, routeFactor: 1.5, overheadMs: 1, transferPricePerGb: 0.05, latencyOverrides: [] },
    hubs: hubs.map((h) => ({ id: h.id, name: h.id, side: h.side, national: true, lat: h.lat, lon: h.lon, source: 'bench/suite' })),
    clusters: [], origins, dataCenters, source: 'bench/suite: synthetic case',
  };
  // Capacity follows from the load: the GPU units the stream holds on average, divided by the load. A network
  // too large for that at one unit a pool keeps one unit a pool and gets a longer stream (up to 12,000 jobs).
  const span = kn.arrivals === 'daily' ? 86_400 : 6 * 3600;
  const gpuPools = scenario.dataCenters.reduce((n, d) => n + d.pools.filter((p) => p.class === 'intelligent').length, 0);
  const held = (n, mul) => (0.85 * n * 2.5 * mul * 5935) / (span + 5935);
  let sizeMul = kn.sizeMul;
  let count = kn.jobs;
  let capacity = held(count, sizeMul) / kn.load;
  // Jobs are at most a few times larger than a typical pool.
  while (sizeMul > 1 && capacity / gpuPools < 8 * sizeMul) capacity = held(count, (sizeMul /= 2)) / kn.load;
  if (capacity < gpuPools) {
    count = Math.min(12_000, Math.ceil((count * gpuPools) / capacity));
    capacity = gpuPools;
  }
  sizePools({ capacity }, scenario);
  const jobs = makeJobs({ ...kn, sizeMul, jobs: count, span }, scenario, rng);
  const work = jobs.filter((j) => j.class === 'intelligent').reduce((a, j) => a + j.units * j.durationS, 0);
  const units = scenario.dataCenters.reduce((n, d) => n + d.pools.filter((p) => p.class === 'intelligent').reduce((a, p) => a + p.units, 0), 0);
  return { knobs: { ...kn, sizeMul, jobs: count, poolUnits: meanPoolUnits(scenario), offered: Math.round((work / (span + 5935) / units) * 100) / 100 }, scenario, jobs };
}

/**
 * Each class's capacity is the case's GPU capacity (general capacity in
 * proportion), shared among the pools by their data centers' sizes: large
 * networks of little capacity get pools of a unit or two, small ones pools of
 * thousands.
 */
function sizePools(kn, scenario) {
  for (const [cls, total] of [['intelligent', kn.capacity], ['general', kn.capacity * 4]]) {
    const pools = scenario.dataCenters.flatMap((d) => d.pools.filter((p) => p.class === cls));
    const weight = pools.reduce((s, p) => s + p.size, 0);
    for (const p of pools) p.units = Math.max(1, Math.round((total * p.size) / weight));
  }
  for (const d of scenario.dataCenters) {
    for (const p of d.pools) delete p.size;
    const itKw = d.pools.reduce((s, p) => s + p.units * p.unitPowerKw, 0);
    d.racks = { built: Math.max(1, Math.ceil(itKw / 2.5 / 0.7)), inUse: Math.max(1, Math.ceil(itKw / 2.5 / 0.85)) };
  }
}

function meanPoolUnits(scenario) {
  const gpu = scenario.dataCenters.flatMap((d) => d.pools.filter((p) => p.class === 'intelligent'));
  return Math.round(gpu.reduce((s, p) => s + p.units, 0) / Math.max(1, gpu.length));
}

function makeJobs(kn, scenario, rng) {
  const models = [...new Set(scenario.dataCenters.flatMap((d) => d.pools.filter((p) => p.class === 'intelligent').map((p) => p.model)))].sort();
  const totalWeight = scenario.origins.reduce((s, o) => s + o.weight, 0);
  const origin = () => {
    let x = rng.next() * totalWeight;
    for (const o of scenario.origins) if ((x -= o.weight) <= 0) return o.id;
    return scenario.origins[0].id;
  };
  const specs = [];
  for (let j = 0; j < kn.jobs; j++) {
    const gpu = rng.next() < 0.85;
    const base = gpu ? pick(rng, [1, 1, 1, 1, 2, 2, 4, 8]) : pick(rng, [4, 8, 16, 32, 64]);
    const units = base * kn.sizeMul;
    const u = rng.next();
    const latency = u < kn.batchShare ? 'batch' : u < kn.batchShare + (1 - kn.batchShare) * 0.9 ? 'interactive' : 'realtime';
    const durationS = Math.round(Math.min(86_400, Math.max(300, 3600 * Math.exp(1.0 * randomNormal(rng)))));
    const job = { id: `j${String(j).padStart(4, '0')}`, submitAt: 0, origin: origin(), class: gpu ? 'intelligent' : 'general', units, durationS, latency, dataGb: Math.round(10 ** (2 * rng.next()) * 10) / 10 };
    if (gpu && models.length > 0 && rng.next() < kn.modelShare) job.models = [pick(rng, models)];
    if (rng.next() < kn.greenShare) job.minGreenShare = r2(randomBetween(rng, 0.5, 0.9));
    if (rng.next() < kn.residencyShare) job.residency = [pick(rng, scenario.hubs).id];
    if (rng.next() < kn.priceCapShare) {
      const h = gpu ? pick(rng, GPU) : pick(rng, CPU);
      // In 1/10,000 yuan, as the model keeps money (the scenario file's prices are yuan).
      job.maxPrice = Math.round(referencePriceYuan(h, 'east', 1.3, 0.7) * randomBetween(rng, 0.8, 1.3) * 10_000);
    }
    specs.push(job);
  }
  // Arrivals over a span: six hours, or a day for the daily cycle; bursts put 45% of the jobs in three 10-minute windows.
  const span = kn.span;
  let t = 0;
  const mean = span / specs.length;
  const burstAt = [0.2, 0.5, 0.8].map((f) => f * span);
  for (const s of specs) {
    if (kn.arrivals === 'burst' && rng.next() < 0.45) {
      s.submitAt = Math.round(pick(rng, burstAt) + rng.next() * 600);
      continue;
    }
    // A daily cycle thins arrivals at night: the gap stretches by the inverse of the rate's shape.
    const shape = kn.arrivals === 'daily' ? 1 + 0.8 * Math.sin((2 * Math.PI * t) / 86_400 - Math.PI / 2) : 1;
    t += (-Math.log(1 - rng.next()) * mean) / Math.max(0.2, shape);
    s.submitAt = Math.round(t);
  }
  specs.sort((a, b) => a.submitAt - b.submitAt || a.id.localeCompare(b.id));
  return specs;
}
