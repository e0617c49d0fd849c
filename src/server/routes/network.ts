import { z } from 'zod';
import { ForbiddenError, NotFoundError } from '../../core/errors.js';
import { dataCenterFileSchema, scenarioJsonSchema } from '../../core/network/scenario.schema.js';
import type { DataCenter } from '../../core/network/model.js';
import { dataCenterScope } from '../services/actor.js';
import { dataCenterPatchSchema } from '../services/network.service.js';
import { EXAMPLE_DC, EXAMPLE_NETWORK } from './examples.js';
import { jsonSchema } from './openapi.js';
import { ADMIN, ALL, idParam, queryInt, route } from './route.js';
import { dataCenterChangeSchema, dataCenterPageSchema, dataCenterSchema, networkMapSchema, networkSchema, scenarioLoadedSchema } from '../contract/schemas.js';
import { unitsInUse } from '../services/live-use.js';

const pageQuery = z.strictObject({
  cursor: z.string().min(1).max(200).optional().describe('The nextCursor of the previous page.'),
  limit: queryInt(1, 500, 100, 'Data centers per page.'),
  hub: z.string().max(200).optional().describe('Only this hub\'s data centers (a hub id).'),
  province: z.string().max(200).optional().describe('Only data centers in this province, by its English name.'),
});

export function dataCenterView(d: DataCenter): z.output<typeof dataCenterSchema> {
  return {
    id: d.id, name: d.name, ...(d.nameZh !== undefined && { nameZh: d.nameZh }), hub: d.hubId, cluster: d.clusterId ?? null, province: d.province, operator: d.operator ?? null,
    lat: d.lat, lon: d.lon, pue: d.pue, greenShare: d.greenShare, gridFactor: d.gridFactor, racks: d.racks,
    pools: d.pools.map((p) => ({ id: p.id, class: p.class, model: p.model, units: p.units, unitTflops: p.unitTflops, unitPowerKw: p.unitPowerKw, priceMinor: p.price })),
  };
}

const dcDocument = z.record(z.string(), z.unknown(), { message: 'must be a data center (a JSON object)' });

