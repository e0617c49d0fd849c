import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, noSeriousViolations, shoot, signIn } from './browser.js';
import { withBrowser } from './browser.js';
import { tempDir } from './helpers.js';
import { startSuanli, stopStarted, until } from './spawned.js';

/** HH:MM of a time in China Standard Time. */
const cstClock = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

/** A job that may wait, submitted from the console on the reference network with hourly prices, shows when it will start and why. */
withBrowser('the console: a job that may wait', () => {
  let browser: Browser;
  let url: string;
  let tenant: string;
  const api = async (path: string) => (await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${tenant}` } })).json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the API's JSON

  beforeAll(async () => {
    const dir = tempDir('suanli-console-start-');
    const p = startSuanli(['serve', '--demo', '--scenario', 'data/scenarios/national-hourly.yaml', '--port', '0', '--data-dir', dir, '--log-level', 'warn']);
    url = await until('the platform', () => /Console\s+(\S+)\//.exec(p.output())?.[1], 60_000);
    tenant = [...p.output().matchAll(/Token\s+(sl_\S+)/g)].map((m) => m[1]!)[1]!;
    browser = await launch();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    stopStarted('SIGTERM');
  });

  it('submits a batch job that may wait six hours and shows its planned start, the reason and the starts weighed', async () => {
    const page = await signIn(browser, url, tenant);
    await page.goto(`${url}/jobs/new`);
    await page.getByLabel('Name').fill('may wait');
    await page.getByTestId('job-wait').fill('6');
    await page.getByTestId('submit-job').click();
    await page.getByRole('heading', { name: /^Job job_/ }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const job = await until('its start to be planned', async () => {
      const j = await api(`/v1/jobs/${id}`);
      return j.start ? j : undefined;
    }, 30_000);
    expect(job.spec.maxWaitS).toBe(21_600);
    // The submission and the six whole hours after it, each at its best pool; the planned one is the cheapest.
    expect(job.start.considered).toHaveLength(7);
    const costs = job.start.considered.map((o: { costMinor: number }) => o.costMinor);
    const chosen = job.start.considered.findIndex((o: { at: string }) => o.at === job.start.plannedAt);
    expect(costs[chosen]).toBe(Math.min(...costs));

    const card = page.getByTestId('job-start');
    await card.waitFor();
    expect(await page.getByTestId('job-planned-start').innerText()).toContain(cstClock(job.start.plannedAt));
    expect(await card.innerText()).toContain(job.start.reason);
    const rows = page.getByTestId('job-starts').locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(7);
    expect(await rows.nth(chosen).innerText()).toContain('chosen');
    expect(await rows.nth(chosen).innerText()).toContain(cstClock(job.start.plannedAt));
    expect(await card.locator('canvas').count()).toBe(1);
    // Held while its start is ahead; placed once it came, or at once when now was the cheapest.
    const held = job.state === 'pending' && Date.parse(job.start.plannedAt) > Date.now();
    if (held) {
      expect(job.reason).toMatch(/^held until \d{4}-\d\d-\d\d \d\d:\d\d China Standard Time: /);
      await card.getByText('Held until its planned start').waitFor();
    } else {
      expect(job.start.reason).toBe('starting now is the cheapest in its window');
      expect(await card.getByText('Held until its planned start').count()).toBe(0);
    }
    await shoot(page, 'job-start.en');
    await noSeriousViolations(page, 'a job that may wait');
    expect(page.errors).toEqual([]);

    // In Chinese too.
    const zh = await signIn(browser, url, tenant, 'zh-CN');
    await zh.goto(`${url}/jobs/${id}`);
    await zh.getByTestId('job-start').waitFor();
    expect(await zh.getByTestId('job-start').innerText()).toContain('计划开始时间');
    expect(await zh.getByTestId('job-planned-start').innerText()).toContain('北京时间');
    await shoot(zh, 'job-start.zh-CN');
    await page.context().close();
    await zh.context().close();
  });
});
