#!/usr/bin/env node
// The console's speed budgets, in Debian's Chromium on loopback:
//   - the overview's first paint and the time until its figures show, on the reference network;
//   - the map of a generated 10,000-data-center network: time until drawn, and frames while panning;
//   - the JavaScript the first page loads, gzipped.
//   node bench/console.js            (needs `npm run build` and /usr/bin/chromium)
// Figures go into bench/RESULTS.md by hand, with the date and the machine.
/* global window, requestAnimationFrame -- the functions passed to page.evaluate run in the browser */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startPlatform } from './serve.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'suanli-bench-console-'));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Opens the overview signed in, and measures paint and the moment the totals and the map are there. */
async function overview(browser, url, token) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  await context.addInitScript((t) => sessionStorage.setItem('suanli.token', t), token);
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  await page.getByTestId('totals').waitFor({ timeout: 60_000 });
  await page.locator('canvas').first().waitFor({ timeout: 60_000 });
  // Two animation frames after the map's canvas exists: it has been drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ready = Date.now() - t0;
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  return { page, context, ready, fcp };
}

/** Frames per second while dragging the map across. */
async function panFps(page) {
  const box = await page.locator('canvas').first().boundingBox();
  await page.evaluate(() => {
    window.__frames = 0;
    const count = () => { window.__frames += 1; requestAnimationFrame(count); };
    requestAnimationFrame(count);
  });
  const t0 = Date.now();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(box.x + box.width / 2 + i * 4, box.y + box.height / 2 + i * 2);
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__frames);
  return Math.round((frames / (Date.now() - t0)) * 1000);
}

function initialJs() {
  const html = readFileSync(join(root, 'web/dist/index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const all = readdirSync(join(root, 'web/dist/assets')).filter((f) => f.endsWith('.js'));
  const gz = (f) => gzipSync(readFileSync(join(root, 'web/dist', f))).length;
  return { initial: files.reduce((s, f) => s + gz(f), 0), total: all.reduce((s, f) => s + gz(`assets/${f}`), 0), files: files.length };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  console.log(`machine: ${cpus().length} cores (${cpus()[0].model.trim()}), node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const js = initialJs();
  console.log(`JavaScript the first page loads: ${(js.initial / 1024).toFixed(0)} KiB gzipped in ${js.files} files (all chunks: ${(js.total / 1024).toFixed(0)} KiB)`);

  const ref = await startPlatform(['--data-dir', join(dir, 'ref'), '--scenario', join(root, 'data/scenarios/national.yaml')]);
  for (let i = 0; i < 3; i++) {
    const o = await overview(browser, ref.url, ref.admin);
    console.log(`reference network (51 data centers), run ${i + 1}: first contentful paint ${Math.round(o.fcp)} ms, figures and map drawn ${o.ready} ms`);
    await o.context.close();
  }
  ref.proc.kill('SIGTERM');

  const big = join(dir, 'big.json');
  execFileSync(process.execPath, [join(root, 'bin/suanli.js'), 'scenario', 'generate', '--dcs', '10000', '--origins', '200', '--seed', '1', '--out', big]);
  const large = await startPlatform(['--data-dir', join(dir, 'big'), '--scenario', big]);
  for (let i = 0; i < 2; i++) {
    const o = await overview(browser, large.url, large.admin);
    const fps = await panFps(o.page);
    console.log(`generated network (10,000 data centers), run ${i + 1}: figures and map drawn ${o.ready} ms; panning ${fps} frames/s`);
    await o.context.close();
  }
  large.proc.kill('SIGTERM');
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
