import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer } from './client';

/** Live figures refresh on this period while the tab is visible; a hidden tab pauses. */
const LIVE_MS = 5000;

export const useMe = (enabled: boolean) => useQuery({ queryKey: ['me'], queryFn: () => api<Answer<'whoAmI'>>('GET', '/v1/me'), enabled, retry: false });

export const useNetwork = () => useQuery({ queryKey: ['network'], queryFn: () => api<Answer<'getNetwork'>>('GET', '/v1/network'), staleTime: 60_000 });

/** Every data center with what the map draws, in one request. */
export const useNetworkMap = () => useQuery({ queryKey: ['network-map'], queryFn: () => api<Answer<'getNetworkMap'>>('GET', '/v1/network/map'), staleTime: 60_000 });

/** Every data center, page by page (500 at a time), optionally of one hub. */
export const useDataCenters = (hub?: string) => useQuery({
  queryKey: ['datacenters', hub ?? 'all'],
  staleTime: 60_000,
  queryFn: async () => {
    const all: Answer<'listDataCenters'>['dataCenters'] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams({ limit: '500', ...(hub && { hub }), ...(cursor && { cursor }) });
      const page: Answer<'listDataCenters'> = await api('GET', `/v1/datacenters?${q}`);
      all.push(...page.dataCenters);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  },
});

export const useSummary = (scope: string) => useQuery({
  queryKey: ['summary', scope], refetchInterval: LIVE_MS, refetchIntervalInBackground: false,
  queryFn: () => api<Answer<'getSummary'>>('GET', `/v1/monitoring/summary?scope=${encodeURIComponent(scope)}`),
});

export const useSeries = (scope: string, metric: string, step: '60' | '3600' | '86400', spanS: number) => useQuery({
  queryKey: ['series', scope, metric, step, spanS], refetchInterval: LIVE_MS * 6, refetchIntervalInBackground: false,
  queryFn: () => {
    const to = Date.now();
    const q = new URLSearchParams({ scope, metric, step, from: String(to - spanS * 1000), to: String(to) });
    return api<Answer<'getSeries'>>('GET', `/v1/monitoring/series?${q}`);
  },
});

export const useAlerts = () => useQuery({
  queryKey: ['alerts'], refetchInterval: LIVE_MS, refetchIntervalInBackground: false,
  queryFn: () => api<Answer<'listAlerts'>>('GET', '/v1/alerts?limit=100'),
});
