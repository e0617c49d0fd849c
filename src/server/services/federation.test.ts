import { afterEach, describe, expect, it } from 'vitest';
import { testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { joinRequestEnvelope, keyFingerprint } from '../../federation/protocol.js';
import { newKeyPair, signEnvelope, signatureValid } from '../../federation/envelope.js';
import type { Envelope } from '../../federation/envelope.js';

describe('signed messages between platforms', () => {
  let parent: TestPlatform;
  afterEach(async () => {
    await parent?.close();
  });

  it('applies a child\'s signed messages once, and refuses and audits forged, tampered, misaddressed, stale and replayed ones', async () => {
    parent = await testPlatform('sqlite', { platformId: 'national' });
    const child = newKeyPair();
    const joined = await parent.call(parent.tokens.admin, 'POST', '/v1/federation/children', { id: 'hub-west', role: 'hub', publicKey: child.publicKey });
    expect(joined.status).toBe(201);
    expect(joined.body.parent.id).toBe('national');
    const now = parent.clock.now();
    const summary = (await parent.call(parent.tokens.admin, 'GET', '/v1/monitoring/summary')).body;
    const msg = (seq: number, over: Partial<Envelope> = {}, key = child.privateKey): Envelope =>
      ({ ...signEnvelope({ from: 'hub-west', to: 'national', seq, at: now, kind: 'summary', body: { data: summary, createdAt: now } }, key), ...over });
    const send = (messages: Envelope[]) => parent.call(undefined, 'POST', '/v1/federation/messages', { messages });

    const ok = await send([msg(1), msg(2)]);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ acked: 2, applied: 2, refused: [] });

    const tampered = msg(3);
    (tampered.body as { data: { powerKw: number } }).data.powerKw += 1;
    // A delivery the child did not sign is answered as if it came from nobody: nothing of the child shows.
    const cases: [Envelope, RegExp][] = [
      [msg(2), /^replay: sequence 2 was already applied/],
      [tampered, /^not signed by a child of this platform$/],
      [msg(3, {}, newKeyPair().privateKey), /^not signed by a child of this platform$/],
      [msg(3, { to: 'someone-else' }), /^not signed by a child of this platform$/],
      [signEnvelope({ from: 'hub-west', to: 'someone-else', seq: 3, at: now, kind: 'summary', body: {} }, child.privateKey), /^addressed to "someone-else"/],
      [signEnvelope({ from: 'hub-west', to: 'national', seq: 3, at: now - 600_000, kind: 'summary', body: {} }, child.privateKey), /outside the 300 s window/],
    ];
    for (const [m, reason] of cases) {
      const r = await send([m]);
      expect(r.status).toBe(200);
      expect(r.body.applied).toBe(0);
      expect(r.body.refused[0].reason).toMatch(reason);
      if (reason.source.includes('not signed')) expect(r.body.acked).toBe(0);
    }
    const forged = await send([signEnvelope({ from: 'impostor', to: 'national', seq: 1, at: now, kind: 'summary', body: {} }, newKeyPair().privateKey)]);
    expect(forged.body).toEqual({ acked: 0, applied: 0, refused: [{ seq: 1, reason: 'not signed by a child of this platform' }] });
    // A flood in a known child's name (ten deliveries of 500 bogus messages) is refused every time, and audited once a minute per sender.
    for (let i = 0; i < 10; i++) {
      const flood = await send(Array.from({ length: 500 }, (_, k) => msg(10 + k, {}, newKeyPair().privateKey)));
      expect(flood.body.refused).toHaveLength(500);
    }
    for (let i = 0; i < 5; i++) {
      const again = await send([signEnvelope({ from: 'impostor', to: 'national', seq: 2 + i, at: now, kind: 'summary', body: {} }, newKeyPair().privateKey)]);
      expect(again.body.refused).toHaveLength(1);
    }
    const refusals = async () => (await parent.call(parent.tokens.admin, 'GET', '/v1/audit?limit=1000')).body.entries.filter((e: { action: string }) => e.action === 'federation.refused');
    expect((await refusals()).map((e: { target: string }) => e.target)).toEqual(['hub-west#2', 'impostor#1']);
    // A minute on, the next refusal is audited with the count of those passed over.
    parent.clock.advance(61_000);
    await send([msg(3, {}, newKeyPair().privateKey)]);
    const last = (await refusals()).at(-1);
    expect(JSON.parse(last.detail)).toEqual({ reason: 'not signed by a child of this platform', refusedSinceLastEntry: cases.length - 1 + 5000 });
    expect((await parent.call(parent.tokens.admin, 'GET', '/v1/audit/verify')).body.ok).toBe(true);

    // Malformed deliveries are 400s naming the field.
    const bad = await parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [{ ...msg(4), seq: -1 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('messages[0].seq');

    const status = (await parent.call(parent.tokens.admin, 'GET', '/v1/federation/status')).body;
    expect(status.children).toEqual([expect.objectContaining({ id: 'hub-west', lastSeq: 2, applied: 2, gaps: 0 })]);
    // The parent's national figure now adds the child's summary to its own.
    const national = (await parent.call(parent.tokens.admin, 'GET', '/v1/monitoring/summary')).body;
    expect(national.dataCenters.total).toBe(2 * summary.dataCenters.total);
    expect(national.federation.children).toEqual([expect.objectContaining({ id: 'hub-west', seq: 2 })]);
  });
});

describe('joining without a token', () => {
  let parent: TestPlatform;
  afterEach(async () => {
    await parent?.close();
  });

  it('limits join requests per address and drops those no admin decided within a day', async () => {
    parent = await testPlatform('sqlite', { platformId: 'national' });
    const ask = (id: string, ip: string) => {
      const key = newKeyPair();
      const r = { id, role: 'regional', publicKey: key.publicKey, at: parent.clock.now() };
      return parent.app.inject({ method: 'POST', url: '/v1/federation/join-requests', remoteAddress: ip, payload: { ...r, signature: signEnvelope(joinRequestEnvelope(r), key.privateKey).signature } });
    };
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await ask(`squat-${i}`, '10.1.1.1')).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429, 429]);
    // Another address is not held back by the first.
    expect((await ask('honest', '10.1.1.2')).statusCode).toBe(202);
    const waiting = async () => (await parent.call(parent.tokens.admin, 'GET', '/v1/federation/join-requests')).body.requests.map((r: { id: string }) => r.id);
    expect(await waiting()).toHaveLength(6);
    parent.clock.advance(24 * 3_600_000 + 1000);
    expect(await waiting()).toEqual([]);
  });

  it('keeps a signed join request pending, refuses the child\'s uploads until an admin approves it, and drops a rejected one', async () => {
    parent = await testPlatform('sqlite', { platformId: 'national', joinRequestsPerHour: 100 });
    const child = newKeyPair();
    const now = parent.clock.now();
    const request = (over: Record<string, unknown> = {}, key = child.privateKey) => {
      const r = { id: 'hub-west', role: 'hub', publicKey: child.publicKey, at: now, ...over } as { id: string; role: string; publicKey: string; at: number };
      return { ...r, signature: signEnvelope(joinRequestEnvelope(r), key).signature };
    };
    const ask = (body: unknown) => parent.call(undefined, 'POST', '/v1/federation/join-requests', body);

    // Bad requests name the field; nothing is kept.
    const badCases: [unknown, string][] = [
      [request({}, newKeyPair().privateKey), 'signature'],
      [{ ...request(), role: 'national' }, 'signature'],
      [request({ at: now - 600_000 }), 'at'],
      [{ ...request(), publicKey: 'not a key' }, 'publicKey'],
      [{ ...request(), role: 'emperor' }, 'role'],
    ];
    for (const [body, path] of badCases) {
      const r = await ask(body);
      expect(r.status).toBe(400);
      expect(r.body.error.issues[0].path).toBe(path);
    }
    expect((await ask(request({ id: 'national' }))).status).toBe(409);
    expect((await parent.call(parent.tokens.admin, 'GET', '/v1/federation/join-requests')).body.requests).toEqual([]);

    const asked = await ask(request());
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ child: 'hub-west', status: 'pending', parent: { id: 'national' } });
    // Asking again with the same key is harmless; another key under the same id is refused.
    expect((await ask(request())).status).toBe(202);
    const other = newKeyPair();
    expect((await ask(request({ publicKey: other.publicKey }, other.privateKey))).status).toBe(409);
    const listed = (await parent.call(parent.tokens.admin, 'GET', '/v1/federation/join-requests')).body.requests;
    expect(listed).toEqual([expect.objectContaining({ id: 'hub-west', role: 'hub', keyFingerprint: keyFingerprint(child.publicKey) })]);
    expect((await parent.call(parent.tokens.member, 'GET', '/v1/federation/join-requests')).status).toBe(403);

    const upload = (seq: number) => parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [signEnvelope({ from: 'hub-west', to: 'national', seq, at: now, kind: 'summary', body: { data: null, createdAt: now } }, child.privateKey)] });
    const early = await upload(1);
    expect(early.body.refused[0].reason).toBe('"hub-west" has asked to join and awaits approval by this platform\'s admin');
    expect((await parent.call(parent.tokens.admin, 'GET', '/v1/federation/status')).body).toMatchObject({ joinRequests: ['hub-west'], children: [] });

    expect((await parent.call(parent.tokens.admin, 'POST', '/v1/federation/join-requests/nobody/approve', {})).status).toBe(404);
    const approved = await parent.call(parent.tokens.admin, 'POST', '/v1/federation/join-requests/hub-west/approve', {});
    expect(approved.body).toEqual({ child: 'hub-west', status: 'approved' });
    expect((await upload(1)).body).toMatchObject({ applied: 1, refused: [] });
    expect((await parent.call(parent.tokens.admin, 'GET', '/v1/federation/status')).body).toMatchObject({ joinRequests: [], children: [expect.objectContaining({ id: 'hub-west', applied: 1 })] });
    // An approved child is not replaced by a request, nor "approved" again.
    expect((await ask(request())).status).toBe(409);
    expect((await parent.call(parent.tokens.admin, 'POST', '/v1/federation/join-requests/hub-west/approve', {})).status).toBe(404);

    // A rejected request is dropped.
    const third = newKeyPair();
    const r3 = { id: 'regional-x', role: 'regional', publicKey: third.publicKey, at: now };
    expect((await ask({ ...r3, signature: signEnvelope(joinRequestEnvelope(r3), third.privateKey).signature })).status).toBe(202);
    expect((await parent.call(parent.tokens.admin, 'POST', '/v1/federation/join-requests/regional-x/reject', {})).body).toEqual({ child: 'regional-x', status: 'rejected' });
    expect((await parent.call(parent.tokens.admin, 'GET', '/v1/federation/join-requests')).body.requests).toEqual([]);
    const actions = (await parent.call(parent.tokens.admin, 'GET', '/v1/audit?limit=1000')).body.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['federation.join-request', 'federation.child-join', 'federation.join-rejected']));
  });
});

