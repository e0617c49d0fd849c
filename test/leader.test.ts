import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { startSuanli, stopStarted, until } from './spawned.js';

const serve = (dataDir: string) => startSuanli(['serve', '--port', '0', '--data-dir', dataDir, '--log-level', 'warn'], { SUANLI_LEADER_CHECK_MS: '200' });

afterAll(() => stopStarted());

const leaderOf = async (url: string): Promise<number | undefined> => {
  const m = /^suanli_leader (\d)$/m.exec(await (await fetch(`${url}/metrics`)).text());
  return m ? Number(m[1]) : undefined;
};

describe('two platforms on one SQLite data dir', () => {
  it('runs the background loops in one of them only, and the other takes over when the first dies', async () => {
    const dir = join(tempDir('suanli-leader-'), 'data');
    const first = serve(dir);
    const a = await until('the first platform', () => /API\s+(\S+)\/v1/.exec(first.output())?.[1]);
    await until('the first to lead', async () => ((await leaderOf(a)) === 1 ? true : undefined));
    const second = serve(dir);
    const b = await until('the second platform', () => /API\s+(\S+)\/v1/.exec(second.output())?.[1]);
    // The second has checked for leadership a few times by now.
    await new Promise((r) => setTimeout(r, 1000));
    expect([await leaderOf(a), await leaderOf(b)]).toEqual([1, 0]);
    first.proc.kill('SIGKILL');
    await until('the second to take over', async () => ((await leaderOf(b)) === 1 ? true : undefined), 10_000);
    second.proc.kill('SIGTERM');
  }, 60_000);
});
