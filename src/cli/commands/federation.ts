import type { Answer } from '../../api/answer.js';
import type { Command } from 'commander';
import { apiCall, clientFlags, resolveClient } from '../client.js';
import type { ClientFlags } from '../client.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../table.js';

type Status = Answer<'federationStatus'>;

/** `suanli federation join|requests|approve|reject|status`: linking this platform to a parent, and the state of its links. */
export function registerFederationCommands(program: Command, io: CliIo): void {
  const fed = program.command('federation').description('platforms federated into one network: join a parent, see the links');
  const out = (v: unknown): void => io.stdout(`${JSON.stringify(v, null, 2)}\n`);

  fed.command('join')
    .description('make the platform at --url (default SUANLI_URL) a child of --parent')
    .requiredOption('--parent <url>', 'the parent platform\'s URL')
    .option('--token <token>', 'a platform-admin token of the parent (issuing it is the parent\'s approval); without it, the join waits for the parent admin to approve it')
    .option('--url <url>', 'this platform\'s URL (default: SUANLI_URL or http://127.0.0.1:8080)')
    .option('--admin-token <token>', 'a platform-admin token of this platform (default: SUANLI_TOKEN)')
    .option('--json', 'print the answer as JSON')
    .action(async (o: { parent: string; token?: string; url?: string; adminToken?: string; json?: boolean }) => {
      const local = resolveClient({ ...(o.url !== undefined && { url: o.url }), ...(o.adminToken !== undefined && { token: o.adminToken }) });
      const r = (await apiCall(local, 'POST', '/v1/federation/join', { parent: o.parent, ...(o.token !== undefined && { token: o.token }) })) as Answer<'joinParent'>;
      if (o.json) return out(r);
      if (r.status === 'pending') {
        const s = (await apiCall(local, 'GET', '/v1/federation/status')) as Status;
        io.stdout(`asked ${r.parent} at ${o.parent} to join: waiting for its admin to approve (suanli federation approve ${s.self.id}); this platform's key is ${s.self.keyFingerprint}\n`);
        return;
      }
      io.stdout(`joined ${r.parent} at ${o.parent}: uploads start at the next round\n`);
    });

  clientFlags(fed.command('requests').description('join requests waiting for this platform\'s approval, with their key fingerprints'))
    .action(async (o: ClientFlags) => {
      const r = (await apiCall(resolveClient(o), 'GET', '/v1/federation/join-requests')) as Answer<'listJoinRequests'>;
      if (o.json) return out(r);
      if (r.requests.length === 0) return io.stdout('no join requests are waiting\n');
      io.stdout(renderTable(['child', 'role', 'key', 'asked at', 'url'], r.requests.map((q) => [q.id, q.role, q.keyFingerprint, q.requestedAt, q.url ?? '-'])) + '\n');
    });

  for (const [verb, past] of [['approve', 'approved'], ['reject', 'rejected']] as const) {
    clientFlags(fed.command(`${verb} <child>`).description(`${verb} a pending join request (compare its key fingerprint with the child admin's first)`))
      .action(async (child: string, o: ClientFlags) => {
        const r = (await apiCall(resolveClient(o), 'POST', `/v1/federation/join-requests/${encodeURIComponent(child)}/${verb}`, {})) as Answer<'approveJoin'>;
        if (o.json) return out(r);
        io.stdout(`${past} ${r.child}\n`);
      });
  }

  clientFlags(fed.command('status').description('this platform\'s parent and children: link health, sequence numbers, lag'))
    .action(async (o: ClientFlags) => {
      const s = (await apiCall(resolveClient(o), 'GET', '/v1/federation/status')) as Status;
      if (o.json) return out(s);
      io.stdout(`${s.self.id} (${s.self.role}), key ${s.self.keyFingerprint}\n`);
      if (s.parent) {
        const p = s.parent;
        io.stdout(`parent ${p.id} at ${p.url}: ${p.healthy ? 'healthy' : p.lastError === undefined ? 'not yet healthy (nothing delivered yet)' : `DOWN (${p.lastError})`}, acknowledged up to ${p.acked}, last delivery ${p.lastDelivery ?? 'never'}, outbox ${p.outbox.messages} messages (oldest ${p.outbox.oldestAgeS} s)\n`);
      } else {
        io.stdout('no parent\n');
      }
      if (s.joinRequests.length > 0) io.stdout(`join requests waiting for approval: ${s.joinRequests.join(', ')} (suanli federation requests)\n`);
      if (s.children.length > 0) {
        io.stdout(renderTable(['child', 'role', 'last seq', 'applied', 'gaps', 'lag s', 'data centers', 'last seen'],
          s.children.map((c) => [c.id, c.role, String(c.lastSeq), String(c.applied), String(c.gaps), c.lagS === null ? '-' : String(c.lagS), String(c.dataCenters), c.lastSeen ?? 'never'])) + '\n');
      }
    });
}