describe('series uploaded', () => {
  let parent: TestPlatform;
  let child: TestPlatform;
  afterEach(async () => {
    await parent?.close();
    await child?.close();
  });

  it('keeps a child\'s uploaded rollups as its platform series, adds them to its own, and passes over malformed ones', async () => {
    parent = await testPlatform('sqlite', { platformId: 'national' });
    child = await testPlatform('sqlite', { platformId: 'hub-west' });
    const key = newKeyPair();
    await parent.call(parent.tokens.admin, 'POST', '/v1/federation/children', { id: 'hub-west', role: 'hub', publicKey: key.publicKey });
    // Both platforms measure power in the same minute; the child's rollups go up signed.
    const at = parent.clock.now();
    const minute = Math.floor(at / 60_000) * 60_000;
    for (const [t, kw, pue] of [[parent, 1000, 1.2], [child, 3000, 1.5]] as const) {
      const dcs = [...(await t.platform.network.require()).dataCenters.keys()];
      expect((await t.call(t.tokens.admin, 'POST', '/v1/telemetry', { samples: [{ dataCenter: dcs[0], at, powerKw: kw, pue, greenShare: 0.5 }] })).status).toBe(202);
      await t.platform.monitoring.rollup();
    }
    const rows = await child.platform.monitoring.federationSeries(60, minute, minute + 60_000);
    expect(rows.find((r) => r.metric === 'power_kw')!.value).toBe(3000);
    const send = (seq: number, data: unknown) => parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [signEnvelope({ from: 'hub-west', to: 'national', seq, at, kind: 'rollups', body: { data, createdAt: at } }, key.privateKey)] });
    expect((await send(1, { rows })).body).toMatchObject({ applied: 1, refused: [] });

    const series = async (scope: string, metric: string) => (await parent.call(parent.tokens.regulator, 'GET', `/v1/monitoring/series?scope=${scope}&metric=${metric}&from=${minute}&to=${minute + 60_000}`)).body.points;
    expect((await series('platform:hub-west', 'power_kw'))[0].value).toBe(3000);
    expect((await series('national', 'power_kw'))[0].value).toBe(1000);
    expect((await series('federation', 'power_kw'))[0].value).toBe(4000);
    // PUE over both: total power over total IT power.
    expect((await series('federation', 'pue'))[0].value).toBeCloseTo(4000 / (1000 / 1.2 + 3000 / 1.5), 9);

    // A malformed upload is applied as a sequence number (the channel moves on) but stores nothing, and is audited.
    expect((await send(2, { rows: [{ ...rows[0], metric: 'mood' }] })).body).toMatchObject({ applied: 1 });
    expect((await series('platform:hub-west', 'power_kw'))[0].value).toBe(3000);
    const audit = (await parent.call(parent.tokens.admin, 'GET', '/v1/audit?limit=100')).body.entries.filter((e: { action: string }) => e.action === 'federation.malformed');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].detail).reason).toMatch(/^malformed rollups: rows\.0\.metric: /);

    expect((await parent.call(parent.tokens.regulator, 'GET', '/v1/monitoring/series?scope=platform:nobody&metric=power_kw')).status).toBe(404);
    expect((await parent.call(parent.tokens.operator, 'GET', '/v1/monitoring/series?scope=federation&metric=power_kw')).status).toBe(404);
  });
});

