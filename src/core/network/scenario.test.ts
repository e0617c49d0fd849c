import { describe, expect, it } from 'vitest';
import { buildScenario } from './scenario.js';
import { ValidationError } from '../errors.js';
import { exampleScenario } from '../../../test/fixtures.js';

type Doc = ReturnType<typeof exampleScenario> & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Builds a broken copy of the example and returns the error lines. */
function errorsOf(breakIt: (d: Doc) => void): string[] {
  const doc = exampleScenario() as Doc;
  breakIt(doc);
  try {
    buildScenario(doc, 'x.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).message.split('\n');
  }
  throw new Error('expected a ValidationError');
}

describe('buildScenario', () => {
  it('accepts the documented example and converts money exactly', () => {
    const { scenario, warnings } = buildScenario(exampleScenario(), 'x.yaml');
    expect(warnings).toEqual([]);
    expect(scenario.carbonPrice).toBe(600);
    expect(scenario.unplacedPenalty).toBe(500_000);
    expect(scenario.network.transferPricePerGb).toBe(500);
    const qy = scenario.dataCenters[0]!;
    expect(qy.hubId).toBe('gansu');
    expect(qy.clusterId).toBe('qingyang');
    expect(qy.electricityPrice).toBe(3_600);
    expect(qy.pools[0]).toEqual({
      id: 'a100', key: 'qy-a/a100', dataCenterId: 'qy-a', class: 'intelligent', model: 'A100',
      units: 8000, unitTflops: 312, unitPowerKw: 0.4, price: 65_000,
    });
    expect(scenario.dataCenters[1]!.pools[0]!.price).toBe(365);
    expect(scenario.hubs[0]!.national).toBe(true);
  });

  it('keeps Chinese names where given, and names a bad one by its field', () => {
    const doc = exampleScenario() as Doc;
    doc.hubs[0].nameZh = '甘肃';
    doc.dataCenters[0].nameZh = '庆阳 A';
    const { scenario } = buildScenario(doc, 'x.yaml');
    expect(scenario.hubs[0]!.nameZh).toBe('甘肃');
    expect(scenario.dataCenters[0]!.nameZh).toBe('庆阳 A');
    expect(scenario.dataCenters[1]!.nameZh).toBeUndefined();
    const lines = errorsOf((d) => {
      d.hubs[0].nameZh = '';
      d.origins[0].nameZh = 42;
    });
    expect(lines.some((l) => l.includes('hubs[0].nameZh'))).toBe(true);
    expect(lines.some((l) => l.includes('origins[0].nameZh') && l.includes('must be a text'))).toBe(true);
  });

  it('fills documented defaults for optional fields', () => {
    const doc = exampleScenario() as Doc;
    delete doc.carbonPrice;
    delete doc.unplacedPenalty;
    delete doc.network;
    delete doc.clusters;
    delete doc.dataCenters[0].cluster;
    const { scenario } = buildScenario(doc);
    expect(scenario.carbonPrice).toBe(0);
    expect(scenario.unplacedPenalty).toBe(500_000);
    expect(scenario.network).toEqual({ fiberKmPerMs: 200, routeFactor: 1.5, overheadMs: 1, transferPricePerGb: 0, latencyOverrides: [] });
  });

  it('rejects duplicate ids with both places named', () => {
    expect(errorsOf((d) => d.hubs.push({ id: 'gansu', name: 'Again', side: 'west' }))).toEqual([
      'x.yaml: hubs[2].id: duplicate id "gansu" (first used at hubs[0])',
    ]);
    expect(errorsOf((d) => { d.dataCenters[1].id = 'qy-a'; })).toEqual([
      'x.yaml: dataCenters[1].id: duplicate id "qy-a" (first used at dataCenters[0])',
    ]);
    expect(errorsOf((d) => d.dataCenters[1].pools.push({ ...d.dataCenters[1].pools[0] }))).toEqual([
      'x.yaml: dataCenters[1].pools[2].id: duplicate id "cpu" (first used at dataCenters[1].pools[0])',
    ]);
    expect(errorsOf((d) => { d.origins[1].id = 'shanghai'; })).toEqual([
      'x.yaml: origins[1].id: duplicate id "shanghai" (first used at origins[0])',
    ]);
    expect(errorsOf((d) => { d.origins[1].id = 'sh-a'; })).toEqual([
      'x.yaml: origins[1].id: "sh-a" is also the id of dataCenters[1]; origins and data centers share one namespace',
    ]);
  });

  it('rejects references to unknown hubs, clusters and endpoints', () => {
    expect(errorsOf((d) => { d.dataCenters[1].hub = 'atlantis'; })).toEqual([
      'x.yaml: dataCenters[1].hub: unknown hub "atlantis" (known: gansu, yrd)',
    ]);
    expect(errorsOf((d) => { d.dataCenters[0].cluster = 'nowhere'; })).toEqual([
      'x.yaml: dataCenters[0].cluster: unknown cluster "nowhere" (known: qingyang)',
    ]);
    expect(errorsOf((d) => { d.dataCenters[1].cluster = 'qingyang'; })).toEqual([
      'x.yaml: dataCenters[1].cluster: cluster "qingyang" belongs to hub "gansu", not "yrd"',
    ]);
    expect(errorsOf((d) => { d.clusters[0].hub = 'mars'; })).toEqual([
      'x.yaml: clusters[0].hub: unknown hub "mars" (known: gansu, yrd)',
      'x.yaml: dataCenters[0].cluster: cluster "qingyang" belongs to hub "mars", not "gansu"',
    ]);
    expect(errorsOf((d) => { d.network.latencyOverrides[0].from = 'tokyo'; })).toEqual([
      'x.yaml: network.latencyOverrides[0].from: "tokyo" is neither an origin nor a data center',
    ]);
  });

  it('rejects out-of-range physics and money with the field path', () => {
    expect(errorsOf((d) => { d.dataCenters[0].pue = 0.9; })).toEqual(['x.yaml: dataCenters[0].pue: PUE must be at least 1 (got 0.9)']);
    expect(errorsOf((d) => { d.dataCenters[0].greenShare = 1.2; })).toEqual(['x.yaml: dataCenters[0].greenShare: must be between 0 and 1 (got 1.2)']);
    expect(errorsOf((d) => { d.dataCenters[0].greenShare = -0.1; })).toEqual(['x.yaml: dataCenters[0].greenShare: must be between 0 and 1 (got -0.1)']);
    expect(errorsOf((d) => { d.dataCenters[0].pools[0].units = -5; })).toEqual(['x.yaml: dataCenters[0].pools[0].units: must not be negative (got -5)']);
    expect(errorsOf((d) => { d.dataCenters[0].pools[0].units = 2.5; })).toEqual(['x.yaml: dataCenters[0].pools[0].units: must be a whole number of units']);
    expect(errorsOf((d) => { d.dataCenters[0].pools[0].price = -1; })).toEqual(['x.yaml: dataCenters[0].pools[0].price: must not be negative (got -1)']);
    expect(errorsOf((d) => { d.dataCenters[0].electricityPrice = 0.36789; })).toEqual([
      'x.yaml: dataCenters[0].electricityPrice: 0.36789 has more than 4 decimal places (the smallest amount is 0.0001 yuan)',
    ]);
    expect(errorsOf((d) => { d.dataCenters[0].racks.inUse = 30000; })).toEqual([
      'x.yaml: dataCenters[0].racks.inUse: racks in use (30000) exceed racks built (20000)',
    ]);
    expect(errorsOf((d) => { d.dataCenters[0].lat = 95; })).toEqual(['x.yaml: dataCenters[0].lat: Too big: expected number to be <=90 (got 95)']);
  });

  it('rejects unknown classes, sides, versions, fields and wrong types', () => {
    expect(errorsOf((d) => { d.dataCenters[0].pools[0].class = 'quantum'; })).toEqual([
      'x.yaml: dataCenters[0].pools[0].class: must be one of general, intelligent, super',
    ]);
    expect(errorsOf((d) => { d.hubs[0].side = 'north'; })).toEqual(['x.yaml: hubs[0].side: must be east or west']);
    expect(errorsOf((d) => { d.version = 2; })).toEqual(['x.yaml: version: must be 1 (the only scenario format version)']);
    expect(errorsOf((d) => { d.dataCenters[0].gridfactor = 1; })).toEqual(['x.yaml: dataCenters[0]: unknown field "gridfactor"']);
    expect(errorsOf((d) => { d.dataCenters[0].lat = 'north'; })).toEqual(['x.yaml: dataCenters[0].lat: must be a number, got text "north"']);
    expect(errorsOf((d) => { delete d.dataCenters[0].pue; })).toEqual(['x.yaml: dataCenters[0].pue: is required']);
    expect(errorsOf((d) => { d.dataCenters = 5; })).toEqual(['x.yaml: dataCenters: must be a list, got number 5']);
  });

  it('lists every problem at once, not just the first', () => {
    const lines = errorsOf((d) => {
      d.dataCenters[0].pue = 0.5;
      d.dataCenters[1].greenShare = 2;
      d.origins[0].weight = -1;
    });
    expect(lines).toHaveLength(3);
  });

  it('rejects a document that is not a mapping', () => {
    expect(() => buildScenario(null, 'x.yaml')).toThrow('x.yaml: must be a mapping of fields, got null');
    expect(() => buildScenario([], 'x.yaml')).toThrow('x.yaml: must be a mapping of fields, got a list');
  });

  it('rejects a scenario whose origins all weigh zero', () => {
    expect(errorsOf((d) => { for (const o of d.origins) o.weight = 0; })).toEqual(['x.yaml: origins: at least one origin needs a weight above 0']);
  });

  it('warns about hubs without data centers and data centers without pools', () => {
    const doc = exampleScenario() as Doc;
    doc.hubs.push({ id: 'empty', name: 'Empty', side: 'east' });
    doc.dataCenters[1].pools = [];
    const { warnings } = buildScenario(doc);
    expect(warnings).toEqual([
      { path: 'dataCenters[1].pools', message: 'data center "sh-a" has no pools' },
      { path: 'hubs[2]', message: 'hub "empty" has no data centers' },
    ]);
  });
});
