import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertAlibabaOpenb } from './alibaba-openb.js';
import { ValidationError } from '../core/errors.js';
import { buildScenario } from '../core/network/scenario.js';
import { Network } from '../core/network/network.js';
import { formatJobsJsonl } from '../formats/job-stream.js';
import { loadScenarioFile } from '../formats/scenario-file.js';
import { exampleScenario, NATIONAL, OPENB } from '../../test/fixtures.js';

const HEADER = 'name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,deletion_time,scheduled_time';
const small = new Network(buildScenario(exampleScenario()).scenario);

describe('convertAlibabaOpenb on the real trace', () => {
  const national = loadScenarioFile(NATIONAL).network;
  const text = readFileSync(OPENB, 'utf8');

  it('maps all 8,152 tasks by the documented rules', () => {
    const { jobs, stats } = convertAlibabaOpenb(text, OPENB, national, { seed: 1 });
    expect(jobs).toHaveLength(8152);
    // Counts from the trace's README: LS 4,647, BE 3,398, Burstable 100, Guaranteed 7; 1,088 tasks without a GPU.
    expect(stats.byLatency).toEqual({ interactive: 4647, batch: 3498, realtime: 7 });
    expect(stats.byClass).toEqual({ intelligent: 7064, general: 1088 });
    const unitsOfGpuJobs = jobs.filter((j) => j.class === 'intelligent').reduce((n, j) => n + j.units, 0);
    // 6,989 x 1 + 16 x 2 + 15 x 4 + 44 x 8 GPUs.
    expect(unitsOfGpuJobs).toBe(6989 + 32 + 60 + 352);
    const origins = new Set(national.scenario.origins.map((o) => o.id));
    expect(jobs.every((j) => origins.has(j.origin) && j.durationS > 0)).toBe(true);
    // Jobs come out in submit order.
    expect(jobs.every((j, i) => i === 0 || jobs[i - 1]!.submitAt <= j.submitAt)).toBe(true);
  });

  it('writes the same bytes for the same seed, and other bytes for another', () => {
    const a = formatJobsJsonl(convertAlibabaOpenb(text, OPENB, national, { seed: 42 }).jobs);
    const b = formatJobsJsonl(convertAlibabaOpenb(text, OPENB, national, { seed: 42 }).jobs);
    const c = formatJobsJsonl(convertAlibabaOpenb(text, OPENB, national, { seed: 43 }).jobs);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('draws origins in proportion to their weight', () => {
    const { jobs } = convertAlibabaOpenb(text, OPENB, national, { seed: 5 });
    const count = (id: string) => jobs.filter((j) => j.origin === id).length;
    // Shanghai weighs 4.72, Yinchuan 0.29: about 16 times as many jobs.
    expect(count('shanghai') / count('yinchuan')).toBeGreaterThan(10);
    expect(count('shanghai') / count('yinchuan')).toBeLessThan(25);
  });

  it('compresses submit times by the given factor and keeps durations', () => {
    const plain = convertAlibabaOpenb(text, OPENB, national, { seed: 1 }).jobs;
    const fast = convertAlibabaOpenb(text, OPENB, national, { seed: 1, compress: 10 }).jobs;
    const p = plain.find((j) => j.id === 'openb-pod-0001')!;
    const f = fast.find((j) => j.id === 'openb-pod-0001')!;
    expect(f.submitAt).toBe(42706.1);
    expect(f.durationS).toBe(p.durationS);
    expect(f.origin).toBe(p.origin);
  });
});

describe('convertAlibabaOpenb rules', () => {
  it('maps GPU counts, shares, specs and QoS', () => {
    const text = [
      HEADER,
      't-share,6000,1,1,460,,LS,Running,100,200,100',
      't-8gpu,8000,1,8,1000,V100M32|T4,BE,Running,0,3600,0',
      't-cpu,12500,1,0,0,,Burstable,Running,50,50,50',
      't-g,1000,1,1,1000,G2,Guaranteed,Running,10,20,10',
    ].join('\n');
    const { jobs, stats } = convertAlibabaOpenb(text, 't.csv', small, { seed: 1, tenant: 'alibaba' });
    const byId = Object.fromEntries(jobs.map((j) => [j.id, j]));
    expect(byId['t-share']).toMatchObject({ class: 'intelligent', units: 1, latency: 'interactive', durationS: 100, submitAt: 100, tenant: 'alibaba' });
    expect(byId['t-share']!.models).toBeUndefined();
    // V100M32|T4 allows V100M32, A100, H800, T4, A10, H20; the example scenario has A100 and T4.
    expect(byId['t-8gpu']).toMatchObject({ class: 'intelligent', units: 8, models: ['A100', 'T4'], latency: 'batch' });
    expect(byId['t-cpu']).toMatchObject({ class: 'general', units: 13, latency: 'batch', durationS: 1 });
    expect(byId['t-g']).toMatchObject({ models: ['A100'], latency: 'realtime' });
    expect(stats.fractionalGpuRoundedUp).toBe(1);
    expect(stats.zeroDuration).toBe(1);
  });

  it('warns when a spec maps to no model the scenario offers', () => {
    const doc = exampleScenario() as { dataCenters: { pools: { model: string }[] }[] };
    for (const d of doc.dataCenters) for (const p of d.pools) if (p.model === 'A100' || p.model === 'T4') p.model = 'Ascend910B';
    const net = new Network(buildScenario(doc).scenario);
    const { jobs, stats, warnings } = convertAlibabaOpenb(`${HEADER}\nt,1000,1,1,1000,P100,BE,Running,0,10,0\n`, 't.csv', net, { seed: 1 });
    expect(stats.unmatchedSpec).toBe(1);
    expect(jobs[0]!.models).toEqual(['P100', 'V100M16', 'V100M32', 'A10', 'A100', 'H800']);
    expect(warnings[0]!.message).toBe('"P100" maps to no model this scenario offers; kept as P100|V100M16|V100M32|A10|A100|H800');
  });

  it('rejects rows that are not an openb pod list, naming line and column', () => {
    const bad = [HEADER, 't1,abc,1,0,0,,LS,Running,0,10,0', 't2,1000,1,0,0,,Premium,Running,0,10,0', 't3,1000,1,0,0,,LS,Running,20,10,0'].join('\n');
    try {
      convertAlibabaOpenb(bad, 't.csv', small, { seed: 1 });
      throw new Error('expected a ValidationError');
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as Error).message.split('\n')).toEqual([
        't.csv:2: cpu_milli: must be a whole number >= 0, got "abc"',
        't.csv:3: qos: unknown QoS "Premium" (known: LS, BE, Burstable, Guaranteed)',
        't.csv:4: deletion_time: ends (10) before it starts (20)',
      ]);
    }
    expect(() => convertAlibabaOpenb('sn,cpu_milli\n', 'nodes.csv', small, { seed: 1 })).toThrow(
      'nodes.csv:1: not an openb pod list: missing columns name, num_gpu, gpu_milli, gpu_spec, qos, creation_time, deletion_time',
    );
    expect(() => convertAlibabaOpenb('', 'e.csv', small, { seed: 1 })).toThrow('e.csv: empty file: expected the openb pod list header');
    expect(() => convertAlibabaOpenb(HEADER, 'e.csv', small, { seed: 1, compress: 0 })).toThrow('--compress: must be a number greater than 0, got 0');
  });
});
