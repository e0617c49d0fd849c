import { formatYuan } from '../core/money.js';

/** Money in minor units as the CLI prints it. */
export const yuan = (m: number): string => `${Number(formatYuan(m)).toLocaleString('en-US', { maximumFractionDigits: 4 })} yuan`;

interface Candidate { pool: string; latencyMs: number; cost: { compute: number; transfer: number; carbon: number; total: number }; score?: number }

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
  start?: { at: number; rule: string; reason: string; considered: { at: number; cost: number; co2Kg: number; pool?: string }[] };
}

/** Seconds from the start of a stream as day and time (China Standard Time; time 0 is 00:00 of day 1). */
const clock = (t: number): string => {
  const day = Math.floor(t / 86_400) + 1;
  const s = t - (day - 1) * 86_400;
  return `day ${day} ${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}`;
};

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
  const out: string[] = [];
  if (e.start && e.start.considered.length > 0) {
    out.push(`start ${clock(e.start.at)} (t=${e.start.at} s): ${e.start.reason}; starts considered (${e.start.rule}):`);
    for (const o of e.start.considered) {
      out.push(`  ${o.at === e.start.at ? '*' : ' '} ${clock(o.at).padEnd(13)} ${yuan(Math.round(o.cost)).padStart(16)}  ${o.co2Kg.toFixed(3).padStart(10)} kg CO2${o.pool ? `  at ${o.pool}` : ''}`);
    }
  }
  out.push(`policy ${e.policy}: ${e.candidates} pools in the network, ${e.feasible} feasible`);
  for (const c of e.checkers) {
    out.push(`  ${c.name.padEnd(10)} removed ${String(c.removed).padStart(6)}${c.rule ? `  (${c.rule})` : ''}${c.example ? `\n             e.g. ${c.example.pool}: ${c.example.reason}` : ''}`);
  }
  if ((e.relaxed?.length ?? 0) > 0) out.push(`  relaxed: ${e.relaxed!.join(', ')} (it alone left nothing)`);
  const line = (label: string, w: Candidate) =>
    `${label} ${w.pool} at ${w.latencyMs.toFixed(2)} ms: total ${yuan(w.cost.total)} = compute ${yuan(w.cost.compute)} + transfer ${yuan(w.cost.transfer)} + carbon ${yuan(w.cost.carbon)}`
    // The engine ranks by cost plus its pricing terms (fragmentation, and scarcity or look-ahead when set).
    + (w.score !== undefined && w.score > w.cost.total + 0.5 ? `; ranked at ${yuan(Math.round(w.score))} with ${yuan(Math.round(w.score - w.cost.total))} for the room it takes from later jobs` : '');
  if (e.winner) out.push(line('placed in', e.winner));
  if (e.runnerUp) out.push(line('runner-up', e.runnerUp));
  if (e.rejectedBy) out.push(`rejected by the ${e.rejectedBy} check`);
  return out;
}
