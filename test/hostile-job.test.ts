import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';
import { startPlatform, startSuanli as start, stopStarted, until } from './spawned.js';

afterAll(() => stopStarted());

/**
 * What a hostile job tries against its own agent: each line prints the name
 * of the attempt and whether it worked. The agent's pid, token file, data dir
 * and the victim job's records come in through the job's environment, as an
 * attacker would find them by looking around.
 */
const ATTACK = [
  'echo "uid $(id -u)"',
  'tr "\\0" " " < /proc/$AGENT_PID/cmdline > cmdline.txt 2>/dev/null; echo "cmdline-has-token $(grep -c sl_ cmdline.txt 2>/dev/null || echo 0)"',
  'cat /proc/$AGENT_PID/environ > /dev/null 2>&1 && echo "environ yes" || echo "environ no"',
  'cat "$TOKEN_FILE" > /dev/null 2>&1 && echo "token-file yes" || echo "token-file no"',
  'cat "$AGENT_DIR/agent-state.json" > /dev/null 2>&1 && echo "state yes" || echo "state no"',
  'ls "$AGENT_DIR/local/jobs" > /dev/null 2>&1 && echo "records yes" || echo "records no"',
  'echo 137 > "$AGENT_DIR/local/jobs/$VICTIM/exit" 2>/dev/null && echo "victim-exit yes" || echo "victim-exit no"',
  'ls "$AGENT_DIR/local/work/$VICTIM" > /dev/null 2>&1 && echo "victim-work yes" || echo "victim-work no"',
  'kill -TERM $AGENT_PID 2>/dev/null && echo "signal-agent yes" || echo "signal-agent no"',
  'kill -9 -1 2>/dev/null; echo "kill-all done"',
  // Its output is read by its tenant and by the data center's operators: a flood, and escape sequences meant for their terminals.
  'head -c 300000 /dev/zero | tr "\\0" x; echo',
  'printf "\\033]0;owned\\007\\033[2J\\n"',
].join('\n');

