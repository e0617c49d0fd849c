import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { describe, expect } from 'vitest';

/** Debian's Chromium, which the console's tests drive through playwright-core. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where the tests write the console's screenshots, which docs/console.md shows. */
export const SHOTS = join(import.meta.dirname, '../docs/console');

/** In CI the browser must be there; on a developer's machine without it, a browser suite says why it is skipped. */
export const withBrowser = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page of its own context (its own sessionStorage), signed in with `token` through the sign-in form; page errors are collected. */
export async function signIn(browser: Browser, url: string, token: string, locale = 'en-US'): Promise<Page & { errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale });
  const page = (await context.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(url);
  await page.getByTestId('token').fill(token);
  await page.getByRole('button', { name: /^(sign in|登\s?录)$/i }).click();
  return page;
}

/** axe finds no serious or critical violation on the page as it is now. */
export async function noSeriousViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}: ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join('; ')}`);
  expect(serious, what).toEqual([]);
}

/** A full-page screenshot for the docs, after the charts' animations have settled. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Opens a page from the header's menu; `under` names the entry it sits under
 * (the administration pages), and `shows` a test id the page shows once
 * open. A submenu that closes as the pointer reaches it can swallow the
 * click: with `shows`, the menu is opened once more if the page has not come.
 */
export async function openMenu(page: Page, name: string, under?: string, shows?: string): Promise<void> {
  const open = async () => {
    if (under !== undefined) await page.getByRole('menuitem', { name: under }).hover();
    await page.getByRole('menuitem', { name, exact: true }).click();
  };
  await open();
  if (shows === undefined) return;
  try {
    await page.getByTestId(shows).waitFor({ timeout: 10_000 });
  } catch {
    await open();
    await page.getByTestId(shows).waitFor();
  }
}