/** The network: hubs, clusters, data centers and their pools. */
export const NETWORK_ROUTES = [
  route({
    method: 'GET', url: '/v1/network', operationId: 'getNetwork', roles: ALL, tag: 'network', errors: [404],
    summary: 'The loaded network: version, hubs, clusters, origins and counts.',
    description: 'The network this platform serves, as loaded from its scenario: the hubs (east or west, national or not), the clusters, the origins that demand comes from, and counts. 404 until a network is loaded.',
    responses: { 200: networkSchema }, examples: { response: EXAMPLE_NETWORK },
    async handler(p) {
      const live = await p.network.require();
      const s = live.scenario;
      return {
        version: live.version, name: s.name,
        // Demo mode is labelled wherever the network is shown: its data centers are simulated.
        mode: p.config.demo ? 'demo (simulated data centers and demand)' : 'live', role: p.config.role,
        hubs: s.hubs, clusters: s.clusters, origins: s.origins.map((o) => ({ id: o.id, name: o.name, ...(o.nameZh !== undefined && { nameZh: o.nameZh }), province: o.province, lat: o.lat, lon: o.lon })),
        counts: { hubs: s.hubs.length, clusters: s.clusters.length, dataCenters: s.dataCenters.length, pools: live.ctx.pools.length, origins: s.origins.length },
      };
    },
  }),
  route({
    method: 'POST', url: '/v1/scenario', operationId: 'loadScenario', roles: ADMIN, tag: 'network',
    summary: 'Replace the network with a scenario document.',
    description: 'Loads a whole network: the scenario file format as JSON (`suanli scenario schema` prints its schema). Every rule of the scenario format is checked; a problem names its field, and nothing changes. The network gets a new version.',
    body: z.record(z.string(), z.unknown(), { message: 'must be a scenario document (a JSON object)' }), bodyDoc: scenarioJsonSchema(),
    responses: { 201: scenarioLoadedSchema },
    examples: { request: { version: 1, name: 'two-hubs', hubs: [], clusters: [], dataCenters: [], origins: [] }, response: { version: 2, dataCenters: 51, warnings: [] } },
    handler: (p, r) => p.network.loadScenario(r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/network/map', operationId: 'getNetworkMap', roles: ALL, tag: 'network', errors: [404],
    summary: 'Every data center with what a map draws, in one answer.',
    description: 'Position, hub, capacity in PFLOPS by class, the share of its units in use now, PUE and green share of every data center, without its pools: what the console\'s map needs for a network of any size in one request. Pages of `GET /v1/datacenters` give the rest.',
    responses: { 200: networkMapSchema },
    examples: { response: { version: 1, dataCenters: [{ id: 'qy-a', name: 'Qingyang A', nameZh: '庆阳 A', hub: 'gansu', lat: 35.7, lon: 107.6, capacityP: { intelligent: 14000.6, general: 1499.1 }, fillRate: 0.42, pue: 1.18, greenShare: 0.9 }] } },
    async handler(p) {
      const live = await p.network.require();
      // Units in use now per pool, as the summary counts them: the larger of what jobs hold and what a fresh report says.
      const used = await unitsInUse(p.store, live, p.clock.now(), p.config.staleAfterS * 1000);
      return {
        version: live.version,
        dataCenters: live.scenario.dataCenters.map((d) => {
          const capacityP: Record<string, number> = {};
          let units = 0;
          let inUse = 0;
          for (const pool of d.pools) {
            capacityP[pool.class] = Math.round(((capacityP[pool.class] ?? 0) + (pool.units * pool.unitTflops) / 1000) * 1000) / 1000;
            units += pool.units;
            inUse += used[live.ctx.poolIndex.get(pool.key)!] as number;
          }
          const fillRate = units > 0 ? Math.round((Math.min(inUse, units) / units) * 10_000) / 10_000 : 0;
          return { id: d.id, name: d.name, ...(d.nameZh !== undefined && { nameZh: d.nameZh }), hub: d.hubId, lat: d.lat, lon: d.lon, capacityP, fillRate, pue: d.pue, greenShare: d.greenShare };
        }),
      };
    },
  }),
  route({
    method: 'GET', url: '/v1/datacenters', operationId: 'listDataCenters', roles: ALL, tag: 'network', query: pageQuery, errors: [404],
    summary: 'Data centers by id, paginated; filter by hub or province.',
    description: 'The data centers of the network with their pools, capacity and list prices, ordered by id.',
    responses: { 200: dataCenterPageSchema }, examples: { response: { dataCenters: [EXAMPLE_DC], nextCursor: 'bj-yz' } },
    async handler(p, r) {
      const q = r.query;
      const live = await p.network.require();
      const all = [...live.scenario.dataCenters]
        .filter((d) => (q.hub === undefined || d.hubId === q.hub) && (q.province === undefined || d.province === q.province))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const start = q.cursor === undefined ? 0 : all.findIndex((d) => d.id > q.cursor!);
      const page = start < 0 ? [] : all.slice(start, start + q.limit);
      return { dataCenters: page.map(dataCenterView), nextCursor: start >= 0 && start + q.limit < all.length ? page.at(-1)!.id : null };
    },
  }),
  route({
    method: 'GET', url: '/v1/datacenters/:id', operationId: 'getDataCenter', roles: ALL, tag: 'network', params: idParam('data center'),
    summary: 'One data center with its pools.',
    description: 'A data center: where it is, its PUE, green share and grid carbon factor, its racks, and each pool with its units, accelerator model and list price.',
    responses: { 200: dataCenterSchema }, examples: { response: EXAMPLE_DC },
    async handler(p, r) {
      const d = (await p.network.require()).dataCenters.get(r.params.id);
      if (!d) throw new NotFoundError(`data center "${r.params.id}" not found`);
      return dataCenterView(d);
    },
  }),
  route({
    method: 'POST', url: '/v1/datacenters', operationId: 'registerDataCenter', roles: ['platform-admin', 'dc-operator'], tag: 'network', errors: [409],
    summary: 'Register a data center.',
    description: 'Adds a data center in the scenario file\'s format. The whole network is checked again with it; the network gets a new version. An operator registers only the data centers its token names.',
    body: dcDocument, bodyDoc: jsonSchema(dataCenterFileSchema, 'input'),
    responses: { 201: dataCenterChangeSchema },
    examples: {
      request: { id: 'qy-new', name: 'Qingyang new', hub: 'gansu', province: 'Gansu', lat: 35.7, lon: 107.6, pue: 1.2, greenShare: 0.6, pools: [{ id: 'cpu', class: 'general', model: 'Kunpeng920', units: 1000, price: 0.02 }] },
      response: { version: 3, dataCenter: EXAMPLE_DC },
    },
    async handler(p, r) {
      const scope = dataCenterScope(r.who);
      const id = r.body.id;
      if (scope && (typeof id !== 'string' || !scope.includes(id))) throw new ForbiddenError(`this token may register ${scope.join(', ')} only`);
      const out = await p.network.registerDataCenter(r.body, r.who);
      return { version: out.version, dataCenter: dataCenterView(out.dataCenter) };
    },
  }),
  route({
    method: 'PATCH', url: '/v1/datacenters/:id', operationId: 'patchDataCenter', roles: ['platform-admin', 'dc-operator', 'dc-agent'], tag: 'network', params: idParam('data center'),
    summary: 'Change capacity, prices or facility figures of a data center.',
    description: 'Only the fields given change; pools are changed by id. The whole network is checked again, and gets a new version. An operator or agent changes its own data centers only.',
    body: dataCenterPatchSchema, responses: { 200: dataCenterChangeSchema },
    examples: { request: { pue: 1.18, pools: [{ id: 'a100', units: 5000 }] }, response: { version: 4, dataCenter: EXAMPLE_DC } },
    async handler(p, r) {
      const scope = dataCenterScope(r.who);
      if (scope && !scope.includes(r.params.id)) throw new NotFoundError(`data center "${r.params.id}" not found among yours`);
      const out = await p.network.patchDataCenter(r.params.id, r.body, r.who);
      return { version: out.version, dataCenter: dataCenterView(out.dataCenter) };
    },
  }),
];
