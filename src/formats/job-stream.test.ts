import { describe, expect, it } from 'vitest';
import { formatJobsCsv, formatJobsJsonl, jobStreamFormatOf, parseJobStream } from './job-stream.js';
import { ValidationError } from '../core/errors.js';
import { buildScenario } from '../core/network/scenario.js';
import { Network } from '../core/network/network.js';
import { exampleScenario } from '../../test/fixtures.js';

const net = new Network(buildScenario(exampleScenario()).scenario);
const HEADER = 'id,submitAt,origin,class,units,model,durationS,latency,maxLatencyMs,dataGb,residency,minGreenShare,maxPrice,tenant';

function errorLines(text: string, format: 'csv' | 'jsonl', source = 'jobs'): string[] {
  try {
    parseJobStream(text, source, format, net);
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as Error).message.split('\n');
  }
  throw new Error('expected a ValidationError');
}

describe('parseJobStream (CSV)', () => {
  it('reads every documented column', () => {
    const text = `${HEADER}\nj1,0,shanghai,intelligent,8,A100|H800,3600,batch,,120.5,gansu|Shanghai,0.8,7.25,acme\nj2,10,lanzhou,general,4,,60,,15,,,,,\n`;
    const { jobs, warnings } = parseJobStream(text, 'jobs.csv', 'csv', net);
    expect(jobs).toEqual([
      {
        id: 'j1', submitAt: 0, origin: 'shanghai', class: 'intelligent', units: 8, models: ['A100', 'H800'], durationS: 3600,
        latency: 'batch', dataGb: 120.5, residency: ['gansu', 'Shanghai'], minGreenShare: 0.8, maxPrice: 72_500, tenant: 'acme',
      },
      // maxLatencyMs alone: the class is derived from the bound.
      { id: 'j2', submitAt: 10, origin: 'lanzhou', class: 'general', units: 4, durationS: 60, latency: 'interactive', maxLatencyMs: 15, dataGb: 0 },
    ]);
    expect(warnings).toEqual([]);
  });

  it('accepts a minimal header in any order', () => {
    const { jobs } = parseJobStream('units,id,class,origin,submitAt,durationS,latency\n2,a,general,shanghai,5,10,realtime\n', 'j.csv', 'csv', net);
    expect(jobs[0]).toMatchObject({ id: 'a', units: 2, latency: 'realtime' });
  });

  it('names the line and field of each bad value', () => {
    const text = [
      HEADER,
      'j1,0,shanghai,intelligent,8,,3600,slow,,,,,,',
      'j2,0,shanghai,intelligent,8,,-5,batch,,,,,,',
      'j3,0,tokyo,intelligent,8,,60,batch,,,,,,',
      'j4,0,shanghai,quantum,8,,60,batch,,,,,,',
      'j5,0,shanghai,general,0,,60,batch,,,,,,',
      'j6,0,shanghai,general,1,,60,,,,,,,',
      'j7,0,shanghai,general,1,,60,batch,,,atlantis,,,',
      'j8,0,shanghai,general,1,,60,batch,,,,1.5,,',
      'j9,0,shanghai,general,1,,sixty,batch,,,,,,',
      'j1,0,shanghai,general,1,,60,batch,,,,,,',
      'j10,0,shanghai',
    ].join('\n');
    expect(errorLines(text, 'csv', 'jobs.csv')).toEqual([
      'jobs.csv:2: latency: must be one of realtime, interactive, batch',
      'jobs.csv:3: durationS: must be greater than 0 (got -5)',
      'jobs.csv:4: origin: unknown origin "tokyo"',
      'jobs.csv:5: class: must be one of general, intelligent, super',
      'jobs.csv:6: units: must be at least 1 (got 0)',
      'jobs.csv:7: latency: give a latency class (realtime, interactive, batch) or maxLatencyMs',
      'jobs.csv:8: residency[0]: "atlantis" is neither a hub id nor the province of any data center',
      'jobs.csv:9: minGreenShare: must be between 0 and 1 (got 1.5)',
      'jobs.csv:10: durationS: must be a number, got text "sixty"',
      'jobs.csv:11: id: duplicate job id "j1" (first on line 2)',
      'jobs.csv:12: has 3 fields, the header has 14',
    ]);
  });

  it('rejects unknown and missing columns', () => {
    expect(errorLines('id,submitAt,origin,class,units,durationS,colour\n', 'csv')).toEqual([
      `jobs:1: unknown column "colour" (known: id, submitAt, origin, class, units, model, durationS, latency, maxLatencyMs, dataGb, residency, minGreenShare, maxPrice, maxWaitS, tenant)`,
    ]);
    expect(errorLines('id,origin\n', 'csv')).toEqual(['jobs:1: missing columns "submitAt", "class", "units", "durationS"']);
    expect(errorLines('', 'csv')).toEqual(['jobs: empty file: expected a header row']);
  });

  it('warns, without failing, about a model no pool offers', () => {
    const { jobs, warnings } = parseJobStream(`${HEADER}\nj1,0,shanghai,intelligent,1,H800,60,batch,,,,,,\nj2,0,shanghai,super,1,,60,batch,,,,,,\n`, 'j.csv', 'csv', net);
    expect(jobs).toHaveLength(2);
    expect(warnings).toEqual([
      { path: 'model', message: 'job "j1": no intelligent pool offers model H800', line: 2 },
      { path: 'class', message: 'job "j2": no pool offers class super', line: 3 },
    ]);
  });
});

