import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { jsonAnswer } from '../agent/platform-client.js';
import { AppError, UsageError, ValidationError } from '../core/errors.js';
import { readEvents } from '../api/events.js';

/** An error answer from a platform, with its status and body. */
export class ApiError extends AppError {
  readonly code: string;
  constructor(readonly status: number, readonly body: { error?: { code?: string; message?: string; issues?: { path: string; message: string }[] } }) {
    const e = body.error;
    const issues = e?.issues?.map((i) => `\n  ${i.path ? `${i.path}: ` : ''}${i.message}`).join('') ?? '';
    super(`${status}: ${e?.message ?? 'request failed'}${issues}`);
    this.code = status >= 500 ? 'internal' : (e?.code ?? 'api');
  }
}

export interface ClientOptions {
  url?: string;
  token?: string;
}

/** `~/.config/suanli/client.json`: `{ "url": "...", "token": "..." }`, or the file SUANLI_CLIENT_CONFIG names. */
export function clientConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.SUANLI_CLIENT_CONFIG ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'suanli', 'client.json');
}

/** Where to reach the platform and with which token: flags, then SUANLI_URL / SUANLI_TOKEN, then the client config file. */
export function resolveClient(opts: ClientOptions, env: NodeJS.ProcessEnv = process.env): { url: string; token: string } {
  const file = clientConfigFile(env);
  let fromFile: { url?: unknown; token?: unknown } = {};
  if (existsSync(file)) {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as typeof fromFile;
    } catch (e) {
      throw new ValidationError(file, [{ path: '', message: `not valid JSON: ${(e as Error).message}` }]);
    }
  }
  const url = opts.url ?? env.SUANLI_URL ?? (typeof fromFile.url === 'string' ? fromFile.url : undefined) ?? 'http://127.0.0.1:8080';
  const token = opts.token ?? env.SUANLI_TOKEN ?? (typeof fromFile.token === 'string' ? fromFile.token : undefined);
  if (!token) throw new UsageError(`no API token: pass --token, set SUANLI_TOKEN, or put {"token": "..."} in ${file}`);
  // The banner prints the API as URL/v1: either is taken as the platform's URL.
  return { url: url.replace(/\/+$/, '').replace(/\/v1$/, ''), token };
}

/** The flags every command that calls a platform takes. */
export const clientFlags = (c: Command): Command => c.option('--url <url>', 'platform URL (default: SUANLI_URL or http://127.0.0.1:8080)').option('--token <token>', 'API token (default: SUANLI_TOKEN)').option('--json', 'print the answer as JSON');

export type ClientFlags = ClientOptions & { json?: boolean };

/** Calls the platform's API and returns the parsed answer, or throws ApiError. */
export async function apiCall(c: { url: string; token: string }, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  return jsonAnswer(await apiText(c, method, path, body, headers));
}

/** Calls the platform's API and returns the answer's text (a CSV statement), or throws ApiError. */
export async function apiText(c: { url: string; token: string }, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<string> {
  return (await apiResponse(c, method, path, body, headers)).text;
}

/** An API call's JSON answer and whether the platform answered it as the replay of an earlier request with the same idempotency key. */
export async function apiCallReplayed(c: { url: string; token: string }, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ body: unknown; replayed: boolean }> {
  const r = await apiResponse(c, method, path, body, headers);
  return { body: jsonAnswer(r.text), replayed: r.headers.get('idempotent-replayed') === 'true' };
}

async function apiResponse(c: { url: string; token: string }, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ text: string; headers: Headers }> {
  let res: Response;
  try {
    res = await fetch(`${c.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${c.token}`, ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch (e) {
    throw new UsageError(`cannot reach the platform at ${c.url}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
  }
  const text = await res.text();
  if (!res.ok) throw new ApiError(res.status, jsonAnswer(text) as ApiError['body']);
  return { text, headers: res.headers };
}

/**
 * Follows the platform's live stream (`GET /v1/events`): calls `onEvent`
 * with each event's name and JSON until `onEvent` answers false or the
 * stream ends. The token goes in the Authorization header, as for every call.
 */
export async function followEvents(c: { url: string; token: string }, topics: string, onEvent: (event: string, data: unknown) => boolean | Promise<boolean>, signal?: AbortSignal): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${c.url}/v1/events?topics=${encodeURIComponent(topics)}`, { headers: { authorization: `Bearer ${c.token}` }, ...(signal && { signal }) });
  } catch (e) {
    throw new UsageError(`cannot reach the platform at ${c.url}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
  }
  if (!res.ok || !res.body) throw new ApiError(res.status, jsonAnswer(await res.text()) as ApiError['body']);
  await readEvents(res.body, onEvent);
}
