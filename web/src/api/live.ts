import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { readEvents } from '../../../src/api/events';
import { session } from '../auth/session';
import type { Answer } from './client';

export type LiveState = 'connecting' | 'live' | 'paused' | 'offline';

let state: LiveState = 'connecting';
const listeners = new Set<() => void>();
function setState(s: LiveState): void {
  state = s;
  for (const l of listeners) l();
}

/** Whether the live stream is connected, for the indicator in the header. */
export function useLiveState(): LiveState {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, () => state);
}

/** What an event of the stream changes in the console's reads. */
function apply(client: QueryClient, event: string, data: unknown): void {
  if ((data as { error?: unknown } | null)?.error) return;
  if (event === 'summary') client.setQueryData(['summary', 'national'], data as Answer<'getSummary'>);
  else if (event === 'alerts') client.setQueryData(['alerts'], data as Answer<'listAlerts'>);
  else if (event === 'jobs') {
    void client.invalidateQueries({ queryKey: ['jobs'] });
    for (const j of (data as Answer<'listJobs'>).jobs) {
      const cached = client.getQueryData<Answer<'getJob'>>(['job', j.id]);
      if (cached && cached.updatedAt !== j.updatedAt) void client.invalidateQueries({ queryKey: ['job', j.id] });
    }
  }
}

/**
 * Follows `GET /v1/events` while the tab is visible: the summary, the alerts
 * and job states arrive as they change instead of by polling. The token goes
 * in the Authorization header (read with fetch; EventSource cannot send one).
 * A hidden tab closes the stream; it opens again when the tab is shown.
 */
export function useLiveStream(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled) return undefined;
    let ctrl: AbortController | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const open = async (): Promise<void> => {
      ctrl?.abort();
      const mine = new AbortController();
      ctrl = mine;
      setState('connecting');
      try {
        const token = session.token();
        const res = await fetch('/v1/events', { headers: { ...(token && { authorization: `Bearer ${token}` }) }, signal: mine.signal });
        if (!res.ok || !res.body) throw new Error(String(res.status));
        setState('live');
        await readEvents(res.body, (event, data) => apply(client, event, data));
      } catch {
        if (mine.signal.aborted) return;
      }
      if (stopped || mine.signal.aborted) return;
      setState('offline');
      retry = setTimeout(() => void open(), 5000);
    };
    const onVisibility = () => {
      clearTimeout(retry);
      if (document.hidden) {
        ctrl?.abort();
        setState('paused');
      } else void open();
    };
    document.addEventListener('visibilitychange', onVisibility);
    if (document.hidden) setState('paused');
    else void open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      ctrl?.abort();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [enabled, client]);
}