describe('policies sent down', () => {
  let parent: TestPlatform;
  afterEach(async () => {
    await parent?.close();
  });

  it('applies a minimum green share to batch jobs here, and signs it down to children in the answer to their uploads', async () => {
    parent = await testPlatform('sqlite', { platformId: 'national' });
    const bad = await parent.call(parent.tokens.admin, 'POST', '/v1/federation/policies', { batchMinGreenShare: 1.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]).toEqual({ path: 'batchMinGreenShare', message: 'must be between 0 and 1 (got 1.5)' });
    const set = await parent.call(parent.tokens.admin, 'POST', '/v1/federation/policies', { batchMinGreenShare: 0.6 });
    expect(set.body).toMatchObject({ own: { version: 1, batchMinGreenShare: 0.6 }, fromParent: null, effective: { version: 1, batchMinGreenShare: 0.6 } });

    // Here: a batch job goes only where at least 60% of the power is green; an interactive one is not bound by it.
    const live = await parent.platform.network.require();
    const job = await parent.call(parent.tokens.member, 'POST', '/v1/jobs', { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' });
    await parent.platform.placement.placePending();
    const placed = (await parent.call(parent.tokens.member, 'GET', `/v1/jobs/${job.body.id}`)).body;
    expect(placed.state).toBe('placed');
    expect(live.dataCenters.get(placed.placement.dataCenter)!.greenShare).toBeGreaterThanOrEqual(0.6);
    expect(placed.explanation.checkers.find((k: { name: string }) => k.name === 'green').removed).toBeGreaterThan(0);

    // Down: the answer to a child's upload carries the policies, signed by this platform.
    const child = newKeyPair();
    await parent.call(parent.tokens.admin, 'POST', '/v1/federation/children', { id: 'hub-east', role: 'hub', publicKey: child.publicKey });
    const now = parent.clock.now();
    const r = await parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [signEnvelope({ from: 'hub-east', to: 'national', seq: 1, at: now, kind: 'summary', body: { data: null, createdAt: now } }, child.privateKey)] });
    const status = (await parent.call(parent.tokens.admin, 'GET', '/v1/federation/status')).body;
    expect(r.body.policy).toMatchObject({ from: 'national', to: 'hub-east', seq: 1, kind: 'policy', body: { batchMinGreenShare: 0.6 } });
    expect(signatureValid(r.body.policy, status.self.publicKey)).toBe(true);
    expect(signatureValid({ ...r.body.policy, body: { batchMinGreenShare: 0 } }, status.self.publicKey)).toBe(false);
  });
});

