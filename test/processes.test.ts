import { afterEach, describe, expect, it } from 'vitest';
import { freshPostgresUrl, PG_URL } from './databases.js';
import { NATIONAL, tempDir } from './helpers.js';
import { exited, killStarted, serveProcess } from './servers.js';
import type { ServerProcess } from './servers.js';

afterEach(killStarted);

/** `suanli serve` on a free port. */
const serve = (args: string[], env: Record<string, string> = {}): Promise<ServerProcess> => serveProcess(['--port', '0', ...args], env);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON answers
async function api(s: { url: string }, token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${s.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}


const JOB = { origin: 'shanghai', class: 'intelligent', units: 1, durationS: 600, latency: 'batch' };

describe('real server processes', () => {
  it('keeps every acknowledged job, exactly once, across a SIGKILL', async () => {
    const dir = tempDir('suanli-durable-');
    const first = await serve(['--data-dir', dir, '--scenario', NATIONAL]);
    const admin = first.tokens[0]!;
    expect((await api(first, admin, 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' })).status).toBe(201);
    const tenant = (await api(first, admin, 'POST', '/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).body.secret as string;
    const acked = new Map<string, string>();
    let n = 0;
    let killed = false;
    const worker = async (): Promise<void> => {
      while (!killed) {
        const key = `k-${n++}`;
        try {
          const r = await api(first, tenant, 'POST', '/v1/jobs', { ...JOB, name: key }, { 'idempotency-key': key });
          if (r.status === 201 || r.status === 200) acked.set(key, r.body.id);
        } catch {
          return; // the server is gone
        }
        if (acked.size >= 400 && !killed) {
          killed = true;
          first.proc.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await exited(first.proc);
    expect(first.proc.signalCode).toBe('SIGKILL');

    const second = await serve(['--data-dir', dir, '--scenario', NATIONAL]);
    expect(second.tokens).toEqual([]); // no new admin token: the first one still stands
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { jobs: { id: string; spec: { name: string } }[]; nextCursor: string | null } } = await api(second, admin, 'GET', `/v1/jobs?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.jobs.map((j) => `${j.spec.name}=${j.id}`));
      cursor = page.body.nextCursor;
    } while (cursor);
    const stored = new Map(seen.map((s) => s.split('=') as [string, string]));
    expect(stored.size).toBe(seen.length); // one job per key
    for (const [key, id] of acked) expect(stored.get(key), key).toBe(id);
    // A retry of an acknowledged submission finds the same job.
    const [key, id] = [...acked][0]!;
    const retry = await api(second, tenant, 'POST', '/v1/jobs', { ...JOB, name: key }, { 'idempotency-key': key });
    expect(retry).toMatchObject({ status: 200, body: { id } });
    const audit = await api(second, admin, 'GET', '/v1/audit/verify');
    expect(audit.body.ok).toBe(true);
    second.proc.kill('SIGTERM');
    await exited(second.proc);
  });

  it.runIf(PG_URL)('runs the background loops in exactly one of two processes, and the other takes over within 10 s', async () => {
    const url = await freshPostgresUrl();
    const env = { DATABASE_URL: url, SUANLI_LEADER_CHECK_MS: '500' };
    const a = await serve(['--scenario', NATIONAL], env);
    const admin = a.tokens[0]!;
    const b = await serve([], env);
    const leaderOf = async (s: ServerProcess): Promise<number> => {
      const text = await (await fetch(`${s.url}/metrics`)).text();
      return Number(/^suanli_leader (\d)/m.exec(text)?.[1]);
    };
    await new Promise((r) => setTimeout(r, 1500));
    expect([await leaderOf(a), await leaderOf(b)].sort()).toEqual([0, 1]);
    // Both serve the API: a job submitted to either is placed by the leader.
    await api(b, admin, 'POST', '/v1/tenants', { id: 'acme', name: 'Acme' });
    const j = await api(b, admin, 'POST', '/v1/jobs', { ...JOB, tenant: 'acme' });
    expect(j.status).toBe(201);
    const leader = (await leaderOf(a)) === 1 ? a : b;
    const follower = leader === a ? b : a;
    leader.proc.kill('SIGKILL');
    await exited(leader.proc);
    const killedAt = Date.now();
    while ((await leaderOf(follower)) !== 1) {
      expect(Date.now() - killedAt).toBeLessThan(10_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    const took = Date.now() - killedAt;
    expect(took).toBeLessThan(10_000);
    let state = '';
    while (state !== 'placed' && Date.now() - killedAt < 15_000) {
      state = (await api(follower, admin, 'GET', `/v1/jobs/${j.body.id}`)).body.state;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(state).toBe('placed');
    follower.proc.kill('SIGTERM');
    await exited(follower.proc);
  });
});
