import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, parsePath, parseScenarioText } from './scenario-file.js';
import { ValidationError } from '../core/errors.js';
import { exampleScenario, NATIONAL, CHONGQING } from '../../test/fixtures.js';
import { tempDir } from '../../test/helpers.js';

const YAML_EXAMPLE = `version: 1
name: example
hubs:
  - { id: gansu, name: Gansu, side: west }
origins:
  - { id: lanzhou, name: Lanzhou, province: Gansu, lat: 36.06, lon: 103.83, weight: 1 }
dataCenters:
  - id: qy-a
    name: Qingyang A
    hub: gansu
    province: Gansu
    lat: 35.7
    lon: 107.6
    pue: 1.2
    electricityPrice: 0.36
    greenShare: 0.9
    gridFactor: 0.5857
    racks: { built: 20000, inUse: 13000 }
    pools:
      - { id: a100, class: intelligent, model: A100, units: 8000, unitTflops: 312, unitPowerKw: 0.4, price: 6.5 }
`;

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as Error).message;
  }
  throw new Error('expected a ValidationError');
}

describe('parseScenarioText', () => {
  it('reads YAML and JSON alike', () => {
    const fromYaml = parseScenarioText(YAML_EXAMPLE, 'a.yaml').scenario;
    const fromJson = parseScenarioText(JSON.stringify(exampleScenario()), 'b.json').scenario;
    expect(fromYaml.dataCenters[0]!.pools[0]!.price).toBe(65_000);
    expect(fromJson.dataCenters).toHaveLength(2);
  });

  it('points a validation error at the line and column of the value', () => {
    const broken = YAML_EXAMPLE.replace('units: 8000', 'units: -8000');
    expect(messageOf(() => parseScenarioText(broken, 'a.yaml'))).toBe(
      'a.yaml:20:61: dataCenters[0].pools[0].units: must not be negative (got -8000)',
    );
    const noPue = YAML_EXAMPLE.replace('    pue: 1.2\n', '');
    // A missing field points at the record that lacks it.
    expect(messageOf(() => parseScenarioText(noPue, 'a.yaml'))).toBe('a.yaml:8:5: dataCenters[0].pue: is required');
  });

  it('reports malformed YAML with its position', () => {
    expect(messageOf(() => parseScenarioText('version: 1\nhubs: [\n', 'a.yaml'))).toMatch(/^a\.yaml:\d+:\d+: malformed YAML: /);
    expect(messageOf(() => parseScenarioText('version: 1\nversion: 2\n', 'a.yaml'))).toBe(
      'a.yaml:2:1: malformed YAML: Map keys must be unique',
    );
  });

  it('reports malformed JSON', () => {
    expect(messageOf(() => parseScenarioText('{"version": 1,', 'a.json'))).toMatch(/^a\.json: malformed JSON: /);
  });

  it('turns paths back into parts', () => {
    expect(parsePath('dataCenters[3].pools[0].units')).toEqual(['dataCenters', 3, 'pools', 0, 'units']);
    expect(parsePath('')).toEqual([]);
  });
});

describe('loadScenarioFile', () => {
  it('loads the reference scenarios without warnings', () => {
    for (const f of [NATIONAL, CHONGQING]) {
      const loaded = loadScenarioFile(f);
      expect(loaded.warnings).toEqual([]);
      expect(loaded.network.dataCenters.size).toBe(loaded.scenario.dataCenters.length);
    }
  });

  it('says when a file cannot be read', () => {
    const dir = tempDir();
    expect(messageOf(() => loadScenarioFile(join(dir, 'missing.yaml')))).toBe(`${join(dir, 'missing.yaml')}: cannot read: no such file`);
    expect(messageOf(() => loadScenarioFile(dir))).toBe(`${dir}: cannot read: is a directory`);
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    expect(messageOf(() => loadScenarioFile(empty))).toBe(`${empty}: is empty: expected a scenario (version, name, hubs, origins, dataCenters)`);
  });
});