describe('a hostile job against its own agent', () => {
  it('cannot read the token or the state, touch another tenant\'s job, signal the agent, or run as root', async () => {
    const dir = tempDir('suanli-hostile-');
    chmodSync(dir, 0o711);
    const dc = (id: string, province: string) => ({
      id, name: id, hub: 'west', province, lat: 35.7, lon: 107.6, pue: 1.2, electricityPrice: 0.3, greenShare: 0.6, gridFactor: 0.5,
      racks: { built: 100, inUse: 50 }, pools: [{ id: 'cpu', class: 'general', model: 'Xeon', units: 64, unitTflops: 0.1, unitPowerKw: 0.01, price: 0.1 }],
    });
    writeFileSync(join(dir, 'net.json'), JSON.stringify({
      version: 1, name: 'two', hubs: [{ id: 'west', name: 'West', side: 'west' }],
      origins: [{ id: 'city', name: 'City', province: 'Gansu', lat: 36, lon: 104, weight: 1 }],
      dataCenters: [dc('dc-plain', 'Gansu'), dc('dc-boxed', 'Ningxia')],
    }));
    const platform = await startPlatform(['--data-dir', join(dir, 'platform'), '--scenario', join(dir, 'net.json')], { SUANLI_PLACEMENT_INTERVAL_MS: '100' });
    const { url, admin, api } = platform;
    for (const t of ['acme', 'evil']) await api(admin, 'POST', '/v1/tenants', { id: t, name: t });
    const acme = (await api(admin, 'POST', '/v1/users', { name: 'dev', role: 'tenant-member', tenant: 'acme' })).secret as string;
    const evil = (await api(admin, 'POST', '/v1/users', { name: 'mallory', role: 'tenant-member', tenant: 'evil' })).secret as string;

    // Two agents: one without a sandbox (the host's /proc in view), one in bubblewrap where it works here.
    const agents: Record<string, { pid: number; dataDir: string; tokenFile: string; token: string }> = {};
    const agentProcs: Record<string, ChildProcess> = {};
    let range = 250_000;
    for (const [id, sandbox] of [['dc-plain', 'none'], ['dc-boxed', 'auto']] as const) {
      const token = (await api(admin, 'POST', '/v1/users', { name: `agent ${id}`, role: 'dc-agent', dataCenters: [id] })).secret as string;
      const tokenFile = join(dir, `${id}.token`);
      writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
      const dataDir = join(dir, `agent-${id}`);
      writeFileSync(join(dir, `${id}.yaml`), `dataDir: ${dataDir}\npollWaitS: 1\nstatusIntervalS: 0.2\ntelemetryIntervalS: 1\nisolation:\n  uids: { from: ${range}, to: ${range + 99} }\n  sandbox: ${sandbox}\n`);
      range += 100;
      const a = start(['agent', '--platform', url, '--token-file', tokenFile, '--config', join(dir, `${id}.yaml`), '--log-level', 'warn']);
      await until(`agent ${id}`, () => (a.output().includes('agent running') ? true : undefined));
      expect(a.output()).toMatch(/jobs run as uids \d+-\d+, one per job, with no new privileges/);
      agents[id] = { pid: a.proc.pid!, dataDir, tokenFile, token };
      agentProcs[id] = a.proc;
    }

    for (const [id, province] of [['dc-plain', 'Gansu'], ['dc-boxed', 'Ningxia']] as const) {
      const a = agents[id]!;
      const victim = await api(acme, 'POST', '/v1/jobs', { origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', residency: [province], command: 'echo alive > alive.txt; sleep 30' });
      await until(`the victim on ${id} to run`, async () => ((await api(acme, 'GET', `/v1/jobs/${victim.id}`)).state === 'running' ? true : undefined));
      const hostile = await api(evil, 'POST', '/v1/jobs', {
        origin: 'city', class: 'general', units: 1, durationS: 60, latency: 'batch', residency: [province], command: ATTACK,
        env: { AGENT_PID: String(a.pid), TOKEN_FILE: a.tokenFile, AGENT_DIR: a.dataDir, VICTIM: victim.id },
      });
      const done = await until(`the hostile job on ${id}`, async () => {
        const j = await api(evil, 'GET', `/v1/jobs/${hostile.id}`);
        return j.state === 'succeeded' || j.state === 'failed' ? j : undefined;
      });
      expect(done.placement.dataCenter).toBe(id);
      const said = readFileSync(join(a.dataDir, 'local', 'jobs', hostile.id, 'stdout'), 'utf8');
      const uid = Number(/^uid (\d+)$/m.exec(said)![1]);
      expect(uid).not.toBe(0);
      expect(uid).not.toBe(process.getuid!());
      expect(said).toContain('cmdline-has-token 0\n');
      for (const attempt of ['environ', 'token-file', 'state', 'records', 'victim-exit', 'victim-work', 'signal-agent']) expect(said).toContain(`${attempt} no\n`);
      expect(said).toContain('kill-all done\n');
      // The platform keeps the last 64 KiB of what it wrote, and nothing of the agent's: its tenant reads it there.
      const output = await until(`the hostile job's output on ${id}`, async () => {
        const o = await api(evil, 'GET', `/v1/jobs/${hostile.id}/output`);
        return o.stdout?.bytes === Buffer.byteLength(said) ? o : undefined;
      });
      expect(output.stdout.truncated).toBe(true);
      expect(Buffer.byteLength(output.stdout.text)).toBeLessThanOrEqual(65_536);
      expect(said.endsWith(output.stdout.text)).toBe(true);
      expect(output.stdout.text).not.toContain(a.token);
      expect((await api(acme, 'GET', `/v1/jobs/${hostile.id}/output`)).error.code).toBe('not_found');
      // Printed for a person, its escape sequences show as symbols instead of acting on the terminal.
      const logs = await runCli('jobs', 'logs', hostile.id, '--url', url, '--token', evil);
      expect(logs.stdout).toContain('\u241b]0;owned\u2407\u241b[2J\n');
      expect(logs.stdout).not.toContain('\u001b');
      expect(logs.stdout.startsWith('[... the first ')).toBe(true);
      // The victim still runs, its exit file untouched; the agent is alive and still answers for it.
      expect(existsSync(join(a.dataDir, 'local', 'jobs', victim.id, 'exit'))).toBe(false);
      expect((await api(acme, 'GET', `/v1/jobs/${victim.id}`)).state).toBe('running');
      expect(agentProcs[id]!.exitCode).toBe(null);
      await api(acme, 'POST', `/v1/jobs/${victim.id}/cancel`, {});
      const stopped = await until(`the victim on ${id} to stop`, async () => {
        const j = await api(acme, 'GET', `/v1/jobs/${victim.id}`);
        return j.state === 'cancelled' ? j : undefined;
      });
      expect(stopped.state).toBe('cancelled');
    }
    stopStarted('SIGTERM');
  }, 120_000);

  it('refuses a token in the command line, and a token file others can read', async () => {
    const dir = tempDir('suanli-hostile-');
    const run = async (args: string[]) => {
      const p = start(['agent', '--platform', 'http://127.0.0.1:9', ...args]);
      await new Promise((r) => p.proc.on('exit', r));
      return { code: p.proc.exitCode, out: p.output() };
    };
    expect(await run(['--token', 'sl_abcdefghijklmnop'])).toEqual({ code: 2, out: expect.stringContaining('--token is refused: every process on the host can read a command line') });
    const open = join(dir, 'open.token');
    writeFileSync(open, 'sl_abcdefghijklmnop\n', { mode: 0o644 });
    chmodSync(open, 0o644);
    expect(await run(['--token-file', open])).toEqual({ code: 2, out: expect.stringContaining(`the token file ${open} is mode 0644: others could read the agent's token; chmod 600 ${open}`) });
    const cfg = join(dir, 'agent.yaml');
    writeFileSync(cfg, 'token: sl_abcdefghijklmnop\n', { mode: 0o644 });
    chmodSync(cfg, 0o644);
    expect(await run(['--config', cfg])).toEqual({ code: 2, out: expect.stringContaining(`the config file, which holds the token, ${cfg} is mode 0644`) });
    expect(await run(['--token-file', join(dir, 'missing')])).toEqual({ code: 2, out: expect.stringContaining(`cannot read ${join(dir, 'missing')}: ENOENT`) });
  });
});
