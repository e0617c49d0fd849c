import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, noSeriousViolations, shoot, signIn as openSignedIn, withBrowser } from './browser.js';
import { tempDir } from './helpers.js';
import { startSuanli, stopStarted, until } from './spawned.js';

/** The console in Debian's Chromium against a real `suanli serve --demo`. */
withBrowser('the console in a browser', () => {
  let browser: Browser;
  let url: string;
  let admin: string;
  let tenant: string;
  let banner: () => string;
  const api = async (path: string, token = admin) => {
    const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return res.json() as Promise<Record<string, unknown>>;
  };

  beforeAll(async () => {
    const dir = tempDir('suanli-console-');
    const p = startSuanli(['serve', '--demo', '--port', '0', '--data-dir', dir, '--log-level', 'warn']);
    url = await until('the platform', () => /Console\s+(\S+)\//.exec(p.output())?.[1], 60_000);
    banner = p.output;
    const tokens = [...p.output().matchAll(/Token\s+(sl_\S+)/g)].map((m) => m[1]!);
    [admin, tenant] = tokens as [string, string];
    browser = await launch();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    stopStarted('SIGTERM');
  });

  const signIn = (token: string, locale = 'en-US') => openSignedIn(browser, url, token, locale);

  it('shows a regulator the map with the 8 national hubs, and national totals equal to /v1/monitoring/summary', async () => {
    const page = await signIn(admin);
    await page.getByTestId('totals').waitFor();
    const hubs = await page.getByTestId('hub').allInnerTexts();
    const network = await api('/v1/network') as { hubs: { name: string; national: boolean }[] };
    expect(hubs.map((h) => h.split('\n')[0])).toEqual(network.hubs.map((h) => h.name));
    expect(network.hubs.filter((h) => h.national)).toHaveLength(8);
    await expect.poll(() => page.getByText('8 national hubs, 10 clusters, 51 data centers').count()).toBe(1);
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
    const summary = await api('/v1/monitoring/summary') as { capacityP: Record<string, number> };
    for (const c of ['general', 'intelligent', 'super']) {
      const shown = (await page.getByTestId(`capacity-${c}`).innerText()).replace(/[^0-9.]/g, '');
      expect(Number(shown), c).toBeCloseTo(summary.capacityP[c]!, 1);
    }
    // The east-to-west flow of the last hour, as the API sums it.
    await page.getByTestId('flow-totals').waitFor();
    expect(await page.getByTestId('flow-totals').innerText()).toMatch(/^East → west: [\d,.]+ of [\d,.]+ unit-hours · batch work served in the west: (–|[\d.]+%)$/);
    await shoot(page, 'overview.en');
    await noSeriousViolations(page, 'overview');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('drills into a hub and lists its data centers', async () => {
    const page = await signIn(admin);
    await page.getByRole('link', { name: 'Gansu' }).click();
    await page.getByRole('heading', { name: 'Hub: Gansu' }).waitFor();
    const dcs = await api('/v1/datacenters?hub=gansu&limit=500') as { dataCenters: { name: string; cluster?: string }[] };
    const rows = page.getByTestId('hub-datacenters').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(dcs.dataCenters.length);
    for (const d of dcs.dataCenters) expect(await page.getByRole('cell', { name: d.name, exact: true }).count(), d.name).toBe(1);
    await page.getByTestId('totals').waitFor();
    await shoot(page, 'hub.en');
    await noSeriousViolations(page, 'hub');
    // On down: a cluster of the hub, then one of its data centers, each with the same figures.
    const network = await api('/v1/network') as { clusters: { id: string; hubId: string; name: string }[] };
    const cluster = network.clusters.find((c) => c.hubId === 'gansu')!;
    await page.getByRole('link', { name: cluster.name, exact: true }).first().click();
    await page.getByRole('heading', { name: `Cluster: ${cluster.name}` }).waitFor();
    await page.getByTestId('totals').waitFor();
    const inCluster = dcs.dataCenters.filter((d) => (d as { cluster?: string }).cluster === cluster.id);
    await expect.poll(() => rows.count()).toBe(inCluster.length);
    await shoot(page, 'cluster.en');
    await noSeriousViolations(page, 'cluster');
    await page.getByRole('link', { name: inCluster[0]!.name, exact: true }).click();
    await page.getByRole('heading', { name: `Data center: ${inCluster[0]!.name}` }).waitFor();
    await page.getByTestId('totals').waitFor();
    await shoot(page, 'datacenter.en');
    await noSeriousViolations(page, 'data center');
    await page.context().close();
  });

  it('switches to 中文 and keeps the choice after a reload', async () => {
    const page = await signIn(admin);
    await page.getByTestId('totals').waitFor();
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: '全国算力网络' }).waitFor();
    expect(await page.getByText('全国合计').count()).toBe(1);
    await page.reload();
    await page.getByRole('heading', { name: '全国算力网络' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await shoot(page, 'overview.zh-CN');
    // Place names follow the language too (nameZh in the scenario).
    await page.getByRole('link', { name: '甘肃' }).click();
    await page.getByRole('heading', { name: '枢纽：甘肃' }).waitFor();
    await page.getByRole('cell', { name: '庆阳 A', exact: true }).waitFor();
    await page.getByTestId('totals').waitFor();
    await shoot(page, 'hub.zh-CN');
    await page.getByRole('menuitem', { name: '告警' }).click();
    await page.getByRole('heading', { name: '告警' }).waitFor();
    await shoot(page, 'alerts.zh-CN');
    await noSeriousViolations(page, 'alerts in Chinese');
    await page.context().close();
  });

  it('lists the open alerts as the API does', async () => {
    const page = await signIn(admin);
    await page.getByRole('menuitem', { name: 'Alerts' }).click();
    await page.getByRole('heading', { name: 'Alerts' }).waitFor();
    const alerts = await api('/v1/alerts?limit=100') as { alerts: { message: string }[] };
    if (alerts.alerts.length > 0) await page.getByText(alerts.alerts[0]!.message).first().waitFor();
    await shoot(page, 'alerts.en');
    await page.context().close();
  });

  it('refuses a bad token with the reason, keeps the token out of the URL and storage, and returns to sign-in on a 401', async () => {
    const page = await signIn('sl_not-a-real-token');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('The platform refused this token');
    await shoot(page, 'sign-in.en');
    await noSeriousViolations(page, 'sign-in');
    await page.getByTestId('token').fill(admin);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('totals').waitFor();
    expect(page.url()).not.toContain(admin);
    expect(await page.evaluate('JSON.stringify(localStorage)')).not.toContain(admin);
    // The token stops working (another tab signed out, an admin revoked it): the next call returns the user to sign-in.
    await page.evaluate("sessionStorage.setItem('suanli.token', 'sl_revoked')");
    await page.reload();
    await page.getByTestId('token').waitFor();
    await page.context().close();
    // The sign-in page in Chinese, for a browser that asks for it.
    const zh = await signIn('sl_not-a-real-token', 'zh-CN');
    await zh.getByRole('alert').waitFor();
    expect(await zh.getByRole('heading').first().innerText()).toBe('登录算力平台');
    await shoot(zh, 'sign-in.zh-CN');
    await noSeriousViolations(zh, 'sign-in in Chinese');
    await zh.context().close();
  });

  it('signs in from the demo banner\'s link, and takes the token out of the address', async () => {
    const link = /Sign in\s+(\S+#token=\S+)\s+\(platform-admin\)/.exec(banner())?.[1];
    expect(link).toBeDefined();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(link!);
    await page.getByTestId('totals').waitFor();
    expect(page.url()).toBe(`${url}/`);
    expect(await page.evaluate('location.hash')).toBe('');
    await context.close();
  });

  it('takes a tenant to its own pages, shows it that a regulator\'s page is not for its role, and an unknown page as not found', async () => {
    const page = await signIn(tenant);
    await page.getByRole('heading', { name: 'Computing power offers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/offers');
    await page.goto(`${url}/alerts`);
    await page.getByRole('heading', { name: 'Not for this role' }).waitFor();
    expect(await page.getByTestId('totals').count()).toBe(0);
    await page.goto(`${url}/no/such/page`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await page.context().close();
  });
});