describe('the east-to-west offload cap', () => {
  let platform: TestPlatform;
  afterEach(async () => {
    await platform?.close();
  });

  it('keeps the units that work from eastern origins holds in each western hub within the cap, and leaves western work alone', async () => {
    platform = await testPlatform('sqlite', { platformId: 'national' });
    const bad = await platform.call(platform.tokens.admin, 'POST', '/v1/federation/policies', { maxOffloadShare: -0.1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]).toEqual({ path: 'maxOffloadShare', message: 'must be between 0 and 1 (got -0.1)' });
    const live = await platform.platform.network.require();
    const side = new Map(live.scenario.hubs.map((h) => [h.id, h.side]));
    const westUnits = new Map<string, number>();
    for (const dc of live.scenario.dataCenters) {
      if (side.get(dc.hubId) !== 'west') continue;
      for (const p of dc.pools) if (p.class === 'intelligent') westUnits.set(dc.hubId, (westUnits.get(dc.hubId) ?? 0) + p.units);
    }
    // A cap that leaves the largest western hub room for five of the jobs below.
    const share = 40 / Math.max(...westUnits.values());
    const set = await platform.call(platform.tokens.admin, 'POST', '/v1/federation/policies', { maxOffloadShare: share });
    expect(set.body.effective).toMatchObject({ maxOffloadShare: share });

    const submit = async (origin: string) => (await platform.call(platform.tokens.member, 'POST', '/v1/jobs', { origin, class: 'intelligent', units: 8, durationS: 3600, latency: 'batch' })).body.id as string;
    const east: string[] = [];
    for (let i = 0; i < 40; i++) east.push(await submit('shanghai'));
    const westOrigin = live.scenario.origins.find((o) => side.get(live.net.homeHub(o.id)) === 'west')!;
    const western = await submit(westOrigin.id);
    await platform.platform.placement.placePending();

    const jobs = await Promise.all([...east, western].map(async (id) => (await platform.call(platform.tokens.member, 'GET', `/v1/jobs/${id}`)).body));
    const held = new Map<string, number>();
    for (const j of jobs.slice(0, -1)) {
      expect(j.state).toBe('placed');
      const hub = live.dataCenters.get(j.placement.dataCenter)!.hubId;
      if (side.get(hub) === 'west') held.set(hub, (held.get(hub) ?? 0) + 8);
    }
    // The cap binds: western hubs took some of the eastern work, each within its cap, and the rest stayed east.
    expect(held.size).toBeGreaterThan(0);
    for (const [hub, units] of held) expect(units).toBeLessThanOrEqual(share * westUnits.get(hub)!);
    const stayedEast = jobs.slice(0, -1).filter((j) => side.get(live.dataCenters.get(j.placement.dataCenter)!.hubId) === 'east');
    expect(stayedEast.length).toBeGreaterThan(0);
    expect(stayedEast.some((j) => j.explanation.checkers.find((k: { name: string }) => k.name === 'offload').removed > 0)).toBe(true);
    // Work whose users are in the west is not offload.
    const w = jobs.at(-1);
    expect(w.state).toBe('placed');
    expect(w.explanation.checkers.find((k: { name: string }) => k.name === 'offload').removed).toBe(0);

    // The cap counts what is held: a second round adds nothing to a full hub.
    for (let i = 0; i < 10; i++) east.push(await submit('shanghai'));
    await platform.platform.placement.placePending();
    const again = await Promise.all(east.map(async (id) => (await platform.call(platform.tokens.member, 'GET', `/v1/jobs/${id}`)).body));
    const heldAfter = new Map<string, number>();
    for (const j of again) {
      const hub = live.dataCenters.get(j.placement.dataCenter)!.hubId;
      if (side.get(hub) === 'west') heldAfter.set(hub, (heldAfter.get(hub) ?? 0) + 8);
    }
    for (const [hub, units] of heldAfter) expect(units).toBeLessThanOrEqual(share * westUnits.get(hub)!);
  });
});

