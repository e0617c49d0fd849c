import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, noSeriousViolations, shoot, signIn, withBrowser } from './browser.js';
import { tempDir } from './helpers.js';
import { startPlatform, startSuanli, stopStarted, until } from './spawned.js';

/** A real platform, a real agent process, and the console's alerts page when the agent stops. */
withBrowser('the console\'s alerts when an agent stops', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    stopStarted('SIGKILL');
  });

  it('shows the data center as silent, with since when, once its agent has stopped', async () => {
    const dir = tempDir('suanli-console-alerts-');
    chmodSync(dir, 0o711);
    const dc = (id: string, name: string) => ({
      id, name, hub: 'west', province: 'Gansu', lat: 35.7, lon: 107.6, pue: 1.2, electricityPrice: 0.3, greenShare: 0.6, gridFactor: 0.5,
      racks: { built: 100, inUse: 50 }, pools: [{ id: 'cpu', class: 'general', model: 'Xeon', units: 64, unitTflops: 0.1, unitPowerKw: 0.01, price: 0.1 }],
    });
    writeFileSync(join(dir, 'net.json'), JSON.stringify({
      version: 1, name: 'alerts', hubs: [{ id: 'west', name: 'West', side: 'west' }],
      origins: [{ id: 'city', name: 'City', province: 'Gansu', lat: 36, lon: 104, weight: 1 }],
      dataCenters: [dc('dc-a', 'Qingyang Alpha'), dc('dc-b', 'Qingyang Beta')],
    }));
    const platform = await startPlatform(['--data-dir', join(dir, 'platform'), '--scenario', join(dir, 'net.json')], { SUANLI_STALE_AFTER_S: '5', SUANLI_AGENT_TIMEOUT_S: '5', SUANLI_ROLLUP_INTERVAL_MS: '500' });
    const { url, admin, api } = platform;
    const token = (await api(admin, 'POST', '/v1/users', { name: 'agent dc-a', role: 'dc-agent', dataCenters: ['dc-a'] })).secret as string;
    writeFileSync(join(dir, 'agent.yaml'), `platform: ${url}\ntoken: ${token}\ndataDir: ${join(dir, 'agent')}\npollWaitS: 1\nstatusIntervalS: 0.2\ntelemetryIntervalS: 1\nisolation:\n  uids: { from: 243000, to: 243099 }\n`, { mode: 0o600 });
    const agent = startSuanli(['agent', '--config', join(dir, 'agent.yaml'), '--log-level', 'warn']);
    await until('the agent', () => (agent.output().includes('agent running') ? true : undefined));
    // While it reports, dc-a is not silent (dc-b, with no agent, is).
    await until('dc-a to report', async () => ((await api(admin, 'GET', '/v1/monitoring/summary?scope=dc:dc-a')).lastReportAt ? true : undefined));
    const page = await signIn(browser, url, admin);
    await page.getByTestId('totals').waitFor();
    await page.getByRole('menuitem', { name: 'Alerts' }).click();
    await page.getByTestId('alerts').waitFor();
    expect(await page.getByText(/^Qingyang Alpha has been silent/).count()).toBe(0);
    agent.proc.kill('SIGTERM');
    // The live stream brings the alert: no reload.
    const alert = page.getByText(/^Qingyang Alpha has been silent since/);
    await alert.waitFor({ timeout: 30_000 });
    const open = (await api(admin, 'GET', '/v1/alerts?limit=100')).alerts as { scope: string; kind: string; message: string }[];
    const stale = open.find((a) => a.scope === 'dc:dc-a' && a.kind === 'stale');
    expect(stale).toBeDefined();
    expect(await alert.innerText()).toBe(stale!.message);
    await shoot(page, 'alerts-silent.en');
    await noSeriousViolations(page, 'alerts with a silent data center');
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: '告警' }).waitFor();
    await shoot(page, 'alerts-silent.zh-CN');
    await page.context().close();
    platform.proc.kill('SIGTERM');
  }, 120_000);
});
