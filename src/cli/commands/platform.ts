import type { Answer } from '../../api/answer.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { UsageError, ValidationError } from '../../core/errors.js';
import { describeConfig, loadConfig, readConfigFile } from '../../server/config.js';
import type { Config } from '../../server/config.js';
import { CONSOLE_DIR } from '../../server/console.js';
import { apiCall, apiCallReplayed, clientFlags, followEvents, resolveClient } from '../client.js';
import type { ClientFlags } from '../client.js';
import { EXIT, ExitWith } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../table.js';
import { intArg } from '../args.js';
import { explanationLines } from '../explanation.js';


interface ServeFlags {
  config?: string;
  host?: string;
  port?: string;
  dataDir?: string;
  databaseUrl?: string;
  scenario?: string;
  demo?: boolean;
  role?: string;
  platformId?: string;
  logLevel?: string;
}

/** `suanli serve` and `suanli audit`. */
export function registerServerCommands(program: Command, io: CliIo, waitForStop: (stop: () => Promise<void>) => Promise<void>): void {
  const settings = describeConfig().map((c) => `  ${c.key.padEnd(20)} ${c.env.padEnd(32)} default ${JSON.stringify(c.default) ?? '(none)'}\n      ${c.description}`).join('\n');
  program
    .command('serve')
    .description('run a platform: the HTTP API, the placement and monitoring loops')
    .option('--config <file>', 'config file (YAML or JSON) with any of the settings below')
    .option('--host <address>', 'address to listen on')
    .option('--port <n>', 'TCP port')
    .option('--data-dir <dir>', 'directory of the embedded SQLite database')
    .option('--database-url <url>', 'PostgreSQL URL (instead of SQLite)')
    .option('--scenario <file>', 'load this scenario\'s network at start')
    .option('--demo', 'demo mode: reference network, simulated data centers and demand')
    .addOption(new Option('--role <role>', 'place in a federation').choices(['national', 'hub', 'regional']))
    .option('--platform-id <id>', 'this platform\'s id in a federation')
    .option('--log-level <level>', 'log level')
    .addHelpText('after', `\nSettings (flag > environment > config file > default):\n${settings}`)
    .action(async (flags: ServeFlags) => {
      const config = loadConfig({
        ...(flags.config && { file: readConfigFile(flags.config) }),
        env: process.env,
        flags: {
          host: flags.host, port: flags.port, dataDir: flags.dataDir, databaseUrl: flags.databaseUrl, scenario: flags.scenario,
          demo: flags.demo, role: flags.role, platformId: flags.platformId, logLevel: flags.logLevel,
        } as Partial<Record<keyof Config, unknown>>,
      });
      // The server is loaded only for serve: a client command starts without it.
      const { startServer } = await import('../../server/serve.js');
      const server = await startServer(config);
      const lines = [
        '',
        config.demo ? '  Suanli platform: DEMO MODE (simulated data centers and demand; not for real use)' : '  Suanli platform',
        ...(existsSync(join(CONSOLE_DIR, 'index.html')) ? [`  Console    ${server.url}/   (sign in with a token below)`] : []),
        `  API        ${server.url}/v1`,
        `  Docs       ${server.url}/docs`,
        `  Platform   ${(await server.platform.federation.self()).platformId} (${config.role})`,
        `  Store      ${server.platform.store.kind}${server.platform.store.kind === 'sqlite' ? ` (${join(config.dataDir, 'suanli.db')})` : ''}`,
        ...server.issued.map((t) => `  Token      ${t.secret}   (${t.role}: ${t.name}; shown once, stored hashed)`),
        // In demo mode, a link per demo role signs the console in (the token rides in the fragment, which no server sees).
        ...(config.demo && existsSync(join(CONSOLE_DIR, 'index.html')) ? server.issued.map((t) => `  Sign in    ${server.url}/#token=${t.secret}   (${t.role})`) : []),
        '',
        `  Try:  curl -H "Authorization: Bearer ${server.issued[0]?.secret ?? '<token>'}" ${server.url}/v1/monitoring/summary`,
        '',
      ];
      io.stdout(`${lines.join('\n')}\n`);
      // Started by a supervisor over an IPC channel (suanli demo federation): if the supervisor goes, even killed, so does this platform.
      if (process.channel) {
        process.channel.unref();
        process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
      }
      await waitForStop(() => server.stop());
    });

  const audit = program.command('audit').description('the audit log');
  audit
    .command('verify')
    .description("check the hash chain of the audit log and the platform's signed checkpoints: exit 3 if an entry was edited or removed")
    .option('--data-dir <dir>', 'directory of the SQLite database', '.suanli')
    .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL)')
    .option('--json', 'print the result as JSON')
    .option('--against-parent <url>', "check against the checkpoints the parent platform keeps of this one (they cannot be re-signed here)")
    .option('--token <token>', 'with --against-parent: a platform-admin or regulator token of the parent (default: SUANLI_TOKEN)')
    .action(async (opts: { dataDir: string; databaseUrl?: string; json?: boolean; againstParent?: string; token?: string }) => {
      const url = opts.databaseUrl ?? process.env.DATABASE_URL;
      const file = join(opts.dataDir, 'suanli.db');
      if (!url) {
        try {
          readFileSync(file);
        } catch {
          throw new ValidationError('--data-dir', [{ path: '', message: `no database at ${file}` }]);
        }
      }
      const [{ openStore }, { verifyAgainst }] = await Promise.all([import('../../store/store.js'), import('../../server/services/audit.service.js')]);
      const store = await openStore({ ...(url && { databaseUrl: url }), sqliteFile: file }, Date.now());
      try {
        const me = await store.federation.existingSelf();
        if (opts.againstParent !== undefined && !me) throw new UsageError(`the platform at ${opts.dataDir} has no identity yet, so no parent keeps checkpoints of it`);
        const kept = me && opts.againstParent !== undefined
          ? ((await apiCall(resolveClient({ url: opts.againstParent, ...(opts.token !== undefined && { token: opts.token }) }), 'GET', `/v1/federation/children/${encodeURIComponent(me.platformId)}/audit-checkpoints`)) as Answer<'childCheckpoints'>).checkpoints
          : me && await store.audit.checkpoints(me.platformId);
        const r = me && kept ? await verifyAgainst(store, kept, me.publicKey) : { ...(await store.audit.verify()), checkpoints: { count: 0 } };
        const whose = opts.againstParent !== undefined ? ` kept by the parent at ${opts.againstParent}` : '';
        const signed = r.checkpoints.lastSeq !== undefined ? `; ${r.checkpoints.count} signed checkpoints${whose} hold, the last at entry ${r.checkpoints.lastSeq}` : `; no signed checkpoint${whose} yet`;
        if (opts.json) io.stdout(`${JSON.stringify(r, null, 2)}\n`);
        else if (r.ok) io.stdout(`audit log intact: ${r.entries} entries, head ${r.headHash}${signed}\n`);
        else io.stdout(`audit log BROKEN at entry ${r.broken!.seq}: ${r.broken!.problem} (${r.entries} entries before it are intact)\n`);
        if (!r.ok) throw new ExitWith(EXIT.violations);
      } finally {
        await store.close();
      }
    });
}


