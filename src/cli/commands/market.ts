import type { Answer } from '../../api/answer.js';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { apiCall, apiText, clientFlags, resolveClient } from '../client.js';
import type { ClientFlags } from '../client.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../table.js';

type OrderRow = Answer<'cancelOrder'>;

const q = (o: Record<string, string | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) if (v !== undefined) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
};

/** A whole number from a flag, or a usage error naming the flag. */
function whole(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number, got "${v}"`);
  return Number(v);
}

/** `suanli market ...`: the catalogue, orders, balances and statements, through a platform's API. */
export function registerMarketCommands(program: Command, io: CliIo): void {
  const market = program.command('market').description('the computing power market: offers, orders, balances and statements');
  const out = (v: unknown): void => io.stdout(`${JSON.stringify(v, null, 2)}\n`);
  const orderLine = (o: OrderRow): string[] => [o.id, o.tenant, o.mode, o.state, String(o.units), o.offers[0] ? `${o.offers[0].dataCenter}/${o.offers[0].pool}` : '', o.price ?? '', o.held.yuan, o.captured.yuan];
  const ORDER_HEAD = ['id', 'tenant', 'mode', 'state', 'units', 'pool', 'price', 'held', 'captured'];

  clientFlags(market.command('offers').description('search the catalogue of open offers'))
    .option('--class <class>', 'general, intelligent or super')
    .option('--model <model>', 'hardware model, e.g. H800')
    .option('--mode <mode>', 'on-demand, reserved or spot')
    .option('--hub <id>', 'only this hub')
    .option('--province <name>', 'only this province')
    .option('--max-price <yuan>', 'highest price per unit-hour')
    .option('--min-green <share>', 'lowest green-power share, 0..1')
    .option('--origin <id>', 'show latency from this origin')
    .option('--max-latency <ms>', 'only offers within this one-way latency of --origin')
    .option('--sort <key>', 'price, latency or greenShare', 'price')
    .option('--limit <n>', 'offers per page', '50')
    .option('--cursor <c>', 'the next page, from a previous answer')
    .action(async (o: ClientFlags & Record<string, string | undefined>) => {
      const r = (await apiCall(resolveClient(o), 'GET', `/v1/offers${q({
        class: o.class, model: o.model, mode: o.mode, hub: o.hub, province: o.province, maxPrice: o.maxPrice, minGreenShare: o.minGreen,
        origin: o.origin, maxLatencyMs: o.maxLatency, sort: o.sort, limit: o.limit, cursor: o.cursor,
      })}`)) as Answer<'searchOffers'>;
      if (o.json) return out(r);
      io.stdout(renderTable(['id', 'pool', 'hub', 'model', 'mode', 'yuan/unit-h', 'available', 'green', 'latency ms'],
        r.offers.map((x) => [x.id, `${x.dataCenter}/${x.pool}`, x.hub, x.model, x.termS ? `${x.mode} ${Math.round(x.termS / 86_400)}d` : x.mode, x.price, String(x.available), `${Math.round(x.greenShare * 100)}%`, x.latencyMs === undefined ? '' : String(x.latencyMs)])) + '\n');
      if (r.nextCursor) io.stdout(`more: --cursor ${r.nextCursor}\n`);
    });

  const offer = market.command('offer').description('publish and change offers (data center operators)');
  clientFlags(offer.command('create').description('publish an offer on one of your pools'))
    .requiredOption('--dc <id>', 'data center')
    .requiredOption('--pool <id>', 'pool')
    .requiredOption('--mode <mode>', 'on-demand, reserved or spot')
    .requiredOption('--price <yuan>', 'per unit-hour (spot: the floor)')
    .requiredOption('--quantity <n>', 'units for sale')
    .option('--term <seconds>', 'reserved: the term, e.g. 2592000 for 30 days')
    .option('--valid-to <time>', 'when the offer closes (ISO 8601)')
    .action(async (o: ClientFlags & { dc: string; pool: string; mode: string; price: string; quantity: string; term?: string; validTo?: string }) => {
      const r = (await apiCall(resolveClient(o), 'POST', '/v1/offers', {
        dataCenter: o.dc, pool: o.pool, mode: o.mode, price: o.price, quantity: whole('--quantity', o.quantity),
        ...(o.term !== undefined && { termS: whole('--term', o.term) }), ...(o.validTo !== undefined && { validTo: o.validTo }),
      })) as Answer<'createOffer', 201>;
      if (o.json) return out(r);
      io.stdout(`${r.id} ${r.mode} ${r.price} yuan/unit-h, ${r.available} available\n`);
    });

  clientFlags(market.command('buy').description('buy an offer (--offer) or a requirement the platform matches (--origin, --class ...)'))
    .option('--offer <id>', 'the offer to buy')
    .option('--units <n>', 'units')
    .option('--duration <seconds>', 'how long you need them')
    .option('--bid <yuan>', 'spot: your bid per unit-hour')
    .option('--origin <id>', 'requirement: where your users and data are')
    .option('--class <class>', 'requirement: general, intelligent or super')
    .option('--latency <class>', 'requirement: realtime, interactive or batch')
    .option('--model <models>', 'requirement: acceptable models, "A|B"')
    .option('--mode <mode>', 'requirement: on-demand (default), reserved or spot')
    .option('--max-price <yuan>', 'requirement: highest price per unit-hour')
    .option('--min-green <share>', 'requirement: lowest green-power share')
    .option('--wait <seconds>', 'keep the order open this long if nothing matches yet')
    .option('--tenant <id>', 'admins: the tenant the order is for')
    .option('--idempotency-key <key>', 'make retries safe')
    .action(async (o: ClientFlags & Record<string, string | undefined>) => {
      const units = whole('--units', o.units);
      const durationS = whole('--duration', o.duration);
      let body: Record<string, unknown>;
      if (o.offer !== undefined) {
        body = { offer: o.offer, ...(units !== undefined && { units }), ...(durationS !== undefined && { durationS }) };
      } else {
        if (!o.origin || !o.class || units === undefined || durationS === undefined || !o.latency) throw new UsageError('give --offer, or a requirement: --origin, --class, --units, --duration and --latency');
        body = {
          requirement: { origin: o.origin, class: o.class, units, durationS, latency: o.latency, ...(o.model && { model: o.model }), ...(o.maxPrice && { maxPrice: o.maxPrice }), ...(o.minGreen && { minGreenShare: Number(o.minGreen) }) },
          ...(o.mode && { mode: o.mode }),
        };
      }
      if (o.bid !== undefined) body.bid = o.bid;
      if (o.wait !== undefined) body.waitS = whole('--wait', o.wait);
      if (o.tenant !== undefined) body.tenant = o.tenant;
      const r = (await apiCall(resolveClient(o), 'POST', '/v1/orders', body, o.idempotencyKey ? { 'idempotency-key': o.idempotencyKey } : {})) as Answer<'createOrder', 201>;
      if (o.json) return out(r);
      io.stdout(`${r.id} ${r.state}${r.offers[0] ? ` on ${r.offers[0].dataCenter}/${r.offers[0].pool}` : ''}, ${r.held.yuan} yuan held${r.state === 'open' && r.reason ? ` (${r.reason})` : ''}\n`);
    });

  clientFlags(market.command('orders').description('orders you may see, newest first'))
    .option('--state <state>', 'only orders in this state')
    .option('--limit <n>', 'orders per page', '50')
    .option('--cursor <c>', 'the next page, from a previous answer')
    .action(async (o: ClientFlags & { state?: string; limit: string; cursor?: string }) => {
      const r = (await apiCall(resolveClient(o), 'GET', `/v1/orders${q({ state: o.state, limit: o.limit, cursor: o.cursor })}`)) as Answer<'listOrders'>;
      if (o.json) return out(r);
      io.stdout(renderTable(ORDER_HEAD, r.orders.map(orderLine)) + '\n');
      if (r.nextCursor) io.stdout(`more: --cursor ${r.nextCursor}\n`);
    });

  clientFlags(market.command('order').description('one order with its history and its ledger transactions'))
    .argument('<id>')
    .action(async (id: string, o: ClientFlags) => {
      const r = (await apiCall(resolveClient(o), 'GET', `/v1/orders/${encodeURIComponent(id)}`)) as Answer<'getOrder'>;
      if (o.json) return out(r);
      io.stdout(renderTable(ORDER_HEAD, [orderLine(r)]) + '\n');
      for (const e of r.events) io.stdout(`  ${e.at}  ${e.state}${e.reason ? `  ${e.reason}` : ''}\n`);
      for (const t of r.transactions) io.stdout(`  ${t.at}  ${t.kind}  ${t.postings.map((p) => `${p.account} ${p.amount}`).join(', ')}\n`);
    });

  clientFlags(market.command('cancel').description('cancel an order: its jobs stop, the use so far is billed, the rest released'))
    .argument('<id>')
    .action(async (id: string, o: ClientFlags) => {
      const r = (await apiCall(resolveClient(o), 'POST', `/v1/orders/${encodeURIComponent(id)}/cancel`)) as Answer<'cancelOrder'>;
      if (o.json) return out(r);
      io.stdout(`${r.id} ${r.state}: ${r.captured.yuan} yuan billed\n`);
    });

  clientFlags(market.command('balance').description("a tenant's available and held money"))
    .argument('<tenant>')
    .action(async (tenant: string, o: ClientFlags) => {
      const r = (await apiCall(resolveClient(o), 'GET', `/v1/tenants/${encodeURIComponent(tenant)}/balance`)) as Answer<'getBalance'>;
      if (o.json) return out(r);
      io.stdout(`${tenant}: ${r.available.yuan} yuan available, ${r.held.yuan} held\n`);
    });

  clientFlags(market.command('top-up').description('record money a tenant paid in (admins)'))
    .argument('<tenant>')
    .argument('<yuan>')
    .option('--reference <text>', 'the payment reference')
    .option('--key <key>', 'idempotency key: a retry with the same key posts nothing new')
    .action(async (tenant: string, amount: string, o: ClientFlags & { reference?: string; key?: string }) => {
      const r = (await apiCall(resolveClient(o), 'POST', `/v1/tenants/${encodeURIComponent(tenant)}/top-ups`, { amount, ...(o.reference && { reference: o.reference }) }, o.key ? { 'idempotency-key': o.key } : {})) as Answer<'topUp', 201>;
      if (o.json) return out(r);
      io.stdout(`${r.created ? 'posted' : 'already posted'}: ${tenant} has ${r.balance.available.yuan} yuan available\n`);
    });

  clientFlags(market.command('statement').description('a statement of a tenant or a data center for a period'))
    .option('--tenant <id>', 'a tenant\'s statement')
    .option('--dc <id>', 'a data center operator\'s statement')
    .option('--period <YYYY-MM>', 'a calendar month (China Standard Time)')
    .option('--from <time>', 'start (ISO 8601)')
    .option('--to <time>', 'end, exclusive (ISO 8601)')
    .option('--csv', 'print CSV')
    .action(async (o: ClientFlags & { tenant?: string; dc?: string; period?: string; from?: string; to?: string; csv?: boolean }) => {
      if ((o.tenant === undefined) === (o.dc === undefined)) throw new UsageError('give --tenant or --dc');
      const path = o.tenant !== undefined ? `/v1/statements/tenants/${encodeURIComponent(o.tenant)}` : `/v1/statements/datacenters/${encodeURIComponent(o.dc!)}`;
      const query = { period: o.period, from: o.from, to: o.to };
      if (o.csv) return io.stdout(await apiText(resolveClient(o), 'GET', `${path}${q({ ...query, format: 'csv' })}`));
      const s = (await apiCall(resolveClient(o), 'GET', `${path}${q(query)}`)) as Answer<'tenantStatement'>;
      if (o.json) return out(s);
      io.stdout(`${s.period.from} to ${s.period.to}\n`);
      io.stdout(renderTable(['at', 'kind', 'account', 'amount', 'order'], s.lines.map((l) => [l.at, l.kind, l.account, l.amount, l.order ?? ''])) + '\n');
      for (const a of s.accounts) io.stdout(`${a.id}: opening ${a.opening}, closing ${a.closing}\n`);
      io.stdout(`${s.reconciled ? 'reconciled with the ledger' : 'DOES NOT reconcile with the ledger'}\n`);
    });
}
