import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExecutorError } from './executor.js';

/**
 * Where an executor keeps what it knows of each job: `ROOT/jobs/ID/`, with a
 * meta.json written whole by a rename, so a restarted agent finds its jobs.
 */
export class JobFiles<M extends { id: string }> {
  constructor(private readonly root: string) {
    mkdirSync(join(root, 'jobs'), { recursive: true });
  }

  /** The job's directory; an id that could escape it is refused. */
  dir(id: string): string {
    if (!/^[A-Za-z0-9_.-]{1,200}$/.test(id) || id.startsWith('.')) throw new ExecutorError(`job id "${id}" cannot name a directory`);
    return join(this.root, 'jobs', id);
  }

  /** The job's meta.json, or undefined when the executor never took the job. */
  meta(id: string): M | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir(id), 'meta.json'), 'utf8')) as M;
    } catch {
      return undefined;
    }
  }

  /**
   * Moves a job's record aside (to `ID@EPOCH`, a name no job id can have), so
   * that the job can start afresh under a newer epoch. The old run's files stay
   * for the operator.
   */
  archive(id: string, epoch: number): void {
    let to = join(this.root, 'jobs', `${id}@${epoch}`);
    for (let n = 2; existsSync(to); n++) to = join(this.root, 'jobs', `${id}@${epoch}.${n}`);
    renameSync(this.dir(id), to);
  }

  saveMeta(m: M): void {
    writeAtomic(join(this.dir(m.id), 'meta.json'), JSON.stringify(m));
  }
}

/** Writes a file whole or not at all. */
export function writeAtomic(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}