/** `suanli jobs submit|list|show|cancel` and `suanli monitor`: wrappers of the API. */
export function registerClientCommands(program: Command, io: CliIo): void {
  const jobs = program.commands.find((c) => c.name() === 'jobs') ?? program.command('jobs');
  const out = (v: unknown): void => io.stdout(`${JSON.stringify(v, null, 2)}\n`);

  clientFlags(jobs.command('submit').description('submit jobs to a platform: a JSON file of one job or an array of them, or JSON Lines (- for standard input)'))
    .argument('<file>', 'job spec as JSON: origin, class, units, durationS, latency ...; an array, or one job per line, for many')
    .option('--idempotency-key <key>', 'make retries safe: the same key and body return the same jobs')
    .action(async (file: string, opts: ClientFlags & { idempotencyKey?: string }) => {
      const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
      const bodies = jobBodies(text, file);
      const client = resolveClient(opts);
      if (!Array.isArray(bodies)) {
        const r = await apiCallReplayed(client, 'POST', '/v1/jobs', bodies, opts.idempotencyKey ? { 'idempotency-key': opts.idempotencyKey } : {});
        const job = r.body as Answer<'submitJob', 201>;
        const replay = `a replay: the job submitted earlier with the key ${opts.idempotencyKey}, nothing new was made`;
        if (opts.json) {
          out(job);
          if (r.replayed) io.stderr(`${replay}\n`);
        } else io.stdout(`${job.id} ${job.state}${r.replayed ? ` (${replay})` : ''}\n`);
        return;
      }
      // Many jobs go in batches of the API's largest size; a key covers each batch as "KEY/n", so a retry of the whole file is safe.
      const made: Answer<'submitJobBatch', 201>['jobs'] = [];
      let created = 0;
      for (let i = 0; i < bodies.length; i += BATCH) {
        const key: Record<string, string> = opts.idempotencyKey ? { 'idempotency-key': `${opts.idempotencyKey}/${i / BATCH}` } : {};
        const r = (await apiCall(client, 'POST', '/v1/jobs/batch', { jobs: bodies.slice(i, i + BATCH) }, key)) as Answer<'submitJobBatch', 201>;
        made.push(...r.jobs);
        created += r.created;
        if (!opts.json && bodies.length > BATCH) io.stderr(`submitted ${made.length} of ${bodies.length}\n`);
      }
      if (opts.json) return out({ jobs: made, created });
      for (const j of made) io.stdout(`${j.id} ${j.state}\n`);
      io.stdout(`${made.length} jobs, ${created} new${created < made.length ? ` (${made.length - created} were already submitted with this key)` : ''}\n`);
    });

  clientFlags(jobs.command('list').description('list jobs you may see, newest first'))
    .option('--state <state>', 'only jobs in this state')
    .option('--tenant <id>', 'only this tenant\'s jobs')
    .option('--data-center <id>', 'only jobs at this data center')
    .option('--limit <n>', 'jobs per page', '50')
    .option('--cursor <c>', 'the next page, from a previous answer')
    .action(async (opts: ClientFlags & { state?: string; tenant?: string; dataCenter?: string; limit: string; cursor?: string }) => {
      const q = new URLSearchParams({ limit: opts.limit, ...(opts.state && { state: opts.state }), ...(opts.tenant && { tenant: opts.tenant }), ...(opts.dataCenter && { dataCenter: opts.dataCenter }), ...(opts.cursor && { cursor: opts.cursor }) });
      const r = (await apiCall(resolveClient(opts), 'GET', `/v1/jobs?${q}`)) as Answer<'listJobs'>;
      if (opts.json) return out(r);
      // The placement's cost is what the run was planned to cost: a job that ended otherwise (cancelled, failed, lost) is billed its metered use, not that.
      const planned = (j: (typeof r.jobs)[number]) => (j.placement && ['placed', 'running', 'succeeded'].includes(j.state) ? j.placement.cost : '-');
      io.stdout(renderTable(['id', 'tenant', 'state', 'class', 'units', 'data center', 'planned cost (yuan)'], r.jobs.map((j) => [j.id, j.tenant, j.state, String(j.spec.class), String(j.spec.units), j.placement?.dataCenter ?? '', planned(j)])) + '\n');
      if (r.nextCursor) io.stdout(`more: --cursor ${r.nextCursor}\n`);
    });

  clientFlags(jobs.command('watch').description('the newest jobs you may see, as they change (the platform\'s live stream); Ctrl-C stops'))
    .option('--updates <n>', 'stop after this many updates (default: run until stopped)')
    .action(async (opts: ClientFlags & { updates?: string }) => {
      const limit = opts.updates === undefined ? Number.POSITIVE_INFINITY : Number(opts.updates);
      if (!Number.isInteger(limit) || limit < 1) throw new ValidationError('--updates', [{ path: '', message: 'must be a whole number of at least 1' }]);
      let seen = 0;
      const ctrl = new AbortController();
      const stop = () => ctrl.abort();
      process.once('SIGINT', stop);
      try {
        await followEvents(resolveClient(opts), 'jobs', (event, data) => {
          if (event !== 'jobs') return true;
          seen += 1;
          const page = data as Answer<'listJobs'>;
          if (opts.json) io.stdout(`${JSON.stringify(page)}\n`);
          else io.stdout(`${new Date().toISOString()}  ${page.jobs.length} newest jobs\n${renderTable(['id', 'state', 'class', 'units', 'data center', 'updated'], page.jobs.map((j) => [j.id, j.state, String(j.spec.class), String(j.spec.units), j.placement?.dataCenter ?? '', j.updatedAt]))}\n\n`);
          return seen < limit;
        }, ctrl.signal).catch((e: Error) => {
          if (!ctrl.signal.aborted) throw e;
        });
      } finally {
        process.off('SIGINT', stop);
      }
    });

  clientFlags(jobs.command('show').description('a job with its history and placement explanation'))
    .argument('<id>')
    .action(async (id: string, opts: ClientFlags) => {
      const j = (await apiCall(resolveClient(opts), 'GET', `/v1/jobs/${encodeURIComponent(id)}`)) as Record<string, unknown> & { events: { state: string; at: string; reason?: string }[]; explanation: unknown };
      if (opts.json) return out(j);
      io.stdout(`${j.id}  ${j.state}${j.reason ? `  (${j.reason})` : ''}\n`);
      for (const e of j.events) io.stdout(`  ${e.at}  ${e.state}${e.reason ? `  ${e.reason}` : ''}\n`);
      const why = explanationLines(j.explanation);
      if (why.length > 0) io.stdout(`why it is where it is:\n${why.map((l) => `  ${l}`).join('\n')}\n`);
    });

  clientFlags(jobs.command('logs').description("the last part of a job's output (up to 64 KiB of each stream), as its agent last sent it"))
    .argument('<id>')
    .option('--stderr', 'standard error instead of standard output')
    .option('--follow', 'keep printing what the job writes, until it ends')
    .option('--raw', 'print the bytes as the job wrote them (by default control characters are shown as symbols, so a job cannot drive your terminal)')
    .action(async (id: string, opts: ClientFlags & { stderr?: boolean; follow?: boolean; raw?: boolean }) => {
      const client = resolveClient(opts);
      const read = async () => (await apiCall(client, 'GET', `/v1/jobs/${encodeURIComponent(id)}/output`)) as Answer<'getJobOutput'>;
      const which = opts.stderr ? 'stderr' : 'stdout';
      let o = await read();
      if (opts.json) return out(o);
      const show = (text: string) => io.stdout(opts.raw ? text : visibleText(text));
      if (o[which].truncated) show(`[... the first ${(o[which].bytes - Buffer.byteLength(o[which].text, 'utf8')).toLocaleString('en-US')} bytes are not kept ...]\n`);
      show(o[which].text);
      if (!opts.follow) return;
      let shown = o[which].bytes;
      const ENDED = ['succeeded', 'failed', 'cancelled', 'lost'];
      // The agent sends a job's last output before it reports the end: once the job has ended, one more read is all there is.
      for (let ended = ENDED.includes(o.state); !ended;) {
        await new Promise((r) => setTimeout(r, 2000));
        o = await read();
        ended = ENDED.includes(o.state);
        if (ended) o = await read();
        const s = o[which];
        if (s.bytes <= shown) continue;
        const fresh = Buffer.from(s.text, 'utf8');
        const missed = s.bytes - shown - fresh.length;
        if (missed > 0) show(`[... ${missed.toLocaleString('en-US')} bytes not kept ...]\n`);
        show(fresh.subarray(Math.max(0, fresh.length - (s.bytes - shown))).toString('utf8'));
        shown = s.bytes;
      }
    });

  clientFlags(jobs.command('cancel').description('cancel a job'))
    .argument('<id>')
    .action(async (id: string, opts: ClientFlags) => {
      const j = (await apiCall(resolveClient(opts), 'POST', `/v1/jobs/${encodeURIComponent(id)}/cancel`)) as Answer<'cancelJob'>;
      if (opts.json) out(j);
      else io.stdout(`${j.id} ${j.state}\n`);
    });

  clientFlags(program.command('monitor').description('the monitoring summary of a scope'))
    .option('--scope <scope>', 'national, hub:ID, cluster:ID or dc:ID', 'national')
    .action(async (opts: ClientFlags & { scope: string }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the summary's shape is documented in the API docs
      const s = (await apiCall(resolveClient(opts), 'GET', `/v1/monitoring/summary?scope=${encodeURIComponent(opts.scope)}`)) as Record<string, any>;
      if (opts.json) return out(s);
      const classes = Object.keys(s.capacityP as object);
      const whose = s.scope === 'national' && s.platform && s.platform.role !== 'national' ? `${s.platform.id} (${s.platform.role} platform, with all below it)` : s.scope;
      io.stdout(`${whose} at ${s.asOf}: ${s.dataCenters.total} data centers (${s.dataCenters.reporting} reporting, ${s.dataCenters.stale} stale)\n`);
      io.stdout(renderTable(['class', 'capacity (P)', 'in use (P)', 'fill'], classes.map((c) => [c, String(s.capacityP[c]), String(s.inUseP[c]), s.fillRate[c] === null ? '-' : `${(s.fillRate[c] * 100).toFixed(1)}%`])) + '\n');
      io.stdout(`power ${s.powerKw} kW, PUE ${s.pue ?? '-'}, green ${s.greenShare === null ? '-' : `${(s.greenShare * 100).toFixed(1)}%`}, carbon today ${s.carbonTodayKg} kg\n`);
      io.stdout(`jobs running ${s.jobs.running}, east-to-west ${s.eastToWest.jobs} jobs (${s.eastToWest.units} units)\n`);
    });

  clientFlags(program.command('trends').description('use and demand growth per class over the stored daily series, and when the scope fills at that rate'))
    .option('--scope <scope>', 'national, hub:ID, cluster:ID or dc:ID', 'national')
    .option('--days <n>', 'whole days before today to fit (at least 3)', intArg(3, 3650), 90)
    .action(async (opts: ClientFlags & { scope: string; days: number }) => {
      const s = (await apiCall(resolveClient(opts), 'GET', `/v1/monitoring/trends?scope=${encodeURIComponent(opts.scope)}&days=${opts.days}`)) as Answer<'getTrends'>;
      if (opts.json) return out(s);
      const slope = (f: { slopePerDay: number | null; slopeInterval: [number, number] | null }) => (f.slopePerDay === null ? '-' : `${f.slopePerDay >= 0 ? '+' : ''}${f.slopePerDay} (${f.slopeInterval![0]} to ${f.slopeInterval![1]})`);
      io.stdout(`${s.scope}, the last ${s.days} days, as of ${s.asOf}
`);
      io.stdout(renderTable(['class', 'capacity', 'days', 'in use now', 'use a day (95%)', 'fills on', 'demand a day (95%)'], s.classes.map((c) => [
        c.class, String(c.capacityUnits), String(c.use.points), c.use.latest === null ? '-' : String(c.use.latest), slope(c.use),
        c.use.fullOn === null ? '-' : `${c.use.fullOn}${c.use.fullOnRange ? ` (${c.use.fullOnRange[0]} to ${c.use.fullOnRange[1] ?? 'never'})` : ''}`, slope(c.demand),
      ])) + '\n');
      for (const c of s.classes) io.stdout(`${c.class}: ${c.use.note}. Demand: ${c.demand.note}.\n`);
      io.stdout(`method: ${s.method}\n`);
    });
}

