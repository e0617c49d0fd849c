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
