import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM, launch, shoot, signIn } from './browser.js';
import { existsSync } from 'node:fs';
import { runCli, tempDir } from './helpers.js';
import { freePortRun as freeRun } from './readme.js';
import { startSuanli, stopStarted, until } from './spawned.js';

afterEach(() => stopStarted());

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Row { id: string; role: string; parent: string | null; dataCenters: number; api: string; adminToken: string; pid: number }

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
type Json = any;

/** The table `--json` prints once the federation is up, or undefined before. */
function table(out: string): { platforms: Row[]; upInS: number } | undefined {
  const start = out.indexOf('{\n');
  const end = out.indexOf('\n}\n', start);
  return start >= 0 && end > start ? JSON.parse(out.slice(start, end + 2)) as { platforms: Row[]; upInS: number } : undefined;
}

describe('suanli demo federation yrd-1plus4, as real processes', () => {
  it('starts six platforms linked by request and approval; national totals add up; routed jobs run at Wuhu and in the west; the ledgers on each path reconcile; stopping leaves no process', async () => {
    const base = await freeRun(6);
    const dir = tempDir('suanli-yrd-');
    const fast = { SUANLI_FEDERATION_INTERVAL_MS: '300', SUANLI_PLACEMENT_INTERVAL_MS: '200', SUANLI_ROUTE_AFTER_S: '2' };
    const demo = startSuanli(['demo', 'federation', 'yrd-1plus4', '--base-port', String(base), '--data-dir', dir, '--json'], fast);
    const up = await until('the federation to be up', () => table(demo.output()), 60_000, 200);
    expect(up.platforms.map((p) => [p.id, p.role, p.parent, p.api])).toEqual([
      ['national', 'national', null, `http://127.0.0.1:${base}/v1`], ['yrd-shanghai', 'hub', 'national', `http://127.0.0.1:${base + 1}/v1`],
      ...['sh-trading', 'suzhou', 'jiashan', 'wuhu'].map((id, i) => [id, 'regional', 'yrd-shanghai', `http://127.0.0.1:${base + 2 + i}/v1`]),
    ]);
    expect(up.upInS).toBeLessThan(30);
    expect(demo.output()).toMatch(/wuhu -> yrd-shanghai: asked to join; the key checked and the request approved/);
    const by = Object.fromEntries(up.platforms.map((p) => [p.id, p]));
    const call = async (id: string, method: string, path: string, body?: unknown): Promise<Json> => {
      const res = await fetch(`${by[id]!.api.replace(/\/v1$/, '')}${path}`, {
        method, headers: { authorization: `Bearer ${by[id]!.adminToken}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return res.json();
    };

    // Every link is healthy, and was made by request: each child's key is the one its parent approved.
    for (const p of up.platforms.filter((x) => x.parent !== null)) {
      const mine = await call(p.id, 'GET', '/v1/federation/status');
      expect(mine.parent).toMatchObject({ id: p.parent, healthy: true });
      const theirs = await call(p.parent!, 'GET', '/v1/federation/status');
      expect(theirs.children.map((c: { id: string }) => c.id)).toContain(p.id);
    }

    // The national totals equal the sum of what every platform owns.
    const owned: Record<string, number> = {};
    let dcs = 0;
    for (const p of up.platforms.filter((x) => x.dataCenters > 0)) {
      for (const d of (await call(p.id, 'GET', '/v1/datacenters?limit=100')).dataCenters as { pools: { class: string; units: number }[] }[]) {
        dcs++;
        for (const pool of d.pools) owned[pool.class] = (owned[pool.class] ?? 0) + pool.units;
      }
    }
    expect(dcs).toBe(28);
    const national = await until('every upload at the top', async () => {
      const s = await call('national', 'GET', '/v1/monitoring/summary');
      return s.dataCenters?.total === dcs ? s : undefined;
    });
    for (const cls of Object.keys(owned)) expect(national.capacityUnits[cls]).toBe(owned[cls]);
    // The hub's figure is its four platforms'.
    const hub = await call('yrd-shanghai', 'GET', '/v1/monitoring/summary');
    expect(hub.dataCenters.total).toBe(2 + 1 + 2 + 4);

    // A job the Shanghai trading platform's own data centers cannot take (no Ascend there) runs at Wuhu, through the interconnection platform.
    await call('sh-trading', 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' });
    await call('sh-trading', 'POST', '/v1/tenants/acme/top-ups', { amount: 1000 });
    const ascend = await call('sh-trading', 'POST', '/v1/jobs', { tenant: 'acme', origin: 'shanghai', class: 'intelligent', model: 'Ascend910B', units: 8, durationS: 3, latency: 'interactive' });
    // A batch job: the national policy (80% green power) came down, and only the west has it.
    const batch = await call('sh-trading', 'POST', '/v1/jobs', { tenant: 'acme', origin: 'shanghai', class: 'intelligent', units: 4, durationS: 3, latency: 'batch' });
    const done = async (id: string) => until(`job ${id} to succeed at its origin`, async () => {
      const j = await call('sh-trading', 'GET', `/v1/jobs/${id}`);
      return j.state === 'succeeded' ? j : undefined;
    }, 60_000, 250);
    const [a, b] = [await done(ascend.id), await done(batch.id)];
    expect(a.explanation.runsAt).toMatch(/^suanli:\/\/wuhu\/wuhu-[ad]\/ascend$/);
    expect(b.explanation.runsAt).toMatch(/^suanli:\/\/national\/qy-[a-g]\//);
    expect(a.explanation.billedMinor).toBeGreaterThan(0);
    expect(b.explanation.billedMinor).toBeGreaterThan(0);

    // Every ledger on the paths verifies, and each pair of neighbours agrees on what one owes the other
    // (read until no bill of the simulated demand is between two postings).
    const pairs = [['sh-trading', 'yrd-shanghai'], ['yrd-shanghai', 'wuhu'], ['yrd-shanghai', 'national']] as const;
    const balances = async (id: string) => Object.fromEntries(((await call(id, 'GET', '/v1/ledger/accounts')).accounts as { id: string; balance: number }[]).map((x) => [x.id, x.balance]));
    await until('the ledgers on each path to reconcile', async () => {
      const got = await Promise.all(pairs.map(async ([x, y]) => [(await balances(x))[`peer:${y}`] ?? 0, (await balances(y))[`peer:${x}`] ?? 0]));
      return got.every(([u, v]) => u !== 0 && (u as number) + (v as number) === 0) ? got : undefined;
    }, 30_000, 300);
    for (const id of ['sh-trading', 'yrd-shanghai', 'wuhu', 'national']) expect((await call(id, 'GET', '/v1/ledger/verify')).problems).toEqual([]);

    // The national platform knows the whole tree: each platform below with the parent its inventory names.
    const tree = await until('the whole tree at the top', async () => {
      const st = await call('national', 'GET', '/v1/federation/status');
      return st.below?.length === 4 && st.below.every((b: { parent: string | null }) => b.parent !== null) ? st.below : undefined;
    });
    expect(tree.map((b: { id: string; parent: string; via: string; dataCenters: number }) => [b.id, b.parent, b.via, b.dataCenters])).toEqual([
      ['jiashan', 'yrd-shanghai', 'yrd-shanghai', 2], ['sh-trading', 'yrd-shanghai', 'yrd-shanghai', 2], ['suzhou', 'yrd-shanghai', 'yrd-shanghai', 1], ['wuhu', 'yrd-shanghai', 'yrd-shanghai', 4],
    ]);
    // ... and so does its console's federation tree, whose text alternative names every platform.
    if (existsSync(CHROMIUM) || process.env.CI === 'true') {
      const browser = await launch();
      try {
        for (const [locale, menu, shot] of [['en-US', 'Federation', 'federation-yrd.en'], ['zh-CN', '联邦', 'federation-yrd.zh-CN']] as const) {
          const page = await signIn(browser, `http://127.0.0.1:${base}/`, by.national!.adminToken, locale);
          await page.getByRole('menuitem', { name: menu, exact: true }).click();
          const label = await until('the tree drawn', async () => (await page.locator('[data-testid="federation-tree"][aria-label], [data-testid="federation-tree"] [aria-label]').first().getAttribute('aria-label', { timeout: 500 })) ?? undefined);
          for (const id of ['national (national)', 'yrd-shanghai (hub)', 'sh-trading (regional)', 'suzhou (regional)', 'jiashan (regional)', 'wuhu (regional)']) expect(label).toContain(id);
          await shoot(page, shot);
          expect(page.errors).toEqual([]);
        }
      } finally {
        await browser.close();
      }
    }

    // SIGTERM stops every platform it started, by PID, and the command exits 0.
    demo.proc.kill('SIGTERM');
    await until('the demo to exit', () => (demo.proc.exitCode !== null ? demo.proc.exitCode : undefined), 30_000);
    expect(demo.proc.exitCode).toBe(0);
    expect(demo.output()).toMatch(/every platform stopped/);
    for (const p of up.platforms) expect(alive(p.pid)).toBe(false);
  }, 180_000);

  it('starts national-west, and its platforms stop themselves when the command is killed outright', async () => {
    const base = await freeRun(4);
    const demo = startSuanli(['demo', 'federation', 'national-west', '--base-port', String(base), '--data-dir', tempDir('suanli-west-'), '--json'], { SUANLI_FEDERATION_INTERVAL_MS: '300' });
    const up = await until('national-west to be up', () => table(demo.output()), 60_000, 200);
    expect(up.platforms.map((p) => [p.id, p.parent, p.dataCenters])).toEqual([
      ['national', null, 15], ['chengdu-chongqing', 'national', 0], ['chongqing-west', 'chengdu-chongqing', 15], ['xinjiang', 'chengdu-chongqing', 2],
    ]);
    // The national policy came down to Chongqing's platform (download), and its figures went up (upload).
    const get = async (i: number, path: string): Promise<Json> => (await fetch(`${up.platforms[i]!.api.replace(/\/v1$/, '')}${path}`, { headers: { authorization: `Bearer ${up.platforms[i]!.adminToken}` } })).json();
    await until('the policy at Chongqing', async () => ((await get(2, '/v1/federation/policies')).effective.batchMinGreenShare === 0.8 ? true : undefined));
    expect((await get(0, '/v1/monitoring/summary')).dataCenters.total).toBe(32);
    demo.proc.kill('SIGKILL');
    await until('every platform to stop itself', () => (up.platforms.every((p) => !alive(p.pid)) ? true : undefined), 20_000);
  }, 90_000);

  it('refuses an unknown federation, a bad file and a busy port with exit 2 and one line, starting nothing', async () => {
    const unknown = await runCli('demo', 'federation', 'atlantis');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no federation named "atlantis" \(known: national-west, yrd-1plus4/);
    const dir = tempDir('suanli-fedbad-');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'version: 1\nid: bad\nname: B\nnameZh: 坏\ndescription: d\nplatforms:\n  - { id: a, role: national, name: A, nameZh: 甲, source: s, scenario: { file: nowhere.yaml } }\n');
    const refused = await runCli('demo', 'federation', bad, '--data-dir', join(dir, 'd'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/platforms\[0\]\.scenario\.file: .*nowhere\.yaml/);
    const blocker = createServer();
    const base = await freeRun(6);
    await new Promise<void>((r) => blocker.listen(base + 3, '127.0.0.1', () => r()));
    try {
      const busy = await runCli('demo', 'federation', 'yrd-1plus4', '--base-port', String(base), '--data-dir', join(dir, 'busy'));
      expect(busy.code).toBe(2);
      expect(busy.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`port ${base + 3} on 127\\.0\\.0\\.1 is already in use`))]);
    } finally {
      blocker.close();
    }
    for (const [flag, value, message] of [['--base-port', 'eighty', 'must be a whole number from 1 to 65530, got "eighty"'], ['--base-port', '65531', 'must be a whole number from 1 to 65530, got "65531"'], ['--timeout', '0', 'must be a whole number from 1 to 3600, got "0"']] as const) {
      const bad = await runCli('demo', 'federation', 'yrd-1plus4', flag, value, '--data-dir', join(dir, 'flags'));
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe(`error: ${flag}: ${message}\n`);
    }
    const list = await runCli('demo', 'federation', '--list', '--json');
    expect(JSON.parse(list.stdout).federations.map((f: { id: string; platforms: number }) => [f.id, f.platforms])).toEqual([['national-west', 4], ['yrd-1plus4', 6]]);
  }, 60_000);
});