/** Jobs per request when a file holds many: the API's batch limit. */
const BATCH = 1000;

/**
 * A file's job or jobs: one JSON object, a JSON array of them, or JSON
 * Lines (one object per line). Each problem names the line or the element.
 */
function jobBodies(text: string, file: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') throw new ValidationError(file, [{ path: '', message: 'is empty: give a job as JSON, an array of jobs, or one job per line' }]);
  try {
    const v = JSON.parse(trimmed) as unknown;
    if (Array.isArray(v) && v.length === 0) throw new ValidationError(file, [{ path: '', message: 'holds an empty array: no job to submit' }]);
    return v;
  } catch (e) {
    if (e instanceof ValidationError) throw e;
    const lines = trimmed.split('\n');
    if (lines.length < 2) throw new ValidationError(file, [{ path: '', message: `not valid JSON: ${(e as Error).message}` }]);
    return lines.flatMap((line, i) => {
      if (line.trim() === '') return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch (err) {
        throw new ValidationError(file, [{ path: `line ${i + 1}`, message: `not valid JSON: ${(err as Error).message}` }]);
      }
    });
  }
}

/** A job's output for a terminal: control characters other than tab and newline as their Unicode symbols (ESC as ␛), so escape sequences print instead of acting. */
export function visibleText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\uFFFD';
  });
}
