import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { AgentConfig } from '../config.js';
import type { Executor } from './executor.js';
import { isolationFromConfig } from './isolation.js';
import { LocalExecutor } from './local.js';
import type { ExecutorName } from './names.js';
import { SlurmExecutor } from './slurm.js';

/** One kind of executor: what it drives, the block of agent.yaml that configures it, and how to make it. */
export interface ExecutorKind {
  description: string;
  /** The key of agent.yaml that configures it (its schema is part of the agent's config schema). */
  configKey: 'isolation' | 'slurm';
  /** Makes the executor from the agent's settings; `notice` takes lines the operator should read at start. */
  create(settings: AgentConfig, env: NodeJS.ProcessEnv, notice: (line: string) => void): Executor;
}

/**
 * Every executor by name. The agent's config takes `executor: <name>`
 * (names.ts), `suanli agent` makes it from here, and executor.contract.test.ts
 * runs the one contract against each. A Kubernetes executor joins by adding
 * its entry and passing that suite.
 */
export const EXECUTORS: Record<ExecutorName, ExecutorKind> = {
  local: {
    description: 'local processes, each job as a user of its own (docs/security.md)',
    configKey: 'isolation',
    create(settings, _env, notice) {
      const { isolation, notice: line } = isolationFromConfig(settings);
      notice(line);
      return new LocalExecutor(join(settings.dataDir, 'local'), { isolation });
    },
  },
  slurm: {
    description: 'Slurm: sbatch, squeue/sacct, scancel, under the tenants\' accounts and users',
    configKey: 'slurm',
    create(settings, env) {
      // Checked at start, not at the first job: an agent without Slurm's commands would take jobs it cannot run.
      for (const cmd of ['sbatch', 'scontrol', 'scancel']) {
        if (!onPath(cmd, env)) throw new UsageError(`the slurm executor needs ${cmd}, which is not on PATH (${env.PATH ?? 'unset'}): install Slurm's client commands (Debian: slurm-client) or set executor: local`);
      }
      return new SlurmExecutor(join(settings.dataDir, 'slurm'), settings.slurm.partitions, env, settings.slurm.tenants);
    },
  },
};

/** Whether an executable named `cmd` is in one of PATH's folders. */
function onPath(cmd: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(delimiter).filter((d) => d !== '').some((d) => {
    try {
      accessSync(join(d, cmd), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function createExecutor(settings: AgentConfig, env: NodeJS.ProcessEnv, notice: (line: string) => void): Executor {
  return EXECUTORS[settings.executor].create(settings, env, notice);
}
