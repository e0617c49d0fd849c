import type { Command } from 'commander';
import { greatCircleKm } from '../../core/network/geo.js';
import { LATENCY_BOUND_MS, LATENCY_CLASSES } from '../../core/network/latency.js';
import type { Endpoint } from '../../core/network/network.js';
import { loadScenarioFile } from '../../formats/scenario-file.js';
import type { CliIo } from '../io.js';

export function registerNetworkCommands(program: Command, io: CliIo): void {
  const network = program.command('network').description('questions about the network model');

  network
    .command('latency')
    .description('one-way latency between two origins or data centers, and the latency classes it meets')
    .requiredOption('--scenario <file>', 'scenario file')
    .argument('<from>', 'origin or data center id')
    .argument('<to>', 'origin or data center id')
    .option('--json', 'print as JSON')
    .action((from: string, to: string, opts: { scenario: string; json?: boolean }) => {
      const { network: net, scenario } = loadScenarioFile(opts.scenario);
      const a = net.endpoint(from);
      const b = net.endpoint(to);
      const pa = point(a);
      const pb = point(b);
      const km = greatCircleKm(pa.lat, pa.lon, pb.lat, pb.lon);
      const ms = net.latencyMs(from, to);
      const override = scenario.network.latencyOverrides.find((o) => (o.from === from && o.to === to) || (o.from === to && o.to === from));
      const classes = Object.fromEntries(LATENCY_CLASSES.map((c) => [c, ms <= LATENCY_BOUND_MS[c]]));
      if (opts.json) {
        io.stdout(`${JSON.stringify({ from, to, oneWayMs: ms, greatCircleKm: km, override: override !== undefined, meets: classes }, null, 2)}\n`);
        return;
      }
      const how = override
        ? 'measured (scenario override)'
        : `${km.toFixed(0)} km great-circle x ${scenario.network.routeFactor} / ${scenario.network.fiberKmPerMs} km/ms + ${scenario.network.overheadMs} ms`;
      io.stdout(`${label(a)} -> ${label(b)}: ${ms.toFixed(2)} ms one-way (${how})\n`);
      for (const c of LATENCY_CLASSES) {
        const bound = LATENCY_BOUND_MS[c];
        io.stdout(`  ${c.padEnd(11)} ${Number.isFinite(bound) ? `<= ${bound} ms` : 'no bound'}: ${classes[c] ? 'yes' : 'no'}\n`);
      }
    });
}

function point(e: Endpoint): { lat: number; lon: number } {
  return e.kind === 'origin' ? e.origin : e.dataCenter;
}

function label(e: Endpoint): string {
  return e.kind === 'origin' ? `${e.origin.name} [origin ${e.origin.id}]` : `${e.dataCenter.name} [data center ${e.dataCenter.id}]`;
}
