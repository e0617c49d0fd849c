import { session } from '../auth/session';
import { ApiError } from './client';

/** Downloads an API answer as a file (a CSV statement): fetched with this tab's token, saved under the name the platform gives. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const token = session.token();
  const res = await fetch(path, { headers: { ...(token && { authorization: `Bearer ${token}` }) } });
  if (!res.ok) {
    const e = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(res.status, e.error?.code ?? 'error', e.error?.message ?? res.statusText);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
