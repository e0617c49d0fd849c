import { describe, expect, it } from 'vitest';
import { Network } from './network.js';
import { buildScenario } from './scenario.js';
import { latencyForKm } from './latency.js';
import { greatCircleKm } from './geo.js';
import { NotFoundError } from '../errors.js';
import { exampleScenario } from '../../../test/fixtures.js';

const net = new Network(buildScenario(exampleScenario()).scenario);

describe('Network', () => {
  it('uses a latency override in both directions', () => {
    expect(net.latencyMs('shanghai', 'qy-a')).toBe(18);
    expect(net.latencyMs('qy-a', 'shanghai')).toBe(18);
  });

  it('computes the model latency where no override exists', () => {
    const expected = latencyForKm(greatCircleKm(36.06, 103.83, 35.7, 107.6), { fiberKmPerMs: 200, routeFactor: 1.5, overheadMs: 1 });
    expect(net.latencyMs('lanzhou', 'qy-a')).toBeCloseTo(expected, 12);
    expect(net.latencyMs('qy-a', 'qy-a')).toBe(0);
  });

  it('gives latency rows indexed like the scenario data centers', () => {
    const row = net.latencyRow('shanghai');
    expect(row).toHaveLength(2);
    expect(row[0]).toBe(18);
    expect(row[1]).toBeCloseTo(net.latencyMs('shanghai', 'sh-a'), 12);
    expect(net.latencyRow('shanghai')).toBe(row); // cached
  });

  it("finds an origin's home hub from its nearest data center", () => {
    expect(net.homeHub('shanghai')).toBe('yrd');
    expect(net.homeHub('lanzhou')).toBe('gansu');
  });

  it('lists models by class and provinces', () => {
    expect([...net.modelsOf('intelligent')].sort()).toEqual(['A100', 'T4']);
    expect([...net.modelsOf('super')]).toEqual([]);
    expect([...net.provinces()].sort()).toEqual(['Gansu', 'Shanghai']);
    expect(net.pools.map((p) => p.key)).toEqual(['qy-a/a100', 'sh-a/cpu', 'sh-a/t4']);
  });

  it('names what it cannot find', () => {
    expect(() => net.endpoint('tokyo')).toThrow(NotFoundError);
    expect(() => net.endpoint('tokyo')).toThrow('"tokyo" is neither an origin nor a data center of scenario "example"');
    expect(() => net.dataCenter('x')).toThrow('unknown data center "x"');
  });
});
