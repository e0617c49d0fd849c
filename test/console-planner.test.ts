import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, noSeriousViolations, openMenu, shoot, signIn, withBrowser } from './browser.js';
import { CHONGQING, runCli, tempDir } from './helpers.js';
import { startPlatform, stopStarted } from './spawned.js';

/** The console lists the planner's runs from the platform's planner folder and shows a run's own report. */
withBrowser('the console\'s planner page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    stopStarted('SIGKILL');
  });

  it('lists a run written by suanli simulate and shows its report in a sandboxed frame, in English and Chinese', async () => {
    const dir = tempDir('suanli-console-planner-');
    const jobs = join(dir, 'week.csv');
    expect((await runCli('jobs', 'generate', '--scenario', CHONGQING, '--count', '4000', '--rate', '0.05', '--seed', '7', '--out', jobs)).code).toBe(0);
    // The planner's folder is planner/ in the platform's data dir.
    mkdirSync(join(dir, 'platform', 'planner'), { recursive: true });
    const sim = await runCli('simulate', '--scenario', CHONGQING, '--jobs', jobs, '--what-if', 'data/what-if/xinjiang-to-chongqing.yaml', '--what-if', 'data/what-if/hami-dark-at-noon.yaml', '--out', join(dir, 'platform', 'planner', 'xinjiang-week'));
    expect(sim.code, sim.stderr).toBe(0);
    const { url, admin } = await startPlatform(['--data-dir', join(dir, 'platform'), '--scenario', CHONGQING]);
    const page = await signIn(browser, url, admin);
    await page.getByTestId('totals').waitFor();
    await openMenu(page, 'Planner');
    const table = page.getByTestId('planner-runs');
    await table.waitFor();
    await expect.poll(() => table.innerText()).toContain('xinjiang-week');
    expect(await table.innerText()).toMatch(/without-xinjiang ¥[\d,.]+ ?\+\d+(\.\d)?%/);
    await page.getByRole('button', { name: 'Show report' }).click();
    const frame = page.frameLocator('[data-testid=planner-report]');
    await frame.locator('body[data-ready=true]').waitFor({ timeout: 15_000 });
    expect(await frame.locator('#kpis').innerText()).toContain('hami-dark');
    expect(await frame.locator('canvas').count()).toBe(9);
    // The report's scripts run in a frame of its own origin: it cannot read the console's session.
    expect(await page.getByTestId('planner-report').getAttribute('sandbox')).toBe('allow-scripts');
    expect(page.errors).toEqual([]);
    await noSeriousViolations(page, 'planner page');
    await shoot(page, 'planner');
    const zh = await signIn(browser, url, admin, 'zh-CN');
    await zh.getByTestId('totals').waitFor();
    await openMenu(zh, '规划推演');
    await zh.getByTestId('planner-runs').waitFor();
    expect(await zh.getByText('基准与假设情景').count()).toBeGreaterThan(0);
    await shoot(zh, 'planner-zh');
  }, 120_000);
});
