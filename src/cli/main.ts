import { Command, CommanderError } from 'commander';
import { AppError, ValidationError } from '../core/errors.js';
import { EXIT, ExitWith } from './exit-codes.js';
import { processIo } from './io.js';
import type { CliIo } from './io.js';

const VERSION = '0.1.0';

const EXIT_HELP = `
Exit codes:
  0  success
  1  internal error (a bug in Suanli; please report it with the command line)
  2  bad input or an ordinary problem: an invalid or missing file, an unknown id, a wrong flag,
     a port in use, an unreachable database; nothing was written
  3  suanli verify found violations`;

/** Keeps a server running until SIGINT or SIGTERM, then stops it cleanly. */
async function waitForSignal(stop: () => Promise<void>): Promise<void> {
  await new Promise<void>((resolve) => {
    const onSignal = (): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  await stop();
}

type Registrar = (program: Command, io: CliIo) => void;

/**
 * The modules that register the commands, in the order `suanli --help` lists
 * them, each with the top-level commands it adds. A call loads only the
 * modules of its own command (`suanli jobs list` never loads the server), so
 * the CLI starts fast; help and unknown commands load them all.
 */
const MODULES: { commands: readonly string[]; load: () => Promise<Registrar> }[] = [
  { commands: ['scenario'], load: async () => (await import('./commands/scenario.js')).registerScenarioCommands },
  { commands: ['network'], load: async () => (await import('./commands/network.js')).registerNetworkCommands },
  { commands: ['jobs'], load: async () => (await import('./commands/jobs.js')).registerJobsCommands },
  { commands: ['trace'], load: async () => (await import('./commands/trace.js')).registerTraceCommands },
  { commands: ['schedule', 'verify', 'bound', 'explain'], load: async () => (await import('./commands/schedule.js')).registerScheduleCommands },
  { commands: ['simulate'], load: async () => (await import('./commands/simulate.js')).registerSimulateCommands },
  { commands: ['serve', 'audit'], load: async () => { const m = await import('./commands/platform.js'); return (p, io) => m.registerServerCommands(p, io, waitForSignal); } },
  { commands: ['jobs', 'monitor', 'trends'], load: async () => (await import('./commands/platform.js')).registerClientCommands },
  { commands: ['market'], load: async () => (await import('./commands/market.js')).registerMarketCommands },
  { commands: ['federation'], load: async () => (await import('./commands/federation.js')).registerFederationCommands },
  { commands: ['tenants', 'users', 'tokens', 'admin'], load: async () => (await import('./commands/identity.js')).registerIdentityCommands },
  { commands: ['demo'], load: async () => (await import('./commands/demo.js')).registerDemoCommands },
  { commands: ['agent'], load: async () => { const m = await import('./commands/agent.js'); return (p, io) => m.registerAgentCommands(p, io, waitForSignal); } },
];

/** The top-level commands there are, without loading any of them. */
export const COMMAND_NAMES: readonly string[] = [...new Set(MODULES.flatMap((m) => m.commands))];

/** Builds the `suanli` command tree, writing through `io`: the modules of `only` (a top-level command), or every one. */
export async function buildProgram(io: CliIo, only?: string): Promise<Command> {
  const program = new Command('suanli')
    .description('Suanli (算力): a platform for a national computing power network')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_HELP);
  // --version needs no command; a known command needs its own modules; anything else (help, a typo) needs every one.
  const wanted = only === '--version' || only === '-V' ? [] : MODULES.filter((m) => only === undefined || !COMMAND_NAMES.includes(only) || m.commands.includes(only));
  for (const register of await Promise.all(wanted.map((m) => m.load()))) register(program, io);
  // Every command reports through io, throws instead of exiting, and lists subcommands when called bare.
  const configure = (cmd: Command): void => {
    cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    if (cmd.commands.length > 0 && cmd !== program) cmd.action(() => cmd.help({ error: true }));
    if (cmd.commands.length === 0) reportUnknownOptionsFirst(cmd);
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/**
 * A mistyped flag (`--scenari`) is named as the unknown option it is, not
 * as the required option it then leaves missing: commander checks required
 * options first, so a command's own options are checked for strangers as
 * soon as they are parsed.
 */
function reportUnknownOptionsFirst(cmd: Command): void {
  const parse = cmd.parseOptions.bind(cmd);
  cmd.parseOptions = (argv: string[]) => {
    const parsed = parse(argv);
    const unknown = parsed.unknown.find((a) => a.startsWith('-') && a !== '-' && a !== '-h' && a !== '--help');
    if (unknown !== undefined && parsed.unknown.indexOf('--') === -1) {
      const flag = unknown.split('=')[0]!;
      const near = cmd.options.map((o) => o.long).find((l) => l !== undefined && (l.startsWith(flag) || flag.startsWith(l)));
      cmd.error(`error: unknown option '${flag}'${near ? `\n(Did you mean ${near}?)` : ''}`, { code: 'commander.unknownOption', exitCode: 1 });
    }
    return parsed;
  };
}

/** Runs the CLI on `argv` (without the node and script names) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = await buildProgram(io, argv[0]);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    return reportError(e, io);
  }
}

/**
 * An ordinary problem of the machine or the input, not a bug: a missing or
 * forbidden file, a port in use, a server that refuses the connection. One
 * line that names the thing; undefined for anything else.
 */
export function ordinaryProblem(e: unknown): string | undefined {
  const err = (e instanceof AggregateError && e.errors.length > 0 ? e.errors[0] : e) as NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string };
  if (typeof err?.code !== 'string') return undefined;
  const where = err.path ?? (err.address !== undefined ? `${err.address}${err.port !== undefined ? `:${err.port}` : ''}` : undefined);
  const what: Record<string, string> = {
    ENOENT: `no such file or directory: ${where}`,
    EACCES: `permission denied: ${where}`,
    EPERM: `operation not permitted: ${where}`,
    ENOTDIR: `a part of the path is not a directory: ${where}`,
    EISDIR: `is a directory, not a file: ${where}`,
    EROFS: `the file system is read-only: ${where}`,
    ENOSPC: `no space left on the device: ${where}`,
    EADDRINUSE: `the address ${where} is already in use: another process listens there (choose another --port)`,
    EADDRNOTAVAIL: `the address ${where} is not one of this machine's`,
    ECONNREFUSED: `the connection to ${where} was refused: is the server running?`,
    ENOTFOUND: `the host ${err.hostname ?? where} cannot be found`,
    EHOSTUNREACH: `the host ${where} cannot be reached`,
  };
  return where !== undefined || err.code === 'ENOTFOUND' ? what[err.code] : undefined;
}

function reportError(e: unknown, io: CliIo): number {
  if (e instanceof CommanderError) {
    // Commander has already printed help or its message; a bare command group is a usage error.
    return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  }
  if (e instanceof ExitWith) return e.exitCode;
  if (e instanceof ValidationError) {
    io.stderr(`error: ${e.message}\n`);
    return EXIT.badInput;
  }
  if (e instanceof AppError) {
    io.stderr(`error: ${e.message}\n`);
    return e.code === 'internal' ? EXIT.internal : EXIT.badInput;
  }
  const ordinary = ordinaryProblem(e);
  if (ordinary) {
    io.stderr(`error: ${ordinary}\n`);
    return EXIT.badInput;
  }
  const err = e as Error;
  io.stderr(`internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.SUANLI_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
  return EXIT.internal;
}
