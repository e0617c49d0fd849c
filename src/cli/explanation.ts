import { formatYuan } from '../core/money.js';

/** Money in minor units as the CLI prints it. */
export const yuan = (m: number): string => `${Number(formatYuan(m)).toLocaleString('en-US', { maximumFractionDigits: 4 })} yuan`;

interface Candidate { pool: string; latencyMs: number; cost: { compute: number; transfer: number; carbon: number; total: number } }

/** The placement engine's explanation as the API and the engine give it. */
export interface EngineExplanation {
  policy: string;
  candidates: number;
  feasible: number;
  checkers: { name: string; rule?: string; removed: number; example?: { pool: string; reason: string } }[];
  relaxed?: string[];
  winner?: Candidate;
  runnerUp?: Candidate;
  rejectedBy?: string;
}

export function isEngineExplanation(e: unknown): e is EngineExplanation {
  return typeof e === 'object' && e !== null && Array.isArray((e as { checkers?: unknown }).checkers);
}

/**
 * An explanation in lines of text: how many pools each rule removed (with
 * an example), what was relaxed, the winner's cost broken down and the
 * runner-up. Any other explanation (an order's pool, the federation's
 * choice) is printed key by key.
 */
export function explanationLines(e: unknown): string[] {
  if (e === null || e === undefined) return [];
  if (!isEngineExplanation(e)) {
    return Object.entries(e as Record<string, unknown>).filter(([, v]) => typeof v !== 'object').map(([k, v]) => `${k}: ${String(v)}`);
  }
  const out = [`policy ${e.policy}: ${e.candidates} pools in the network, ${e.feasible} feasible`];
  for (const c of e.checkers) {
    out.push(`  ${c.name.padEnd(10)} removed ${String(c.removed).padStart(6)}${c.rule ? `  (${c.rule})` : ''}${c.example ? `\n             e.g. ${c.example.pool}: ${c.example.reason}` : ''}`);
  }
  if ((e.relaxed?.length ?? 0) > 0) out.push(`  relaxed: ${e.relaxed!.join(', ')} (it alone left nothing)`);
  const line = (label: string, w: Candidate) =>
    `${label} ${w.pool} at ${w.latencyMs.toFixed(2)} ms: total ${yuan(w.cost.total)} = compute ${yuan(w.cost.compute)} + transfer ${yuan(w.cost.transfer)} + carbon ${yuan(w.cost.carbon)}`;
  if (e.winner) out.push(line('placed in', e.winner));
  if (e.runnerUp) out.push(line('runner-up', e.runnerUp));
  if (e.rejectedBy) out.push(`rejected by the ${e.rejectedBy} check`);
  return out;
}
