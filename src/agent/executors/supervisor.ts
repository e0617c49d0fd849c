/**
 * The supervisor of one local job: a small process of the agent's own user
 * that starts the job's command (as the job's user when the job is isolated),
 * waits for it, stops whatever the job left behind, and records the exit
 * status in a file only the agent's user can write. It leads the job's
 * process group and ignores SIGTERM, so that a stop of the group still ends
 * with the status recorded. Run as `node supervisor.js SPEC.json`.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { signalUid } from './isolation.js';

/** What the executor writes for the supervisor (0600, in the job's record directory). */
export interface SupervisorSpec {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  /** The job's own uid and gid; absent when the job runs as the agent's user. */
  uid?: number;
  stdout: string;
  stderr: string;
  exitFile: string;
}

function main(specFile: string): void {
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as SupervisorSpec;
  // The group's SIGTERM reaches the job; the supervisor stays to record how it ended.
  for (const s of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(s, () => undefined);
  let done = false;
  const finish = (code: number): void => {
    if (done) return;
    done = true;
    if (spec.uid !== undefined) signalUid(spec.uid, 'SIGKILL');
    writeFileSync(`${spec.exitFile}.tmp`, String(code));
    renameSync(`${spec.exitFile}.tmp`, spec.exitFile);
    process.exit(0);
  };
  const out = openSync(spec.stdout, 'a');
  const err = openSync(spec.stderr, 'a');
  try {
    const child = spawn(spec.argv[0]!, spec.argv.slice(1), {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', out, err],
      ...(spec.uid !== undefined && { uid: spec.uid, gid: spec.uid }),
    });
    child.on('error', (e) => {
      writeFileSync(spec.stderr, `suanli: cannot start the job: ${e.message}\n`, { flag: 'a' });
      finish(127);
    });
    child.on('exit', (code, signal) => finish(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
  } finally {
    closeSync(out);
    closeSync(err);
  }
}

main(process.argv[2]!);
