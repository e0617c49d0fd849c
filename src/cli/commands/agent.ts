import { join } from 'node:path';
import type { Command } from 'commander';
import { pino } from 'pino';
import { Agent } from '../../agent/agent.js';
import { parseAgentConfig, readAgentConfig } from '../../agent/config.js';
import { LocalExecutor } from '../../agent/executors/local.js';
import { SlurmExecutor } from '../../agent/executors/slurm.js';
import { platformClient } from '../../agent/platform-client.js';
import { UsageError } from '../../core/errors.js';
import type { CliIo } from '../io.js';

interface AgentFlags {
  platform?: string;
  token?: string;
  config?: string;
  dataDir?: string;
  logLevel: string;
}

/** `suanli agent`: runs beside a data center and runs its jobs. */
export function registerAgentCommands(program: Command, io: CliIo, waitForStop: (stop: () => Promise<void>) => Promise<void>): void {
  program
    .command('agent')
    .description("run a data center's agent: take its assignments from the platform, run them, report, send telemetry")
    .option('--platform <url>', 'platform URL (default: the config, or SUANLI_URL)')
    .option('--token <token>', "the data center's agent token (default: the config, or SUANLI_TOKEN)")
    .option('--config <file>', 'agent.yaml: executor, pools, intervals, estimates (see docs/agent.md)')
    .option('--data-dir <dir>', 'where the agent keeps its state and job directories')
    .option('--log-level <level>', 'log level', 'info')
    .action(async (flags: AgentFlags) => {
      const cfg = flags.config ? readAgentConfig(flags.config) : parseAgentConfig({}, 'defaults');
      const platform = flags.platform ?? cfg.platform ?? process.env.SUANLI_URL;
      const token = flags.token ?? cfg.token ?? process.env.SUANLI_TOKEN;
      if (!platform) throw new UsageError('no platform URL: pass --platform, set platform in the config, or SUANLI_URL');
      if (!token) throw new UsageError('no agent token: pass --token, set token in the config, or SUANLI_TOKEN');
      const settings = { ...cfg, ...(flags.dataDir && { dataDir: flags.dataDir }) };
      const log = pino({ level: flags.logLevel, base: { service: 'suanli-agent' } });
      const executor = settings.executor === 'slurm'
        ? new SlurmExecutor(join(settings.dataDir, 'slurm'), settings.slurm.partitions)
        : new LocalExecutor(join(settings.dataDir, 'local'));
      const agent = new Agent(settings, executor, platformClient(platform, token), log);
      await agent.start();
      io.stderr(`agent running for ${platform} with the ${executor.name} executor; state in ${settings.dataDir}\n`);
      await waitForStop(() => agent.stop());
    });
}
