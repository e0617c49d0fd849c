import type { Command } from 'commander';
import { apiCall, clientFlags, resolveClient } from '../client.js';
import type { ClientFlags } from '../client.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../table.js';

interface Status {
  self: { id: string; role: string };
  parent: { id: string; url: string; acked: number; lastDelivery: string | null; healthy: boolean; lastError?: string; outbox: { messages: number; oldestAgeS: number } } | null;
  children: { id: string; role: string; lastSeq: number; applied: number; gaps: number; lastSeen: string | null; lagS: number | null; dataCenters: number }[];
}

/** `suanli federation join|status`: linking this platform to a parent, and the state of its links. */
export function registerFederationCommands(program: Command, io: CliIo): void {
  const fed = program.command('federation').description('platforms federated into one network: join a parent, see the links');
  const out = (v: unknown): void => io.stdout(`${JSON.stringify(v, null, 2)}\n`);

  fed.command('join')
    .description('make the platform at --url (default SUANLI_URL) a child of --parent')
    .requiredOption('--parent <url>', 'the parent platform\'s URL')
    .requiredOption('--token <token>', 'a platform-admin token of the parent (issuing it is the parent\'s approval)')
    .option('--url <url>', 'this platform\'s URL (default: SUANLI_URL or http://127.0.0.1:8080)')
    .option('--admin-token <token>', 'a platform-admin token of this platform (default: SUANLI_TOKEN)')
    .option('--json', 'print the answer as JSON')
    .action(async (o: { parent: string; token: string; url?: string; adminToken?: string; json?: boolean }) => {
      const local = resolveClient({ ...(o.url !== undefined && { url: o.url }), ...(o.adminToken !== undefined && { token: o.adminToken }) });
      const r = (await apiCall(local, 'POST', '/v1/federation/join', { parent: o.parent, token: o.token })) as { parent: string; status: string };
      if (o.json) return out(r);
      io.stdout(`joined ${r.parent} at ${o.parent}: uploads start at the next round\n`);
    });

  clientFlags(fed.command('status').description('this platform\'s parent and children: link health, sequence numbers, lag'))
    .action(async (o: ClientFlags) => {
      const s = (await apiCall(resolveClient(o), 'GET', '/v1/federation/status')) as Status;
      if (o.json) return out(s);
      io.stdout(`${s.self.id} (${s.self.role})\n`);
      if (s.parent) {
        const p = s.parent;
        io.stdout(`parent ${p.id} at ${p.url}: ${p.healthy ? 'healthy' : `DOWN (${p.lastError})`}, acknowledged up to ${p.acked}, last delivery ${p.lastDelivery ?? 'never'}, outbox ${p.outbox.messages} messages (oldest ${p.outbox.oldestAgeS} s)\n`);
      } else {
        io.stdout('no parent\n');
      }
      if (s.children.length > 0) {
        io.stdout(renderTable(['child', 'role', 'last seq', 'applied', 'gaps', 'lag s', 'data centers', 'last seen'],
          s.children.map((c) => [c.id, c.role, String(c.lastSeq), String(c.applied), String(c.gaps), c.lagS === null ? '-' : String(c.lagS), String(c.dataCenters), c.lastSeen ?? 'never'])) + '\n');
      }
    });
}
