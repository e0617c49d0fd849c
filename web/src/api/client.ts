import { session } from '../auth/session';

export type { Answer, Body, Query } from '../../../src/api/answer';

/** An error answer of the API: its status and its one error body. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly fields: { path: string; message: string }[] = []) {
    super(message);
  }
}

/** Called when the platform refuses the token: the console returns to sign-in. */
let onUnauthorized: () => void = () => undefined;
export function whenUnauthorized(f: () => void): void {
  onUnauthorized = f;
}

/** Calls the platform's public API with this tab's token. */
export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, token = session.token()): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    throw new ApiError(res.status, 'not-json', res.statusText || text.slice(0, 200));
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; issues?: { path: string; message: string }[] } } | undefined)?.error;
    if (res.status === 401) onUnauthorized();
    throw new ApiError(res.status, e?.code ?? 'error', e?.message ?? res.statusText, e?.issues ?? []);
  }
  return json as T;
}
