import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.js';
import { startServer } from '../src/server/serve.js';
import type { RunningServer } from '../src/server/serve.js';
import { NATIONAL, runCli, tempDir } from './helpers.js';

describe('the admin CLI: tenants, users, tokens, and a local admin token', () => {
  let server: RunningServer;
  let dir: string;
  let flags: string[];
  beforeAll(async () => {
    dir = tempDir('suanli-identity-cli-');
    server = await startServer(loadConfig({ flags: { port: 0, dataDir: dir, scenario: NATIONAL, loopsInWorker: false, logLevel: 'silent' } }));
    flags = ['--url', server.url, '--token', server.issued[0]!.secret];
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('creates and lists tenants and users, prints a new user\'s token once, and revokes it', async () => {
    const t = await runCli('tenants', 'create', 'acme', '--name', 'Acme Robotics', ...flags);
    expect(t).toMatchObject({ code: 0, stdout: 'created tenant acme (Acme Robotics)\n' });
    expect((await runCli('tenants', 'list', ...flags)).stdout).toMatch(/^id\s+name\s+created\n.*acme\s+Acme Robotics/ms);
    const u = await runCli('users', 'create', '--name', 'dev', '--role', 'tenant-member', '--tenant', 'acme', ...flags, '--json');
    expect(u.code).toBe(0);
    const made = JSON.parse(u.stdout) as { user: { id: string }; token: { id: string }; secret: string };
    const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${made.secret}` } });
    expect(await me.json()).toMatchObject({ name: 'dev', role: 'tenant-member', tenant: 'acme' });
    const text = await runCli('users', 'create', '--name', 'ops', '--role', 'dc-operator', '--data-center', 'zjk-a', 'zjk-b', ...flags);
    expect(text.stdout).toMatch(/^created user usr_\w+ \(ops, dc-operator\)\ntoken tok_\w+: sl_\S+\n\(shown once/);
    expect((await runCli('users', 'list', ...flags)).stdout).toContain('zjk-a,zjk-b');
    const more = await runCli('tokens', 'create', made.user.id, '--name', 'ci', ...flags);
    expect(more.stdout).toMatch(/^token tok_\w+ of usr_\w+: sl_\S+\n/);
    expect((await runCli('tokens', 'revoke', made.token.id, ...flags)).stdout).toBe(`revoked ${made.token.id}\n`);
    expect((await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${made.secret}` } })).status).toBe(401);
    expect((await runCli('tokens', 'list', ...flags)).stdout).toMatch(new RegExp(`${made.token.id}\\s.*\\s20\\d\\d-\\d\\d-\\d\\dT[^ ]+Z\\s*$`, 'm'));
  });

  it('refuses bad input naming it: an unknown role, a missing tenant', async () => {
    const bad = await runCli('users', 'create', '--name', 'x', '--role', 'emperor', ...flags);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('role');
    const orphan = await runCli('users', 'create', '--name', 'x', '--role', 'tenant-member', ...flags);
    expect(orphan.code).toBe(2);
    expect(orphan.stderr).toContain('tenant');
  });

  it('mints a platform-admin token on the platform\'s machine, which the running platform accepts', async () => {
    const r = await runCli('admin', 'token', '--data-dir', dir, '--json');
    expect(r.code).toBe(0);
    const minted = JSON.parse(r.stdout) as { secret: string };
    const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${minted.secret}` } });
    expect(await me.json()).toMatchObject({ role: 'platform-admin', name: 'local admin' });
    const audit = await fetch(`${server.url}/v1/audit?limit=1000`, { headers: { authorization: `Bearer ${minted.secret}` } });
    expect(JSON.stringify(await audit.json())).toContain('local admin command');
    const missing = await runCli('admin', 'token', '--data-dir', `${dir}/nowhere`);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no platform database at');
  });
});
