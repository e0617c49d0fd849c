import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, noSeriousViolations, openMenu, shoot, signIn as openSignedIn, withBrowser } from './browser.js';
import { tempDir } from './helpers.js';
import { startSuanli, stopStarted, until } from './spawned.js';

/** What people do in the console, end to end, against a real `suanli serve --demo`: buy, submit, publish, administer. */
withBrowser('the console\'s flows', () => {
  let browser: Browser;
  let url: string;
  let admin: string;
  let tenant: string;
  const api = async (path: string, token = admin, method = 'GET', body?: unknown) => {
    const res = await fetch(`${url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) });
    return { status: res.status, body: await res.json() as any }; // eslint-disable-line @typescript-eslint/no-explicit-any -- the API's JSON
  };
  const signIn = (token: string, locale = 'en-US') => openSignedIn(browser, url, token, locale);

  beforeAll(async () => {
    const dir = tempDir('suanli-console-flows-');
    const p = startSuanli(['serve', '--demo', '--port', '0', '--data-dir', dir, '--log-level', 'warn']);
    url = await until('the platform', () => /Console\s+(\S+)\//.exec(p.output())?.[1], 60_000);
    [admin, tenant] = [...p.output().matchAll(/Token\s+(sl_\S+)/g)].map((m) => m[1]!) as [string, string];
    browser = await launch();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    stopStarted('SIGTERM');
  });

  it('a tenant searches offers, buys by requirement after seeing the match, submits a job under the order and sees it placed with its explanation', async () => {
    const page = await signIn(tenant);
    await page.getByRole('heading', { name: 'Computing power offers' }).waitFor();
    const rows = page.getByTestId('offers').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const me = (await api('/v1/me', tenant)).body;
    const origin = (await api('/v1/network', tenant)).body.origins[0].id as string;
    const listed = (await api(`/v1/offers?origin=${origin}&sort=price&limit=20`, tenant)).body.offers as { dataCenter: string }[];
    expect(await rows.count()).toBe(listed.length);
    expect(await rows.first().innerText()).toContain(listed[0]!.dataCenter);
    expect(await page.getByTestId('offers-scatter').locator('canvas').count()).toBe(1);
    await shoot(page, 'offers.en');
    await noSeriousViolations(page, 'offers');
    // Filtered by model, the list is the API's for the same filter.
    await page.getByLabel('Model').fill('A100');
    const a100 = (await api(`/v1/offers?origin=${origin}&sort=price&model=A100&limit=20`, tenant)).body.offers as { id: string }[];
    await expect.poll(async () => (await rows.allInnerTexts()).every((r) => r.includes('A100')) && await rows.count() === a100.length, { timeout: 15_000 }).toBe(true);
    await page.getByLabel('Model').fill('');
    // Buying one offer shows its quote first, as the API gives it.
    const first = (await api(`/v1/offers?origin=${origin}&sort=price&limit=1`, tenant)).body.offers[0] as { id: string; dataCenter: string; pool: string };
    await page.getByRole('button', { name: `Buy offer ${first.id}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Preview' }).click();
    await expect.poll(() => page.getByRole('dialog').getByTestId('quote-where').innerText()).toBe(`${first.dataCenter} · ${first.pool}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('menuitem', { name: 'Buy' }).click();
    await page.getByRole('heading', { name: 'Buy by requirement' }).waitFor();
    await page.getByTestId('buy-preview').click();
    await page.getByTestId('quote').waitFor();
    // The preview is the API's own quote for the same requirement.
    const quote = (await api('/v1/orders/quote', tenant, 'POST', { requirement: { origin, class: 'intelligent', units: 1, durationS: 3600, latency: 'batch', dataGb: 0 }, mode: 'on-demand' })).body;
    expect(await page.getByTestId('quote-where').innerText()).toBe(`${quote.offer.dataCenter} · ${quote.offer.pool}`);
    await page.getByTestId('explanation-rules').waitFor();
    await shoot(page, 'buy.en');
    await noSeriousViolations(page, 'buy');
    const ordersBefore = (await api('/v1/orders?limit=500', tenant)).body.orders.length as number;
    await page.getByTestId('buy-confirm').click();
    await page.getByRole('heading', { name: 'Submit a job' }).waitFor();
    await expect.poll(async () => (await api('/v1/orders?limit=500', tenant)).body.orders.length).toBe(ordersBefore + 1);
    const order = (await api('/v1/orders?limit=1', tenant)).body.orders[0];
    expect(order.offers[0].dataCenter).toBe(quote.offer.dataCenter);

    await page.getByLabel('Name').fill('console e2e');
    await page.getByTestId('submit-job').click();
    await page.getByRole('heading', { name: /^Job job_/ }).waitFor();
    const jobId = new URL(page.url()).pathname.split('/').pop()!;
    const job = await until('the job to be placed', async () => {
      const j = (await api(`/v1/jobs/${jobId}`, tenant)).body;
      return j.placement ? j : undefined;
    }, 30_000);
    expect(job.spec).toMatchObject({ name: 'console e2e', order: order.id, tenant: me.tenant });
    await expect.poll(() => page.getByTestId('job-where').innerText(), { timeout: 15_000 }).toBe(`${job.placement.dataCenter} · ${job.placement.pool}`);
    await page.getByTestId('explanation').waitFor();
    expect(await page.getByTestId('explanation').innerText()).toContain(order.id);
    await shoot(page, 'job.en');
    await noSeriousViolations(page, 'job');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('a job submitted as JSON shows the engine\'s reasons: each rule\'s removals, the winner\'s costs and the runner-up', async () => {
    const page = await signIn(tenant);
    await page.goto(`${url}/jobs/new`);
    await page.getByRole('tab', { name: 'JSON' }).click();
    const origin = (await api('/v1/network', tenant)).body.origins[0].id as string;
    await page.getByTestId('job-json').fill(JSON.stringify({ origin, class: 'intelligent', units: 1, durationS: 600, latency: 'batch' }));
    await page.getByTestId('submit-json').click();
    await page.getByRole('heading', { name: /^Job job_/ }).waitFor();
    const jobId = new URL(page.url()).pathname.split('/').pop()!;
    const job = await until('the job to be placed', async () => {
      const j = (await api(`/v1/jobs/${jobId}`, tenant)).body;
      return j.placement && Array.isArray(j.explanation?.checkers) ? j : undefined;
    }, 30_000);
    const rules = page.getByTestId('explanation-rules').locator('tbody tr.ant-table-row');
    await expect.poll(() => rules.count(), { timeout: 15_000 }).toBe(job.explanation.checkers.length);
    expect(await page.getByTestId('winner').innerText()).toContain(job.explanation.winner.dataCenter);
    if (job.explanation.runnerUp) expect(await page.getByTestId('runner-up').innerText()).toContain(job.explanation.runnerUp.dataCenter);
    // A body the API refuses names its field, and nothing is made.
    await page.goto(`${url}/jobs/new`);
    await page.getByRole('tab', { name: 'JSON' }).click();
    // The demo's demand generator submits for this tenant too: the refused body is told apart by its name.
    await page.getByTestId('job-json').fill(JSON.stringify({ origin, class: 'intelligent', units: 0, durationS: 600, latency: 'batch', name: 'refused by the API' }));
    await page.getByTestId('submit-json').click();
    await page.getByTestId('api-error').waitFor();
    expect(await page.getByTestId('api-error').innerText()).toContain('units');
    const listed = (await api('/v1/jobs?limit=500', tenant)).body.jobs as { spec: { name?: string } }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((j) => j.spec.name === 'refused by the API')).toEqual([]);
    await page.context().close();
  });

  it('a tenant opening another tenant\'s job gets the not-found page', async () => {
    await api('/v1/tenants', admin, 'POST', { id: 'rival', name: 'Rival Co' });
    const rival = (await api('/v1/users', admin, 'POST', { name: 'rival dev', role: 'tenant-member', tenant: 'rival' })).body.secret as string;
    const origin = (await api('/v1/network', tenant)).body.origins[0].id as string;
    const theirs = (await api('/v1/jobs', rival, 'POST', { origin, class: 'general', units: 1, durationS: 60, latency: 'batch' })).body.id as string;
    const page = await signIn(tenant);
    await page.getByRole('heading', { name: 'Computing power offers' }).waitFor();
    await page.goto(`${url}/jobs/${theirs}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await page.getByText(theirs).count()).toBe(0);
    await page.context().close();
  });

  it("a job's output shows on its page, stdout and stderr, as the job wrote it", async () => {
    const origin = (await api('/v1/network', tenant)).body.origins[0].id as string;
    const job = (await api('/v1/jobs', tenant, 'POST', { origin, class: 'general', units: 1, durationS: 60, latency: 'batch', command: 'echo "hello from the job"; echo "<b>not markup</b>"; echo "a warning" >&2; sleep 3' })).body.id as string;
    const page = await signIn(tenant);
    await page.getByRole('heading', { name: 'Computing power offers' }).waitFor({ timeout: 20_000 });
    await page.goto(`${url}/jobs/${job}`);
    await until('the job to end', async () => (['succeeded', 'failed'].includes((await api(`/v1/jobs/${job}`, tenant)).body.state) ? true : undefined), 45_000).catch(async (e: Error) => {
      throw new Error(`${e.message}: ${JSON.stringify((await api(`/v1/jobs/${job}`, tenant)).body).slice(0, 800)}`);
    });
    // Its last output arrives with its end: the page reads it again then, and shows it as text (markup included).
    await expect.poll(() => page.getByTestId('job-stdout').textContent({ timeout: 1000 }).catch(() => ''), { timeout: 20_000 }).toBe('hello from the job\n<b>not markup</b>\n');
    await page.getByRole('tab', { name: 'Standard error' }).click();
    await expect.poll(() => page.getByTestId('job-stderr').textContent({ timeout: 1000 }).catch(() => '')).toBe('a warning\n');
    await page.getByRole('tab', { name: 'Standard output' }).click();
    await shoot(page, 'job-output.en');
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('a tenant sees its jobs update live, its balance, and its statement with a CSV download', async () => {
    const page = await signIn(tenant);
    await page.getByRole('heading', { name: 'Computing power offers' }).waitFor();
    await page.getByRole('menuitem', { name: 'Jobs' }).click();
    await page.getByRole('heading', { name: 'Jobs' }).waitFor();
    await expect.poll(() => page.getByTestId('live').innerText(), { timeout: 15_000 }).toBe('Live');
    const origin = (await api('/v1/network', tenant)).body.origins[0].id as string;
    const made = (await api('/v1/jobs', tenant, 'POST', { origin, class: 'general', units: 1, durationS: 60, latency: 'batch', name: 'arrives live' })).body;
    // No reload: the live stream brings the new job.
    await page.getByRole('link', { name: made.id }).waitFor({ timeout: 20_000 });
    // A hidden tab closes the stream; shown again, it follows again.
    const visibility = (hidden: boolean) => page.evaluate(`Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${hidden} }); document.dispatchEvent(new Event('visibilitychange'))`);
    await visibility(true);
    await expect.poll(() => page.getByTestId('live').innerText()).toBe('Paused');
    await visibility(false);
    await expect.poll(() => page.getByTestId('live').innerText(), { timeout: 15_000 }).toBe('Live');
    await shoot(page, 'jobs.en');
    await noSeriousViolations(page, 'jobs');
    await page.getByRole('menuitem', { name: 'Billing' }).click();
    await page.getByRole('heading', { name: 'Balance and statement' }).waitFor();
    const me = (await api('/v1/me', tenant)).body;
    const balance = (await api(`/v1/tenants/${me.tenant}/balance`, tenant)).body;
    await expect.poll(() => page.getByTestId('balance-available').innerText()).toContain(Number(balance.available.yuan).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 }).split('.')[0]!);
    await page.getByTestId('statement-lines').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('statement-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^statement-.*\.csv$/);
    await shoot(page, 'billing.en');
    await noSeriousViolations(page, 'billing');
    await page.context().close();
  });

  it('an operator publishes an offer of its own pool, and sees it among its offers and in the catalogue', async () => {
    const dcs = (await api('/v1/datacenters?limit=2', admin)).body.dataCenters as { id: string; pools: { id: string }[] }[];
    const operator = (await api('/v1/users', admin, 'POST', { name: 'ops team', role: 'dc-operator', dataCenters: [dcs[0]!.id] })).body.secret as string;
    const page = await signIn(operator);
    await page.getByRole('heading', { name: 'My data centers' }).waitFor();
    await page.getByTestId('operator-dc').first().waitFor();
    await page.getByTestId('new-offer').click();
    await page.getByTestId('offer-pool').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByTestId('offer-price').fill('12.5');
    // The message shows for a few seconds: watch for it from before the click, so that a busy machine does not miss it.
    await Promise.all([page.getByText(/^Offer off_\S+ published$/).waitFor(), page.getByRole('button', { name: 'Publish' }).click()]);
    const mine = await until('the offer', async () => ((await api('/v1/offers?all=true&limit=500', operator)).body.offers as { id: string; price: string; dataCenter: string }[]).find((o) => o.price === '12.5'));
    expect(mine.dataCenter).toBe(dcs[0]!.id);
    await page.getByTestId('operator-offers').getByText(mine.id).waitFor();
    expect((await api(`/v1/offers/${mine.id}`, tenant)).body).toMatchObject({ id: mine.id, state: 'open', price: '12.5' });
    // Paused, it leaves the catalogue; resumed, it is back; repriced, buyers see the new price.
    await page.getByRole('button', { name: `Pause offer ${mine.id}` }).click();
    await expect.poll(async () => (await api(`/v1/offers/${mine.id}`, tenant)).body.state).toBe('paused');
    await page.getByRole('button', { name: `Resume offer ${mine.id}` }).click();
    await expect.poll(async () => (await api(`/v1/offers/${mine.id}`, tenant)).body.state).toBe('open');
    await page.getByLabel(`New price of ${mine.id}`).fill('11');
    await page.getByLabel(`New price of ${mine.id}`).press('Tab');
    await page.getByTestId('operator-offers').locator('tr', { hasText: mine.id }).getByRole('button', { name: 'Set' }).click();
    await expect.poll(async () => (await api(`/v1/offers/${mine.id}`, tenant)).body.price).toBe('11');
    await shoot(page, 'operator.en');
    await noSeriousViolations(page, 'operator');
    await page.context().close();
  });

  it('an admin creates a tenant and a user of it, whose token then signs in', async () => {
    const page = await signIn(admin);
    await page.getByTestId('totals').waitFor();
    await openMenu(page, 'Tenants', 'Administration', 'tenant-id');
    await page.getByTestId('tenant-id').fill('northwind');
    await page.getByTestId('tenant-name').fill('Northwind Compute');
    await page.getByTestId('tenant-create').click();
    await page.getByTestId('tenants').getByText('Northwind Compute').waitFor();
    expect((await api('/v1/tenants')).body.tenants.map((x: { id: string }) => x.id)).toContain('northwind');
    await shoot(page, 'tenants.en');
    await noSeriousViolations(page, 'tenants');
    await openMenu(page, 'Users', 'Administration', 'user-name');
    await page.getByTestId('user-name').fill('nw analyst');
    await page.getByTestId('user-role').click();
    await page.locator('.ant-select-item-option[title="tenant member"]').click();
    await page.getByTestId('user-tenant').click();
    await page.locator('.ant-select-item-option[title="Northwind Compute (northwind)"]').click();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-secret').waitFor();
    const secret = /sl_\S+/.exec(await page.getByTestId('user-secret').innerText())?.[0];
    expect(secret).toBeDefined();
    expect((await api('/v1/me', secret!)).body).toMatchObject({ name: 'nw analyst', role: 'tenant-member', tenant: 'northwind' });
    await shoot(page, 'users.en');
    await noSeriousViolations(page, 'users');
    await openMenu(page, 'Audit', 'Administration', 'audit-verify');
    expect(await page.getByTestId('audit-verify').innerText()).toContain('The audit chain verifies');
    await shoot(page, 'audit.en');
    await openMenu(page, 'Settings', 'Administration', 'settings');
    const settings = (await api('/v1/settings')).body.settings as { key: string; source: string }[];
    await expect.poll(() => page.getByTestId('settings').locator('tbody tr.ant-table-row').count()).toBe(settings.length);
    expect(await page.getByTestId('settings').innerText()).toContain(settings.find((x) => x.key === 'demo')!.source);
    await shoot(page, 'settings.en');
    await noSeriousViolations(page, 'settings');
    await page.getByRole('menuitem', { name: 'Federation' }).click();
    await page.getByRole('heading', { name: 'Federation' }).waitFor();
    await page.getByRole('button', { name: /^suanli:\/\// }).first().click();
    await page.getByTestId('resolved').waitFor();
    await shoot(page, 'federation.en');
    await noSeriousViolations(page, 'federation');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('shows every page in Chinese too, readable by a screen reader', async () => {
    const origin = (await api('/v1/network', tenant)).body.origins[0].id as string;
    const job = (await api('/v1/jobs', tenant, 'POST', { origin, class: 'intelligent', units: 1, durationS: 600, latency: 'batch' })).body.id as string;
    await until('the job to be placed', async () => ((await api(`/v1/jobs/${job}`, tenant)).body.placement ? true : undefined), 30_000);
    const t = await signIn(tenant, 'zh-CN');
    await t.getByRole('heading', { name: '算力商品' }).waitFor();
    await t.getByTestId('offers').locator('tbody tr.ant-table-row').first().waitFor();
    await shoot(t, 'offers.zh-CN');
    await noSeriousViolations(t, 'offers in Chinese');
    await t.getByRole('menuitem', { name: '购买' }).click();
    await t.getByTestId('buy-preview').click();
    await t.getByTestId('quote').waitFor();
    await shoot(t, 'buy.zh-CN');
    await noSeriousViolations(t, 'buy in Chinese');
    await t.goto(`${url}/jobs/${job}`);
    await t.getByTestId('explanation-rules').waitFor();
    expect(await t.getByText('调度解释').count()).toBe(1);
    await shoot(t, 'job.zh-CN');
    await noSeriousViolations(t, 'job in Chinese');
    await t.getByRole('menuitem', { name: '作业' }).click();
    await t.getByTestId('jobs').waitFor();
    await shoot(t, 'jobs.zh-CN');
    await t.getByRole('menuitem', { name: '账单' }).click();
    await t.getByTestId('statement-lines').waitFor();
    await shoot(t, 'billing.zh-CN');
    await noSeriousViolations(t, 'billing in Chinese');
    expect(t.errors).toEqual([]);
    await t.context().close();

    const a = await signIn(admin, 'zh-CN');
    await a.getByTestId('totals').waitFor();
    for (const [menu, name, check] of [['租户', 'tenants', 'tenants'], ['用户', 'users', 'tokens'], ['审计', 'audit', 'audit-verify'], ['联邦', 'federation', 'federation-children'], ['设置', 'settings', 'settings']] as const) {
      await openMenu(a, menu, menu === '联邦' ? undefined : '管理', check);
      await shoot(a, `${name}.zh-CN`);
      await noSeriousViolations(a, `${name} in Chinese`);
    }
    await a.context().close();

    const dcs = (await api('/v1/datacenters?limit=1', admin)).body.dataCenters as { id: string }[];
    const operator = (await api('/v1/users', admin, 'POST', { name: '运维', role: 'dc-operator', dataCenters: [dcs[0]!.id] })).body.secret as string;
    const o = await signIn(operator, 'zh-CN');
    await o.getByRole('heading', { name: '我的数据中心' }).waitFor();
    await o.getByTestId('operator-dc').waitFor();
    await shoot(o, 'operator.zh-CN');
    await noSeriousViolations(o, 'operator in Chinese');
    await o.goto(`${url}/datacenters/${dcs[0]!.id}`);
    await o.getByTestId('totals').waitFor();
    await shoot(o, 'datacenter.zh-CN');
    const network = (await api('/v1/network', admin)).body as { clusters: { id: string }[] };
    const ca = await signIn(admin, 'zh-CN');
    await ca.getByTestId('totals').waitFor();
    await ca.goto(`${url}/clusters/${network.clusters[0]!.id}`);
    await ca.getByTestId('hub-datacenters').waitFor();
    await ca.getByTestId('totals').waitFor();
    await shoot(ca, 'cluster.zh-CN');
    await noSeriousViolations(ca, 'cluster in Chinese');
    await ca.context().close();
    await o.context().close();
  }, 180_000);
});
