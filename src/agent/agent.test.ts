import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers.js';
import { Agent } from './agent.js';
import { parseAgentConfig } from './config.js';
import { LocalExecutor } from './executors/local.js';

describe('agent telemetry', () => {
  it('registers its pools and sends a meter file\'s figures as metered, and configured estimates labelled as such when the file is unreadable', async () => {
    const dir = tempDir('suanli-agent-unit-');
    const meter = join(dir, 'meter.json');
    writeFileSync(meter, JSON.stringify({ powerKw: 812.5, pue: 1.18 }));
    const posts: unknown[] = [];
    const patches: unknown[] = [];
    // The platform's side of the conversation, as recorded answers.
    const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
      if (path.startsWith('/v1/agent/assignments')) return { dataCenter: 'dc-x', version: '0-0', assignments: [] };
      if (method === 'GET' && path === '/v1/datacenters/dc-x') return { pools: [{ id: 'cpu', units: 8, model: 'Xeon' }] };
      if (method === 'PATCH' && path === '/v1/datacenters/dc-x') {
        patches.push(body);
        return {};
      }
      if (method === 'POST' && path === '/v1/telemetry') {
        posts.push(body);
        return { accepted: 1 };
      }
      throw new Error(`unexpected ${method} ${path}`);
    };
    const cfg = parseAgentConfig({ dataDir: join(dir, 'agent'), meterFile: meter, estimates: { pue: 1.4, powerKwPerUnit: 0.5 }, pools: [{ id: 'cpu', units: 16, model: 'Xeon8358' }], telemetryIntervalS: 3600, pollWaitS: 60 }, 'test');
    const agent = new Agent(cfg, new LocalExecutor(join(dir, 'local')), call, pino({ level: 'silent' }));
    await agent.start();
    await agent.stop();
    // Inventory from the config: units and model of the pool.
    expect(patches).toEqual([{ pools: [{ id: 'cpu', units: 16, model: 'Xeon8358' }] }]);
    const dcSample = (b: unknown) => (b as { samples: Record<string, unknown>[] }).samples.find((s) => s.pool === undefined);
    expect(dcSample(posts[0])).toMatchObject({ dataCenter: 'dc-x', powerKw: 812.5, pue: 1.18 });
    expect(dcSample(posts[0])!.estimated).toBeUndefined();
    writeFileSync(meter, '{"powerKw": "lots"}');
    await agent.sendTelemetryNow();
    expect(dcSample(posts[1])).toMatchObject({ dataCenter: 'dc-x', pue: 1.4, powerKw: 0, estimated: true });
  });
});

describe('the agent when its platform goes down', () => {
  it('logs one line when the platform stops answering and one when it is back, waiting longer between tries meanwhile', async () => {
    const dir = tempDir('suanli-agent-down-');
    let down = false;
    const polls: number[] = [];
    const call = async (method: string, path: string): Promise<unknown> => {
      if (path.startsWith('/v1/agent/assignments')) {
        polls.push(Date.now());
        if (down) throw new (await import('../core/errors.js')).UsageError('cannot reach the platform at http://127.0.0.1:1: connect ECONNREFUSED');
        await new Promise((r) => setTimeout(r, 20));
        return { dataCenter: 'dc-x', version: '0-0', assignments: [] };
      }
      if (method === 'GET' && path === '/v1/datacenters/dc-x') return { pools: [{ id: 'cpu', units: 8 }] };
      if (down) throw new Error('the platform answered 503 to POST /v1/telemetry');
      return { accepted: 1 };
    };
    const lines: { level: number; msg: string }[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l) as { level: number; msg: string }) });
    const cfg = parseAgentConfig({ dataDir: join(dir, 'agent'), telemetryIntervalS: 1, statusIntervalS: 0.1, pollWaitS: 1 }, 'test');
    const agent = new Agent(cfg, new LocalExecutor(join(dir, 'local')), call, log);
    await agent.start();
    down = true;
    const downAt = polls.length;
    await new Promise((r) => setTimeout(r, 3500));
    const downPolls = polls.slice(downAt);
    down = false;
    await new Promise((r) => setTimeout(r, 4500));
    await agent.stop();
    const about = (re: RegExp) => lines.filter((l) => re.test(l.msg)).length;
    expect(about(/does not answer/)).toBe(1);
    expect(about(/answers again/)).toBe(1);
    // Nothing else was logged about the failed calls (telemetry, statuses, polls).
    expect(lines.filter((l) => l.level >= 40).map((l) => l.msg)).toEqual(['the platform does not answer; retrying with backoff (the next line says when it answers again)']);
    // The tries spread out: 1 s, then 2 s (three tries in 3.5 s, not one a second or faster).
    expect(downPolls.length).toBeGreaterThanOrEqual(2);
    expect(downPolls.length).toBeLessThanOrEqual(3);
  }, 20_000);
});
