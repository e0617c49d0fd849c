import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Answer } from '../../api/answer.js';
import { ValidationError } from '../../core/errors.js';
import { mintLocalAdminToken } from '../local-admin.js';
import { apiCall, clientFlags, resolveClient } from '../client.js';
import type { ClientFlags } from '../client.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../table.js';

const ROLES = ['platform-admin', 'regulator', 'dc-operator', 'dc-agent', 'tenant-admin', 'tenant-member'];
const when = (ms: number) => new Date(ms).toISOString();

/**
 * `suanli tenants|users|tokens ...`: the platform's identities through its
 * API, and `suanli admin token`: a new platform-admin token minted on the
 * platform's own machine, for whoever can read its data directory.
 */
export function registerIdentityCommands(program: Command, io: CliIo): void {
  const out = (v: unknown): void => io.stdout(`${JSON.stringify(v, null, 2)}\n`);

  const tenants = program.command('tenants').description('the enterprises that buy on the platform (platform admins)');
  clientFlags(tenants.command('create <id>').description('create a tenant').requiredOption('--name <name>', "the enterprise's name"))
    .action(async (id: string, o: ClientFlags & { name: string }) => {
      const t = (await apiCall(resolveClient(o), 'POST', '/v1/tenants', { id, name: o.name })) as Answer<'createTenant', 201>;
      if (o.json) return out(t);
      io.stdout(`created tenant ${t.id} (${t.name})\n`);
    });
  clientFlags(tenants.command('list').description('every tenant'))
    .action(async (o: ClientFlags) => {
      const r = (await apiCall(resolveClient(o), 'GET', '/v1/tenants')) as Answer<'listTenants'>;
      if (o.json) return out(r);
      io.stdout(r.tenants.length === 0 ? 'no tenants\n' : `${renderTable(['id', 'name', 'created'], r.tenants.map((t) => [t.id, t.name, when(t.createdAt)]))}\n`);
    });

  const users = program.command('users').description('users and their first token (platform admins; a tenant-admin for its own tenant)');
  clientFlags(users.command('create').description('create a user and its first token; the token is printed once')
    .requiredOption('--name <name>', 'who or what the user is')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--tenant <id>', 'for tenant-admin and tenant-member: the tenant')
    .option('--data-center <id...>', 'for dc-operator: its data centers; for dc-agent: exactly one'))
    .action(async (o: ClientFlags & { name: string; role: string; tenant?: string; dataCenter?: string[] }) => {
      const body = { name: o.name, role: o.role, ...(o.tenant !== undefined && { tenant: o.tenant }), ...(o.dataCenter !== undefined && { dataCenters: o.dataCenter }) };
      const r = (await apiCall(resolveClient(o), 'POST', '/v1/users', body)) as Answer<'createUser', 201>;
      if (o.json) return out(r);
      io.stdout(`created user ${r.user.id} (${r.user.name}, ${r.user.role}${r.user.tenantId ? ` of ${r.user.tenantId}` : ''})\n`);
      io.stdout(`token ${r.token.id}: ${r.secret}\n(shown once: the platform keeps only its hash)\n`);
    });
  clientFlags(users.command('list').description('the users you may see'))
    .action(async (o: ClientFlags) => {
      const r = (await apiCall(resolveClient(o), 'GET', '/v1/users?limit=500')) as Answer<'listUsers'>;
      if (o.json) return out(r);
      io.stdout(r.users.length === 0 ? 'no users\n' : `${renderTable(['id', 'name', 'role', 'tenant or data centers', 'created'], r.users.map((u) => [u.id, u.name, u.role, u.tenantId ?? u.dataCenters?.join(',') ?? '-', when(u.createdAt)]))}\n`);
    });

  const tokens = program.command('tokens').description('API tokens: list, issue more, revoke');
  clientFlags(tokens.command('list').description('the tokens you may see (never their secrets)'))
    .action(async (o: ClientFlags) => {
      const r = (await apiCall(resolveClient(o), 'GET', '/v1/tokens')) as Answer<'listTokens'>;
      if (o.json) return out(r);
      io.stdout(r.tokens.length === 0 ? 'no tokens\n' : `${renderTable(['id', 'name', 'role', 'user', 'created', 'revoked'], r.tokens.map((k) => [k.id, k.name, k.role, k.userId, when(k.createdAt), k.revokedAt ? when(k.revokedAt) : '-']))}\n`);
    });
  clientFlags(tokens.command('create <user>').description('issue a further token of a user; the secret is printed once').option('--name <name>', 'what the token is for'))
    .action(async (user: string, o: ClientFlags & { name?: string }) => {
      const r = (await apiCall(resolveClient(o), 'POST', `/v1/users/${encodeURIComponent(user)}/tokens`, o.name !== undefined ? { name: o.name } : {})) as Answer<'createToken', 201>;
      if (o.json) return out(r);
      io.stdout(`token ${r.token.id} of ${r.token.userId}: ${r.secret}\n(shown once: the platform keeps only its hash)\n`);
    });
  clientFlags(tokens.command('revoke <id>').description('revoke a token: calls with it are refused at once'))
    .action(async (id: string, o: ClientFlags) => {
      const r = await apiCall(resolveClient(o), 'DELETE', `/v1/tokens/${encodeURIComponent(id)}`);
      if (o.json) return out(r);
      io.stdout(`revoked ${id}\n`);
    });

  const admin = program.command('admin').description('on the platform\'s own machine');
  admin.command('token')
    .description('mint a new platform-admin token in the platform\'s store (when the bootstrap token is lost); needs to read the data directory or the database')
    .option('--data-dir <dir>', 'directory of the SQLite database', '.suanli')
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL)')
    .option('--name <name>', 'what the token is for', 'local admin')
    .option('--json', 'print the answer as JSON')
    .action(async (o: { dataDir: string; databaseUrl?: string; name: string; json?: boolean }) => {
      const url = o.databaseUrl ?? process.env.DATABASE_URL;
      const file = join(o.dataDir, 'suanli.db');
      if (!url && !existsSync(file)) throw new ValidationError('--data-dir', [{ path: '', message: `no platform database at ${file}` }]);
      const r = await mintLocalAdminToken({ databaseUrl: url, sqliteFile: file, name: o.name });
      if (o.json) return out(r);
      io.stdout(`platform-admin token ${r.token}: ${r.secret}\n(shown once; revoke lost ones with suanli tokens revoke)\n`);
    });
}
