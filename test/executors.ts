import { chmodSync } from 'node:fs';
import type { ExecState, ExecStatus, Executor } from '../src/agent/executors/executor.js';
import { tempDir } from './helpers.js';

/** Polls an executor until job `id` is in one of `states`; throws with the state it is in after `ms`. */
export async function untilState(ex: Executor, id: string, states: ExecState[], ms: number, everyMs: number): Promise<ExecStatus> {
  const deadline = Date.now() + ms;
  for (;;) {
    const s = (await ex.poll([id])).get(id);
    if (s && states.includes(s.state)) return s;
    if (Date.now() > deadline) throw new Error(`job ${id} is ${s?.state ?? 'unknown'} (${s?.message ?? ''}), not ${states.join(' or ')}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A temporary directory other users may pass through (mkdtemp makes it 0700), as job users must. */
export function passable(prefix: string): string {
  const d = tempDir(prefix);
  chmodSync(d, 0o711);
  return d;
}
