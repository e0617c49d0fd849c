import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from './client';
import type { Answer, Body } from './client';

/** Every write of the console: each refreshes the reads it changes. */

export const useQuote = () => useMutation({ mutationFn: (b: Body<'quoteOrder'>) => api<Answer<'quoteOrder'>>('POST', '/v1/orders/quote', b) });

/**
 * Buying in two steps: the quote of an order (what it would buy and cost),
 * then exactly the order that was quoted. `ready` when the quote found an
 * offer the balance covers.
 */
export function useQuoteThenBuy() {
  const quote = useQuote();
  const order = useCreateOrder();
  const [asked, setAsked] = useState<Body<'createOrder'>>();
  return {
    quote, order,
    ready: quote.data !== undefined && quote.data.offer !== null && quote.data.affordable,
    error: quote.error ?? order.error,
    preview(b: Body<'createOrder'>): void {
      setAsked(b);
      quote.mutate(b);
    },
    async buy(): Promise<Answer<'createOrder', 201> | undefined> {
      return asked ? order.mutateAsync(asked) : undefined;
    },
  };
}

export function useCreateOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (b: Body<'createOrder'>) => api<Answer<'createOrder', 201>>('POST', '/v1/orders', b),
    onSuccess: () => client.invalidateQueries({ predicate: (q) => ['orders', 'offers', 'balance'].includes(String(q.queryKey[0])) }),
  });
}

export function useSubmitJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (b: Body<'submitJob'>) => api<Answer<'submitJob', 201>>('POST', '/v1/jobs', b),
    onSuccess: () => client.invalidateQueries({ queryKey: ['jobs'] }),
  });
}

export function useCancelJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Answer<'cancelJob'>>('POST', `/v1/jobs/${encodeURIComponent(id)}/cancel`),
    onSuccess: (_d, id) => Promise.all([client.invalidateQueries({ queryKey: ['jobs'] }), client.invalidateQueries({ queryKey: ['job', id] })]),
  });
}

export function useCreateOffer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (b: Body<'createOffer'>) => api<Answer<'createOffer', 201>>('POST', '/v1/offers', b),
    onSuccess: () => client.invalidateQueries({ queryKey: ['offers'] }),
  });
}

export function usePatchOffer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...b }: Body<'patchOffer'> & { id: string }) => api<Answer<'patchOffer'>>('PATCH', `/v1/offers/${encodeURIComponent(id)}`, b),
    onSuccess: () => client.invalidateQueries({ queryKey: ['offers'] }),
  });
}

export function useCreateTenant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (b: Body<'createTenant'>) => api<Answer<'createTenant', 201>>('POST', '/v1/tenants', b),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tenants'] }),
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (b: Body<'createUser'>) => api<Answer<'createUser', 201>>('POST', '/v1/users', b),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['users'] }), client.invalidateQueries({ queryKey: ['tokens'] })]),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Answer<'revokeToken'>>('DELETE', `/v1/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

export function useTopUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ tenant, ...b }: Body<'topUp'> & { tenant: string }) => api<Answer<'topUp', 201>>('POST', `/v1/tenants/${encodeURIComponent(tenant)}/top-ups`, b),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['balance'] }), client.invalidateQueries({ queryKey: ['statement'] })]),
  });
}