describe('resource identifiers', () => {
  let parent: TestPlatform;
  afterEach(async () => {
    await parent?.close();
  });

  it('resolves suanli:// identifiers of this platform and of every platform below it', async () => {
    parent = await testPlatform('sqlite', { platformId: 'national' });
    const child = newKeyPair();
    await parent.call(parent.tokens.admin, 'POST', '/v1/federation/children', { id: 'hub-west', role: 'hub', publicKey: child.publicKey });
    const dc = {
      id: 'cq-1', name: 'Chongqing 1', hubId: 'chengyu', province: 'Chongqing', lat: 29.6, lon: 106.5, pue: 1.3, electricityPrice: 5000, greenShare: 0.4, gridFactor: 0.6,
      racks: { built: 100, inUse: 50 }, pools: [{ id: 'a100', key: 'cq-1/a100', dataCenterId: 'cq-1', class: 'intelligent', model: 'A100', units: 64, unitTflops: 312, unitPowerKw: 0.4, price: 70000 }],
    };
    // The hub's inventory holds its own data centers and, under its own id, a regional platform's below it.
    const hubs = [{ id: 'chengyu', name: 'Chengdu-Chongqing', side: 'west', national: true }];
    const inventory = { platforms: { 'hub-west': { role: 'hub', hubs, dataCenters: [] }, 'regional-cq': { role: 'regional', via: 'cq-regional', hubs, dataCenters: [dc] } } };
    const now = parent.clock.now();
    const r = await parent.call(undefined, 'POST', '/v1/federation/messages', { messages: [signEnvelope({ from: 'hub-west', to: 'national', seq: 1, at: now, kind: 'inventory', body: { data: inventory, createdAt: now } }, child.privateKey)] });
    expect(r.body.applied).toBe(1);

    const own = (await parent.platform.network.require()).scenario.dataCenters[0]!;
    const mine = await parent.call(parent.tokens.member, 'GET', `/v1/resolve/${encodeURIComponent(`suanli://national/${own.id}/${own.pools[0]!.id}`)}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ kind: 'pool', owner: { platform: 'national', self: true }, dataCenter: { id: own.id }, resource: { id: own.pools[0]!.id, units: own.pools[0]!.units } });
    const below = await parent.call(parent.tokens.member, 'GET', '/v1/resolve/suanli://regional-cq/cq-1');
    expect(below.body).toMatchObject({ kind: 'data-center', owner: { platform: 'regional-cq', role: 'regional', self: false, reachedThrough: 'hub-west' }, resource: { id: 'cq-1', pools: [{ id: 'a100' }] } });
    expect((await parent.call(parent.tokens.member, 'GET', '/v1/resolve/suanli://regional-cq/cq-1/h100')).body.error.message).toBe('data center regional-cq/cq-1 has no pool "h100"');
    expect((await parent.call(parent.tokens.member, 'GET', '/v1/resolve/suanli://elsewhere/x')).status).toBe(404);
    const bad = await parent.call(parent.tokens.member, 'GET', '/v1/resolve/http://example/x');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].message).toMatch(/is not a resource identifier: suanli:\/\/<platform-id>/);
    const status = (await parent.call(parent.tokens.admin, 'GET', '/v1/federation/status')).body;
    expect(status.children[0].dataCenters).toBe(1);
  });
});