describe('parseJobStream (JSON Lines)', () => {
  it('reads records with lists or "|" texts', () => {
    const text = '{"id":"a","submitAt":0,"origin":"shanghai","class":"intelligent","units":1,"model":["A100","T4"],"durationS":5,"latency":"batch"}\n\n{"id":"b","submitAt":1,"origin":"shanghai","class":"general","units":1,"durationS":5,"latency":"batch","residency":"yrd"}\n';
    const { jobs } = parseJobStream(text, 'j.jsonl', 'jsonl', net);
    expect(jobs.map((j) => j.models ?? j.residency)).toEqual([['A100', 'T4'], ['yrd']]);
  });

  it('names the line of malformed JSON, non-objects and bad fields', () => {
    const text = '{"id":"a",\n[1,2]\n{"id":"b","submitAt":0,"origin":"shanghai","class":"general","units":"two","durationS":5,"latency":"batch","extra":1}\n';
    const lines = errorLines(text, 'jsonl', 'j.jsonl');
    expect(lines[0]).toMatch(/^j\.jsonl:1: malformed JSON: /);
    expect(lines.slice(1)).toEqual([
      'j.jsonl:2: each line must be a JSON object',
      'j.jsonl:3: units: must be a number, got text "two"',
      'j.jsonl:3: unknown field "extra"',
    ]);
  });

  it('lists at most 50 errors and counts the rest', () => {
    const text = Array.from({ length: 60 }, (_, i) => `{"id":"j${i}"}`).join('\n');
    const lines = errorLines(text, 'jsonl');
    expect(lines.at(-1)).toMatch(/^jobs: \.\.\. and \d+ more errors$/);
  });
});

describe('writing job streams', () => {
  it('round-trips through JSON Lines and CSV', () => {
    const text = `${HEADER}\nj1,0,shanghai,intelligent,8,A100|T4,3600,batch,,120.5,gansu,0.8,7.25,"acme, inc"\n`;
    const { jobs } = parseJobStream(text, 'j.csv', 'csv', net);
    expect(parseJobStream(formatJobsJsonl(jobs), 'j.jsonl', 'jsonl', net).jobs).toEqual(jobs);
    expect(parseJobStream(formatJobsCsv(jobs), 'j.csv', 'csv', net).jobs).toEqual(jobs);
  });

  it('picks the format from the file name', () => {
    expect(jobStreamFormatOf('a.CSV')).toBe('csv');
    expect(jobStreamFormatOf('a.jsonl')).toBe('jsonl');
  });
});
