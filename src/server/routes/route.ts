import { z } from 'zod';
import type { Role } from '../../store/repositories/identity.repository.js';
import type { Principal } from '../services/actor.js';
import type { Platform } from '../platform.js';

import type { Idempotency } from '../services/idempotency.js';

export type { Idempotency };

/** What a handler gets: the caller and the request's parts, parsed once by the route's schemas. */
export interface RouteInput<P = Record<string, string>, Q = Record<string, never>, B = undefined> {
  who: Principal;
  params: P;
  query: Q;
  body: B;
  /** On a route marked `idempotent`: the caller's key, if it sent one. */
  idempotency: Idempotency | undefined;
  /** True once the client has gone (a long-poll stops waiting). */
  closed: () => boolean;
}

/** An answer with a status other than the route's usual one, or with headers. */
export class Reply {
  constructor(readonly status: number, readonly body: unknown, readonly headers: Record<string, string> = {}) {}
}

/** What an idempotent route's handler returns: whether this request made it, and the answer. */
export interface Made<T = unknown> {
  created: boolean;
  body: T;
}

/** Error statuses an operation may declare beyond those the app derives (400, 401, 403, 404, 413, 415, 429). */
export type ErrorStatus = 402 | 404 | 409 | 503;

/** An example of an operation: a request body (when it takes one) and the answer. */
export interface RouteExample {
  request?: unknown;
  response: unknown;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * One API route as data: who may call it, what it takes, what it answers
 * for each status, and what it does. `app.ts` parses params, query and body
 * with these schemas before the handler runs, so handlers get typed input;
 * the same schemas are the OpenAPI document.
 */
export interface RouteSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  /** A stable name for clients: `submitJob`, `listOffers`. */
  operationId: string;
  roles: readonly Role[];
  /** No bearer token: the request authenticates itself (a peer platform's signed messages). Still rate limited by address. */
  public?: boolean;
  tag: string;
  /** One line. */
  summary: string;
  /** What the operation does, in a few sentences; the roles are added. */
  description: string;
  params?: P;
  query?: Q;
  body?: B;
  /** The body's JSON Schema for the docs, where the zod schema is not the whole story (a scenario document). */
  bodyDoc?: Record<string, unknown>;
  /** A faster parser that agrees with `body` (a randomised test checks it), for bodies that come in bulk. */
  parseBody?: (raw: unknown) => unknown;
  /** The success answers by status; errors share one schema and are listed by the app. */
  responses: Partial<Record<200 | 201 | 202, Schema>>;
  /** Errors beyond those the app derives from the route's shape. */
  errors?: readonly ErrorStatus[];
  /** Replays with an Idempotency-Key: the handler returns `Made`, answered 201 when made and 200 (Idempotent-Replayed) when found. */
  idempotent?: boolean;
  /** A caller whose role may not call this is told the resource is absent ("job ID not found"), not that it is forbidden. */
  hiddenAs404?: string;
  examples?: RouteExample;
  handler(p: Platform, r: RouteInput<Out<P>, Out<Q>, Out<B>>): Promise<unknown>;
}

/** A route of any input types, as the app registers it. */
export type RouteDef = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

/** Declares a route; its handler's input is typed by its schemas. */
export function route<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(spec: RouteSpec<P, Q, B>): RouteDef {
  return spec as unknown as RouteDef;
}

export const ALL: Role[] = ['platform-admin', 'regulator', 'dc-operator', 'tenant-admin', 'tenant-member', 'dc-agent'];
export const ADMIN: Role[] = ['platform-admin'];
export const WATCHERS: Role[] = ['platform-admin', 'regulator', 'dc-operator'];
export const TENANTS: Role[] = ['platform-admin', 'tenant-admin', 'tenant-member'];

/** A path parameter naming a resource. */
export function idParam(what: string): z.ZodObject<{ id: z.ZodString }> {
  return z.strictObject({ id: z.string().min(1).max(500).describe(`The ${what}'s id.`) });
}

export { queryInt } from '../query.js';
