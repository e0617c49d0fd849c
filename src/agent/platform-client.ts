import { UsageError } from '../core/errors.js';
import { ApiRefusal } from './agent.js';
import type { PlatformCall } from './agent.js';

/** An HTTP answer's body as JSON; a body that is not JSON becomes an error object carrying its start. */
export function jsonAnswer(text: string): unknown {
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    return { error: { message: text.slice(0, 200) } };
  }
}

/** Calls a platform's API with a bearer token; a 4xx answer becomes ApiRefusal with the platform's message. */
export function platformClient(url: string, token: string, timeoutMs = 90_000): PlatformCall {
  const base = url.replace(/\/+$/, '');
  return async (method, path, body, signal) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (e) {
      if ((e as Error).name === 'AbortError' || (e as Error).name === 'TimeoutError') throw e;
      // The platform is down or the URL is wrong: said as such (the CLI exits 2 with it), not as a fault of the agent.
      const cause = (e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message;
      throw new UsageError(`cannot reach the platform at ${base}: ${cause}`);
    }
    const parsed = jsonAnswer(await res.text());
    if (res.status >= 400 && res.status < 500) {
      const e = (parsed as { error?: { message?: string; issues?: { path: string; message: string }[] } }).error;
      throw new ApiRefusal(res.status, `${e?.message ?? `HTTP ${res.status}`}${e?.issues ? `: ${e.issues.map((i) => `${i.path} ${i.message}`).join('; ')}` : ''}`);
    }
    if (!res.ok) throw new Error(`the platform answered ${res.status} to ${method} ${path}`);
    return parsed;
  };
}
