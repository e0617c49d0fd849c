import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer, Query } from './client';

/** Live figures refresh on this period while the tab is visible, unless the live stream brings them first; a hidden tab pauses. */
const LIVE_MS = 5000;

/** A query string of the parameters that are set. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const useMe = (enabled: boolean) => useQuery({ queryKey: ['me'], queryFn: () => api<Answer<'whoAmI'>>('GET', '/v1/me'), enabled, retry: false });

export const networkQuery = { queryKey: ['network'], queryFn: () => api<Answer<'getNetwork'>>('GET', '/v1/network'), staleTime: 60_000 };
export const useNetwork = () => useQuery(networkQuery);

/** Every data center with what the map draws, in one request. */
export const networkMapQuery = { queryKey: ['network-map'], queryFn: () => api<Answer<'getNetworkMap'>>('GET', '/v1/network/map'), staleTime: 30_000 };
export const useNetworkMap = () => useQuery({ ...networkMapQuery, refetchInterval: 30_000, refetchIntervalInBackground: false });

/** Every data center, page by page (500 at a time), optionally of one hub. */
export const useDataCenters = (hub?: string) => useQuery({
  queryKey: ['datacenters', hub ?? 'all'],
  staleTime: 60_000,
  queryFn: async () => {
    const all: Answer<'listDataCenters'>['dataCenters'] = [];
    let cursor: string | null = null;
    do {
      const page: Answer<'listDataCenters'> = await api('GET', `/v1/datacenters${qs({ limit: 500, hub, cursor })}`);
      all.push(...page.dataCenters);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  },
});

export const useDataCenter = (id: string) => useQuery({ queryKey: ['datacenter', id], queryFn: () => api<Answer<'getDataCenter'>>('GET', `/v1/datacenters/${encodeURIComponent(id)}`), staleTime: 60_000, retry: false });

export const summaryQuery = (scope: string) => ({ queryKey: ['summary', scope], queryFn: () => api<Answer<'getSummary'>>('GET', `/v1/monitoring/summary${qs({ scope })}`) });
export const useSummary = (scope: string) => useQuery({ ...summaryQuery(scope), refetchInterval: LIVE_MS, refetchIntervalInBackground: false });

export const useSeries = (scope: string, metric: string, step: '60' | '300' | '3600' | '7200' | '86400', spanS: number) => useQuery({
  queryKey: ['series', scope, metric, step, spanS], refetchInterval: LIVE_MS * 6, refetchIntervalInBackground: false,
  queryFn: () => {
    const to = Date.now();
    return api<Answer<'getSeries'>>('GET', `/v1/monitoring/series${qs({ scope, metric, step, from: to - spanS * 1000, to })}`);
  },
});

export const useFlows = (window: '1h' | '1d') => useQuery({
  queryKey: ['flows', window], refetchInterval: LIVE_MS * 6, refetchIntervalInBackground: false,
  queryFn: () => api<Answer<'getFlows'>>('GET', `/v1/monitoring/flows${qs({ window })}`),
});

export const useAlerts = () => useQuery({
  queryKey: ['alerts'], refetchInterval: LIVE_MS, refetchIntervalInBackground: false,
  queryFn: () => api<Answer<'listAlerts'>>('GET', '/v1/alerts?limit=100'),
});

// --- jobs ----------------------------------------------------------------------

export const useJobs = (q: Query<'listJobs'>) => useQuery({
  queryKey: ['jobs', q], refetchInterval: LIVE_MS * 2, refetchIntervalInBackground: false,
  queryFn: () => api<Answer<'listJobs'>>('GET', `/v1/jobs${qs(q)}`),
});

export const useJob = (id: string) => useQuery({
  queryKey: ['job', id], refetchInterval: LIVE_MS, refetchIntervalInBackground: false, retry: false,
  queryFn: () => api<Answer<'getJob'>>('GET', `/v1/jobs/${encodeURIComponent(id)}`),
});

/** The last part of a job's output, read again while the job runs, and once more when its state changes (its last output comes before its end). */
export const useJobOutput = (id: string, state: string | undefined, running: boolean) => useQuery({
  queryKey: ['job-output', id, state], enabled: state !== undefined, placeholderData: (prev) => prev,
  refetchInterval: running ? LIVE_MS : false, refetchIntervalInBackground: false, retry: false,
  queryFn: () => api<Answer<'getJobOutput'>>('GET', `/v1/jobs/${encodeURIComponent(id)}/output`),
});

// --- market and ledger ---------------------------------------------------------

export const useOffers = (q: Query<'searchOffers'>, enabled = true) => useQuery({
  queryKey: ['offers', q], enabled, placeholderData: (prev) => prev,
  queryFn: () => api<Answer<'searchOffers'>>('GET', `/v1/offers${qs(q)}`),
});

export const useOrders = (q: Query<'listOrders'>) => useQuery({
  queryKey: ['orders', q], refetchInterval: LIVE_MS * 2, refetchIntervalInBackground: false,
  queryFn: () => api<Answer<'listOrders'>>('GET', `/v1/orders${qs(q)}`),
});

export const useBalance = (tenant: string | undefined) => useQuery({
  queryKey: ['balance', tenant], enabled: tenant !== undefined, refetchInterval: LIVE_MS * 2, refetchIntervalInBackground: false,
  queryFn: () => api<Answer<'getBalance'>>('GET', `/v1/tenants/${encodeURIComponent(tenant!)}/balance`),
});

export const useStatement = (kind: 'tenants' | 'datacenters', id: string | undefined, period: string) => useQuery({
  queryKey: ['statement', kind, id, period], enabled: id !== undefined,
  queryFn: () => api<Answer<'tenantStatement'>>('GET', `/v1/statements/${kind}/${encodeURIComponent(id!)}${qs({ period })}`),
});

// --- identity, audit, federation -----------------------------------------------

export const useTenants = (enabled = true) => useQuery({ queryKey: ['tenants'], enabled, queryFn: () => api<Answer<'listTenants'>>('GET', '/v1/tenants') });

export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: () => api<Answer<'listUsers'>>('GET', '/v1/users?limit=500') });

export const useTokens = () => useQuery({ queryKey: ['tokens'], queryFn: () => api<Answer<'listTokens'>>('GET', '/v1/tokens') });

export const useAudit = (after: number) => useQuery({ queryKey: ['audit', after], placeholderData: (prev) => prev, queryFn: () => api<Answer<'listAudit'>>('GET', `/v1/audit${qs({ after, limit: 50 })}`) });

export const useAuditVerify = () => useQuery({ queryKey: ['audit-verify'], queryFn: () => api<Answer<'verifyAudit'>>('GET', '/v1/audit/verify') });

export const useFederation = () => useQuery({ queryKey: ['federation'], refetchInterval: LIVE_MS * 2, refetchIntervalInBackground: false, queryFn: () => api<Answer<'federationStatus'>>('GET', '/v1/federation/status') });

/** The planner's runs, page by page (newest first), and one run's self-contained report. */
export const usePlannerRuns = (cursor: string | null) => useQuery({ queryKey: ['planner-runs', cursor], placeholderData: (prev) => prev, queryFn: () => api<Answer<'listPlannerRuns'>>('GET', `/v1/planner/runs${qs({ limit: 20, cursor })}`) });
export const usePlannerReport = (id: string | undefined) => useQuery({ queryKey: ['planner-report', id], enabled: id !== undefined, staleTime: 60_000, queryFn: () => api<Answer<'getPlannerReport'>>('GET', `/v1/planner/runs/${encodeURIComponent(id!)}/report`) });
