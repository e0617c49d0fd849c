import type { z } from 'zod';
import { ValidationError } from '../../core/errors.js';
import { issuesFromZod } from '../../core/network/scenario.js';
import type { Role } from '../../store/repositories/identity.repository.js';
import type { Principal } from '../services/actor.js';
import type { Platform } from '../platform.js';

/** What a handler gets: the caller, the parsed request parts and the platform. */
export interface RouteInput {
  who: Principal;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** True once the client has gone (a long-poll stops waiting). */
  closed: () => boolean;
}

/** An answer with a status other than the route's usual one. */
export class Reply {
  constructor(readonly status: number, readonly body: unknown, readonly headers: Record<string, string> = {}) {}
}

/** One API route: who may call it, what it takes (for the docs) and what it does. */
export interface RouteDef {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  roles: readonly Role[];
  /** No bearer token: the request authenticates itself (a peer platform's signed messages). Still rate limited by address. */
  public?: boolean;
  summary: string;
  tag: string;
  body?: z.ZodType | Record<string, unknown>;
  query?: z.ZodType;
  /** Status of a success (200 unless given). */
  status?: number;
  handler(p: Platform, r: RouteInput): Promise<unknown>;
}

export const ALL: Role[] = ['platform-admin', 'regulator', 'dc-operator', 'tenant-admin', 'tenant-member', 'dc-agent'];
export const ADMIN: Role[] = ['platform-admin'];
export const WATCHERS: Role[] = ['platform-admin', 'regulator', 'dc-operator'];
export const TENANTS: Role[] = ['platform-admin', 'tenant-admin', 'tenant-member'];

export function parse<T extends z.ZodType>(schema: T, value: unknown, source: string): z.output<T> {
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) throw new ValidationError(source, issuesFromZod(r.error));
  return r.data;
}

/** The Idempotency-Key header, if sent. */
export function idempotencyKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const key = headers['idempotency-key'];
  return Array.isArray(key) ? key[0] : key;
}
