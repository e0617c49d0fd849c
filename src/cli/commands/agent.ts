import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { pino } from 'pino';
import { Agent, ApiRefusal } from '../../agent/agent.js';
import { parseAgentConfig, readAgentConfig } from '../../agent/config.js';
import { createExecutor } from '../../agent/executors/registry.js';
import { platformClient } from '../../agent/platform-client.js';
import { UsageError } from '../../core/errors.js';
import type { CliIo } from '../io.js';

interface AgentFlags {
  platform?: string;
  token?: string;
  tokenFile?: string;
  config?: string;
  dataDir?: string;
  logLevel: string;
}

/**
 * The agent's token: from --token-file, the config's tokenFile or token, or
 * SUANLI_AGENT_TOKEN_FILE. A file that others may read is refused, so that
 * no job on the host can read the token.
 */
function agentToken(flags: AgentFlags, inConfig: string | undefined, fileInConfig: string | undefined): string {
  if (inConfig !== undefined) {
    privateFile(flags.config!, 'the config file, which holds the token,');
    return inConfig;
  }
  const file = flags.tokenFile ?? fileInConfig ?? process.env.SUANLI_AGENT_TOKEN_FILE;
  if (!file) throw new UsageError('no agent token: pass --token-file (a file only the agent can read), or set tokenFile or token in the config');
  privateFile(file, 'the token file');
  const token = readFileSync(file, 'utf8').trim();
  if (!/^sl_\S{10,}$/.test(token)) throw new UsageError(`the token file ${file} does not hold an agent token (sl_...)`);
  return token;
}

/** Refuses a file that its group or others may read or write. */
function privateFile(file: string, what: string): void {
  let mode: number;
  try {
    mode = statSync(file).mode;
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if ((mode & 0o077) !== 0) throw new UsageError(`${what} ${file} is mode ${(mode & 0o777).toString(8).padStart(4, '0')}: others could read the agent's token; chmod 600 ${file}`);
}

/** `suanli agent`: runs beside a data center and runs its jobs. */
export function registerAgentCommands(program: Command, io: CliIo, waitForStop: (stop: () => Promise<void>) => Promise<void>): void {
  program
    .command('agent')
    .description("run a data center's agent: take its assignments from the platform, run them, report, send telemetry")
    .option('--platform <url>', 'platform URL (default: the config, or SUANLI_URL)')
    .option('--token-file <file>', "a file (chmod 600) holding the data center's agent token (default: the config, or SUANLI_AGENT_TOKEN_FILE)")
    .option('--token <token>', 'refused: a token in the command line can be read by every process on the host; use --token-file')
    .option('--config <file>', 'agent.yaml: executor, pools, intervals, estimates (see docs/agent.md)')
    .option('--data-dir <dir>', 'where the agent keeps its state and job directories')
    .option('--log-level <level>', 'log level', 'info')
    .action(async (flags: AgentFlags) => {
      const cfg = flags.config ? readAgentConfig(flags.config) : parseAgentConfig({}, 'defaults');
      const platform = flags.platform ?? cfg.platform ?? process.env.SUANLI_URL;
      if (flags.token !== undefined) throw new UsageError('--token is refused: every process on the host can read a command line; write the token to a file only the agent can read (chmod 600) and pass --token-file');
      if (!platform) throw new UsageError('no platform URL: pass --platform, set platform in the config, or SUANLI_URL');
      const token = agentToken(flags, cfg.token, cfg.tokenFile);
      const settings = { ...cfg, ...(flags.dataDir && { dataDir: flags.dataDir }) };
      const log = pino({ level: flags.logLevel, base: { service: 'suanli-agent' } });
      const executor = createExecutor(settings, process.env, (line) => io.stderr(`${line}\n`));
      const agent = new Agent(settings, executor, platformClient(platform, token), log);
      try {
        await agent.start();
      } catch (e) {
        // A token the platform refuses (another role, revoked, unknown) is the operator's mistake, said as such.
        if (e instanceof ApiRefusal) throw new UsageError(`the platform at ${platform} refused the agent's token (${e.status}): ${e.message}; an agent needs a dc-agent token of its data center (suanli users create --role dc-agent --data-center ID)`);
        throw e;
      }
      io.stderr(`agent running for ${platform} with the ${executor.name} executor; state in ${settings.dataDir}\n`);
      await waitForStop(() => agent.stop());
    });
}
