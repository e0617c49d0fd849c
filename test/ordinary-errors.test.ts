import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ordinaryProblem } from '../src/cli/main.js';
import { runCli, tempDir } from './helpers.js';
import { startSuanli, stopStarted, until } from './spawned.js';

afterAll(() => stopStarted());

/** Runs `suanli ARGS` to its end: exit code and what it printed. */
async function finished(args: string[]): Promise<{ code: number | null; output: string }> {
  const p = startSuanli(args);
  await new Promise((r) => p.proc.on('exit', r));
  return { code: p.proc.exitCode, output: p.output() };
}

describe('ordinary mistakes exit 2 with one line, never as a bug', () => {
  it('a busy port costs no bootstrap token: the next start on a free port prints it', async () => {
    const dir = join(tempDir('suanli-busy-'), 'data');
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as AddressInfo).port;
    try {
      const busy = await finished(['serve', '--port', String(port), '--data-dir', dir, '--log-level', 'warn']);
      expect(busy.code).toBe(2);
      expect(busy.output).toContain(`error: the address 127.0.0.1:${port} is already in use: another process listens there (choose another --port)\n`);
      expect(busy.output).not.toContain('internal error');
      expect(busy.output).not.toMatch(/sl_[A-Za-z0-9_-]{20}/);
    } finally {
      taken.close();
    }
    const next = startSuanli(['serve', '--port', '0', '--data-dir', dir, '--log-level', 'warn']);
    const token = await until('the bootstrap token', () => /Token\s+(sl_\S+)\s+\(platform-admin: bootstrap admin/.exec(next.output())?.[1]);
    expect(token).toMatch(/^sl_/);
    next.proc.kill('SIGTERM');
  });

  it('an agent given a token of another role, or a wrong one, says so and exits 2', async () => {
    const dir = tempDir('suanli-agent-role-');
    // Job users would pass through it: the agent checks that before it calls the platform.
    (await import('node:fs')).chmodSync(dir, 0o711);
    const platform = startSuanli(['serve', '--port', '0', '--data-dir', join(dir, 'p'), '--log-level', 'warn']);
    const url = await until('the platform', () => /API\s+(\S+)\/v1/.exec(platform.output())?.[1]);
    const admin = /Token\s+(sl_\S+)/.exec(platform.output())![1]!;
    const { writeFileSync } = await import('node:fs');
    for (const [name, token, status] of [['admin', admin, 403], ['bogus', 'sl_not_a_token', 401]] as const) {
      const file = join(dir, `${name}.token`);
      writeFileSync(file, `${token}\n`, { mode: 0o600 });
      const r = await finished(['agent', '--platform', url, '--token-file', file, '--data-dir', join(dir, `agent-${name}`)]);
      expect(r.code).toBe(2);
      expect(r.output).toContain(`error: the platform at ${url} refused the agent's token (${status}): `);
      expect(r.output).toContain('an agent needs a dc-agent token of its data center');
      expect(r.output).not.toContain('internal error');
    }
    platform.proc.kill('SIGTERM');
  });

  it('an unreachable database, a missing file and a path through a file each name the thing', async () => {
    const pg = await finished(['serve', '--database-url', 'postgres://suanli@127.0.0.1:1/none', '--port', '0', '--data-dir', join(tempDir('suanli-pg-'), 'd'), '--log-level', 'fatal']);
    expect(pg.code).toBe(2);
    expect(pg.output).toContain('error: the connection to 127.0.0.1:1 was refused: is the server running?\n');
    const under = await runCli('scenario', 'generate', '--dcs', '10', '--origins', '2', '--seed', '1', '--out', '/etc/passwd/x.json');
    expect(under).toMatchObject({ code: 2, stderr: 'error: a part of the path is not a directory: /etc/passwd/x.json\n' });
    // A missing folder is refused, not created, and /proc does not hang.
    const missing = join(tempDir('suanli-out-'), 'nope');
    for (const out of [join(missing, 'x.json'), '/proc/nope/x.jsonl']) {
      const r = await runCli('scenario', 'generate', '--dcs', '10', '--origins', '2', '--seed', '1', '--out', out);
      expect(r).toMatchObject({ code: 2, stderr: `error: the folder ${out.slice(0, out.lastIndexOf('/'))} does not exist: create it first, or write elsewhere\n` });
    }
    expect(existsSync(missing)).toBe(false);
  });

  it('maps system errors to a line that names the path or address, and leaves others to be reported as bugs', () => {
    const sys = (code: string, extra: Record<string, unknown>) => Object.assign(new Error(code), { code, ...extra });
    expect(ordinaryProblem(sys('ENOENT', { path: '/a/b' }))).toBe('no such file or directory: /a/b');
    expect(ordinaryProblem(sys('EACCES', { path: '/root/x' }))).toBe('permission denied: /root/x');
    expect(ordinaryProblem(new AggregateError([sys('ECONNREFUSED', { address: '::1', port: 5432 })]))).toBe('the connection to ::1:5432 was refused: is the server running?');
    expect(ordinaryProblem(sys('ENOTFOUND', { hostname: 'db.nowhere' }))).toBe('the host db.nowhere cannot be found');
    expect(ordinaryProblem(new TypeError('x is undefined'))).toBeUndefined();
    expect(ordinaryProblem(sys('ENOENT', {}))).toBeUndefined();
  });
});
