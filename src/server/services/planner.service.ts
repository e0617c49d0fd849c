import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import type { PlannerRunList, PlannerRunView } from '../contract/schemas.js';
import { pageCursor, pageLimit } from '../query.js';

/** A folder name the list may give: the ids' own pattern, so no path leaves the planner's folder. */
const FOLDER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export const plannerListQuerySchema = z.strictObject({
  limit: pageLimit(50, 'Runs per page, newest first.', 200),
  cursor: pageCursor(),
});

interface Summary {
  inputs?: { scenario?: string; jobs?: string; whatIfs?: string[]; policy?: string; seed?: number };
  runs?: { name?: string; cost?: { total?: number }; co2Tonnes?: number; greenShareOfEnergy?: number | null; jobs?: { submitted?: number }; description?: string }[];
}

/**
 * The planner's outputs the console shows: every folder of `dir` that holds
 * a summary.json from `suanli simulate --out`, newest first, with its runs'
 * headline figures, and each one's summary and self-contained report.
 * Folders without a readable summary are not planner runs and are skipped.
 */
export class PlannerService {
  constructor(private readonly dir: string) {}

  list(q: z.output<typeof plannerListQuerySchema>): PlannerRunList {
    const runs = this.folders().map((f) => this.headline(f.id, f.at)).filter((r): r is NonNullable<typeof r> => r !== undefined);
    const from = q.cursor === undefined ? 0 : Number(q.cursor);
    const page = runs.slice(from, from + q.limit);
    return { runs: page, nextCursor: from + q.limit < runs.length ? String(from + q.limit) : null };
  }

  /** One folder's summary.json, as written. */
  summary(id: string): unknown {
    return JSON.parse(this.read(id, 'summary.json')) as unknown;
  }

  /** One folder's report.html, for the console to show in a sandboxed frame. */
  report(id: string): { id: string; lang: string; html: string } {
    const html = this.read(id, 'report.html');
    return { id, lang: /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en', html };
  }

  private folders(): { id: string; at: number }[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names.filter((n) => FOLDER.test(n)).flatMap((id) => {
      const st = fileStat(join(this.dir, id, 'summary.json'));
      return st?.isFile() ? [{ id, at: st.mtimeMs }] : [];
    }).sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
  }

  private headline(id: string, at: number): PlannerRunView | undefined {
    let s: Summary;
    try {
      s = JSON.parse(readFileSync(join(this.dir, id, 'summary.json'), 'utf8')) as Summary;
    } catch {
      return undefined;
    }
    if (!Array.isArray(s.runs)) return undefined;
    return {
      id, writtenAt: new Date(Math.floor(at)).toISOString(),
      scenario: s.inputs?.scenario ?? null, jobs: s.inputs?.jobs ?? null, policy: s.inputs?.policy ?? null, seed: s.inputs?.seed ?? null,
      hasReport: fileStat(join(this.dir, id, 'report.html'))?.isFile() ?? false,
      runs: s.runs.map((r) => ({
        name: String(r.name ?? ''), costMinor: typeof r.cost?.total === 'number' ? r.cost.total : null, co2Tonnes: r.co2Tonnes ?? null,
        greenShareOfEnergy: r.greenShareOfEnergy ?? null, jobs: r.jobs?.submitted ?? null, ...(r.description !== undefined && { description: r.description }),
      })),
    };
  }

  private read(id: string, file: string): string {
    if (!FOLDER.test(id)) throw new ValidationError('params', [{ path: 'id', message: 'is not the name of a planner run' }]);
    try {
      return readFileSync(join(this.dir, id, file), 'utf8');
    } catch {
      throw new NotFoundError(`planner run "${id}" has no ${file}`);
    }
  }
}

/** A file's status, or undefined when it is not there or a part of its path is not a folder. */
function fileStat(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
