/** The executors an agent can run jobs with; registry.ts maps each to its factory and its config. */
export const EXECUTOR_NAMES = ['local', 'slurm'] as const;
export type ExecutorName = (typeof EXECUTOR_NAMES)[number];
