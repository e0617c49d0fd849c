import { join } from 'node:path';
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
    create: (settings, env) => new SlurmExecutor(join(settings.dataDir, 'slurm'), settings.slurm.partitions, env, settings.slurm.tenants),
  },
};

export function createExecutor(settings: AgentConfig, env: NodeJS.ProcessEnv, notice: (line: string) => void): Executor {
  return EXECUTORS[settings.executor].create(settings, env, notice);
}
