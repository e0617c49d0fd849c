import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, withBrowser } from './browser.js';
import { CHONGQING, runCli, tempDir } from './helpers.js';

/** The report docs/planner.md walks through, drawn by Chromium with every request that leaves the file refused. */
withBrowser('the planner report in a browser', () => {
  let browser: Browser;
  const dir = tempDir('suanli-report-');
  const SHOTS = join(import.meta.dirname, '..', 'docs', 'planner');
  beforeAll(async () => {
    browser = await launch();
    const jobs = join(dir, 'chongqing-week.csv');
    expect((await runCli('jobs', 'generate', '--scenario', CHONGQING, '--count', '20000', '--rate', '0.033', '--seed', '7', '--out', jobs)).code).toBe(0);
    for (const lang of ['en', 'zh-CN']) {
      const r = await runCli('simulate', '--scenario', CHONGQING, '--jobs', jobs, '--what-if', 'data/what-if/xinjiang-to-chongqing.yaml', '--what-if', 'data/what-if/hami-dark-at-noon.yaml', '--lang', lang, '--out', join(dir, lang));
      expect(r.code, r.stderr).toBe(0);
    }
  }, 120_000);
  afterAll(async () => browser?.close());

  for (const lang of ['en', 'zh-CN']) {
    it(`draws every chart and table offline (${lang})`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : (outside.push(route.request().url()), route.abort())));
      await page.goto(pathToFileURL(join(dir, lang, 'report.html')).href);
      await page.waitForSelector('body[data-ready=true]', { timeout: 15_000 });
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      // Cost and CO2, then a use chart and a flow chart per run, then the waits: 2 + 3 + 3 + 1.
      expect(await page.locator('canvas').count()).toBe(9);
      expect(await page.locator('#kpis tr').count()).toBe(4);
      expect(await page.locator('#capacity tr').count()).toBe(4);
      expect(await page.locator('#provinces tr').count()).toBeGreaterThan(5);
      await expect.poll(() => page.locator('#kpis').innerText()).toContain('without-xinjiang');
      expect(readFileSync(join(dir, lang, 'report.html'), 'utf8')).toContain(`<html lang="${lang}">`);
      await page.waitForTimeout(300);
      if (lang === 'en') {
        const names = ['runs', 'cost', 'use', 'flow', 'waits', 'capacity', 'provinces'];
        for (const [i, name] of names.entries()) await page.locator('section').nth(i).screenshot({ path: join(SHOTS, `report-${name}.png`) });
      } else {
        await page.screenshot({ path: join(SHOTS, 'report-zh.png'), fullPage: true });
      }
      await page.close();
    }, 60_000);
  }
});
