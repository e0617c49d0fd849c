import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { FEDERATIONS_DIR, federationFile, listFederations, loadFederation } from './federation-file.js';

const SCENARIOS = join(FEDERATIONS_DIR, '..', 'scenarios');

/** Writes a federation file beside copies of nothing: its scenario paths point at the shipped scenarios. */
function fedFile(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'suanli-fedfile-'));
  const file = join(dir, 'f.yaml');
  writeFileSync(file, body.replaceAll('SCENARIOS', SCENARIOS));
  return file;
}

const issues = (file: string): { path: string; message: string }[] => {
  try {
    loadFederation(file);
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map(({ path, message }) => ({ path, message }));
    throw e;
  }
  throw new Error('expected the file to be refused');
};

const HEAD = 'version: 1\nid: t\nname: T\nnameZh: 测\ndescription: d\nplatforms:\n';
const top = '  - { id: top, role: national, name: Top, nameZh: 顶, source: test, scenario: { file: SCENARIOS/national.yaml, hubs: [gansu] } }\n';

describe('federation files', () => {
  it('ships yrd-1plus4 and national-west, each with one platform at the top, parents first, and every data center owned once', () => {
    expect(listFederations().map((f) => f.id)).toEqual(['national-west', 'yrd-1plus4']);
    const yrd = loadFederation(federationFile('yrd-1plus4'));
    expect(yrd.platforms.map((p) => [p.id, p.role, p.parent ?? null, p.scenario?.dataCenters ?? 0])).toEqual([
      ['national', 'national', null, 19], ['yrd-shanghai', 'hub', 'national', 0],
      ['sh-trading', 'regional', 'yrd-shanghai', 2], ['suzhou', 'regional', 'yrd-shanghai', 1], ['jiashan', 'regional', 'yrd-shanghai', 2], ['wuhu', 'regional', 'yrd-shanghai', 4],
    ]);
    // A part keeps only its own hubs, clusters and origins, with their sources.
    const wuhu = yrd.platforms.find((p) => p.id === 'wuhu')!.scenario!.document as { hubs: { id: string }[]; clusters: { id: string }[]; origins: { id: string }[]; dataCenters: { source: unknown }[] };
    expect([wuhu.hubs.map((h) => h.id), wuhu.clusters.map((c) => c.id), wuhu.origins.map((o) => o.id)]).toEqual([['yangtze-delta'], ['wuhu'], ['nanjing', 'hefei']]);
    expect(wuhu.dataCenters.every((d) => d.source !== undefined)).toBe(true);
    const west = loadFederation(federationFile('national-west'));
    expect(west.platforms.find((p) => p.id === 'chongqing-west')!.scenario!.dataCenters).toBe(15);
    expect(yrd.platforms[0]!.settings).toEqual({ federationIntervalMs: 2000, routeAfterS: 30 });
  });

  it('names an unknown federation with the known ones, and takes a path as a file of your own', () => {
    expect(() => federationFile('nope')).toThrow('federation: no federation named "nope" (known: national-west, yrd-1plus4; or give a file\'s path)');
    expect(federationFile('./mine.yaml')).toMatch(/\/mine\.yaml$/);
  });

  it('refuses a bad file with every problem at its path', () => {
    expect(issues(fedFile(`${HEAD}${top}  - { id: top, role: hub, parent: top, name: A, nameZh: 甲, source: s }\n`))).toEqual([
      { path: 'platforms[1].id', message: '"top" is already the id of platforms[0]' },
      { path: 'platforms[1].parent', message: 'a platform cannot be its own parent' },
    ]);
    expect(issues(fedFile(`${HEAD}${top}  - { id: a, role: hub, parent: b, name: A, nameZh: 甲, source: s }\n  - { id: b, role: national, parent: a, name: B, nameZh: 乙, source: s }\n  - { id: c, role: hub, parent: ghost, name: C, nameZh: 丙, source: s }\n`))).toEqual([
      { path: 'platforms[2].role', message: 'a national platform has no parent' },
      { path: 'platforms[3].parent', message: 'no platform "ghost" in this federation' },
      { path: 'platforms[1].parent', message: 'the parents of this platform form a cycle' },
      { path: 'platforms[2].parent', message: 'the parents of this platform form a cycle' },
    ]);
    expect(issues(fedFile(`${HEAD}  - { id: a, role: national, name: A, nameZh: 甲, source: s }\n  - { id: b, role: hub, name: B, nameZh: 乙, source: s }\n`))).toEqual([
      { path: 'platforms', message: 'exactly one platform must have no parent (the top), found 2: a, b' },
    ]);
    expect(issues(fedFile(`${HEAD}  - { id: a, role: mayor, name: A, nameZh: 甲, source: s, colour: red }\n`))).toEqual([
      { path: 'platforms[0].role', message: 'must be one of national, hub, regional' },
      { path: 'platforms[0]', message: 'unknown field "colour"' },
    ]);
  });

  it('checks each scenario part against its file: hubs, data centers and origins that exist, each data center owned once', () => {
    const bad = `${HEAD}${top}  - { id: b, role: hub, parent: top, name: B, nameZh: 乙, source: s, scenario: { file: SCENARIOS/national.yaml, hubs: [atlantis], dataCenters: [qy-a], origins: [gotham] } }\n`
      + '  - { id: c, role: hub, parent: top, name: C, nameZh: 丙, source: s, scenario: { file: SCENARIOS/missing.yaml } }\n';
    expect(issues(fedFile(bad))).toEqual([
      { path: 'platforms[1].scenario.hubs[0]', message: 'no hub "atlantis" in the scenario' },
      { path: 'platforms[1].scenario.origins[0]', message: 'no origin "gotham" in the scenario' },
      { path: 'platforms[1].scenario', message: 'data center "qy-a" is already owned by platform "top"' },
      { path: 'platforms[2].scenario.file', message: expect.stringMatching(/missing\.yaml: .*(no such file|cannot read)/) },
    ]);
    // A part must hold a data center.
    const none = `${HEAD}${top}  - { id: b, role: hub, parent: top, name: B, nameZh: 乙, source: s, scenario: { file: SCENARIOS/national.yaml, dataCenters: [qy-a], hubs: [gansu] } }\n`;
    expect(issues(fedFile(none))).toEqual([{ path: 'platforms[1].scenario', message: 'data center "qy-a" is already owned by platform "top"' }, ...['qy-b', 'qy-c', 'qy-d', 'qy-e', 'qy-f', 'qy-g'].map((d) => ({ path: 'platforms[1].scenario', message: `data center "${d}" is already owned by platform "top"` }))]);
  });

  it('checks settings against the platform\'s own schema, and keeps those the demo sets for itself', () => {
    const f = fedFile(`${HEAD.replace('platforms:\n', 'settings: { federationIntervalMs: 5, port: 1 }\nplatforms:\n')}  - { id: a, role: national, name: A, nameZh: 甲, source: s, settings: { routeAfterS: 0, colour: red } }\n`);
    expect(issues(f)).toEqual([
      { path: 'settings.federationIntervalMs', message: 'must be at least 100 (got number 5)' },
      { path: 'settings.port', message: "is set by the demo for each platform (use the platform's own field where there is one)" },
      { path: 'platforms[0].settings.routeAfterS', message: 'must be at least 1 (got number 0)' },
      { path: 'platforms[0].settings.colour', message: expect.stringMatching(/^unknown setting \(known: federationIntervalMs, .*, logLevel\)$/) },
    ]);
  });

  it('reports a malformed file at its line', () => {
    expect(issues(fedFile('version: 1\nplatforms: [\n'))).toEqual([{ path: '', message: expect.stringMatching(/^malformed YAML/) }]);
    expect(issues(fedFile(''))).toEqual([{ path: '', message: 'is empty: expected a federation (version, id, name, nameZh, description, platforms)' }]);
  });
});
