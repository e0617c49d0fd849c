import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { Role } from '../store/repositories/identity.repository.js';
import type { Platform } from './platform.js';
import type { Principal } from './services/actor.js';
import { RateLimitedError } from './errors.js';
import { alertsQuerySchema } from './services/monitoring.service.js';
import { jobListQuerySchema } from './services/job.service.js';

/**
 * The live stream of `GET /v1/events`: server-sent events carrying what
 * the console shows live. Each topic is read as its own API read would
 * answer the caller (so a role sees in the stream what it may read, no
 * more), every `intervalMs`, and sent only when it changed. A comment line
 * every 15 s keeps idle connections open through proxies.
 */

export const LIVE_TOPICS = ['summary', 'alerts', 'jobs'] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/** Who may follow each topic: the roles of the read it repeats. */
const TOPIC_ROLES: Record<LiveTopic, readonly Role[]> = {
  summary: ['platform-admin', 'regulator'],
  alerts: ['platform-admin', 'regulator', 'dc-operator'],
  jobs: ['platform-admin', 'tenant-admin', 'tenant-member', 'dc-operator'],
};

export const liveQuerySchema = z.strictObject({
  topics: z.string().max(200).optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const wanted = v.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = wanted.filter((w) => !(LIVE_TOPICS as readonly string[]).includes(w));
      if (bad.length > 0 || wanted.length === 0) {
        ctx.addIssue({ code: 'custom', message: `must be a comma-separated list of ${LIVE_TOPICS.join(', ')}${bad.length > 0 ? `; "${bad[0]}" is not one` : ''}` });
        return z.NEVER;
      }
      return [...new Set(wanted)] as LiveTopic[];
    })
    .describe(`Comma-separated: ${LIVE_TOPICS.join(', ')}. Default: every topic the role may read (summary: admins and regulators; alerts: watchers; jobs: tenants, operators and admins).`),
});

/** The topics a caller follows: those asked for (or all), less those its role may not read. */
export function topicsFor(who: Principal, asked: readonly LiveTopic[] | undefined): LiveTopic[] {
  return (asked ?? LIVE_TOPICS).filter((t) => TOPIC_ROLES[t].includes(who.role));
}

/** The streams open on each platform, which end when its server stops (an open stream would hold the server up). */
const OPEN = new WeakMap<Platform, Map<PassThrough, string>>();

/** Live streams one token may hold open at once. */
export const MAX_STREAMS_PER_TOKEN = 8;

/** Ends every live stream of a platform: before its server closes. */
export function endLiveStreams(p: Platform): void {
  for (const s of OPEN.get(p)?.keys() ?? []) s.end();
}

/** One topic's answer now, as its API read gives it to the caller. */
async function read(p: Platform, who: Principal, topic: LiveTopic): Promise<unknown> {
  if (topic === 'summary') return p.federation.views.readSummary(who);
  if (topic === 'alerts') return p.monitoring.alerts(alertsQuerySchema.parse({ limit: '100' }), who);
  return p.jobs.list(jobListQuerySchema.parse({ limit: '50' }), who);
}

/** What changes in a topic's answer: its figures, not the moment it was read. */
function fingerprint(v: unknown): string {
  return JSON.stringify(v, (k, x: unknown) => (k === 'asOf' ? undefined : x));
}

/**
 * Opens the stream for a caller: a readable of `text/event-stream` that
 * ends when `closed()` turns true (the client went) or the platform stops.
 */
export function openLiveStream(p: Platform, who: Principal, topics: LiveTopic[], closed: () => boolean, intervalMs = 2000): PassThrough {
  const open = OPEN.get(p) ?? new Map<PassThrough, string>();
  OPEN.set(p, open);
  // Each stream reads the store every round: one token holds a few at most (a few tabs), so it cannot wear the platform down.
  if ([...open.values()].filter((t) => t === who.tokenId).length >= MAX_STREAMS_PER_TOKEN) throw new RateLimitedError(Math.ceil(intervalMs / 1000) * 5);
  const out = new PassThrough();
  open.set(out, who.tokenId);
  out.on('close', () => open.delete(out));
  const last = new Map<LiveTopic, string>();
  let lastWrite = Date.now();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    out.end();
  };
  const send = (chunk: string) => {
    lastWrite = Date.now();
    out.write(chunk);
  };
  const round = async (): Promise<void> => {
    if (closed() || out.destroyed) return stop();
    for (const topic of topics) {
      let data: unknown;
      try {
        data = await read(p, who, topic);
      } catch (e) {
        // A topic that cannot be read now (no network loaded yet, say) says so once, and is tried again next round.
        data = { error: { code: (e as { code?: string }).code ?? 'unavailable', message: (e as Error).message } };
      }
      const f = fingerprint(data);
      if (last.get(topic) === f) continue;
      last.set(topic, f);
      send(`event: ${topic}\ndata: ${JSON.stringify(data)}\n\n`);
    }
    if (Date.now() - lastWrite > 15_000) send(': keep-alive\n\n');
  };
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    round().catch(() => stop()).finally(() => {
      busy = false;
    });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  out.on('close', stop);
  // The client is told how long to wait before reconnecting, then gets every topic at once.
  send(`retry: ${Math.max(1000, intervalMs)}\n\n`);
  tick();
  return out;
}
