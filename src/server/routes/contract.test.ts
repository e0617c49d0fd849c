import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testPlatform } from '../../../test/platform.js';
import type { TestPlatform } from '../../../test/platform.js';
import { ACTIONS, contractGaps } from './contract.js';
import { successSchema } from './openapi.js';
import { registerRoutes } from './register.js';
import { checkResponses, contractProblem } from './response-check.js';
import { route } from './route.js';
import type { RouteDef } from './route.js';
import { V1_ROUTES } from './v1.js';

type Doc = Parameters<typeof contractGaps>[0] & { paths: Record<string, Record<string, Record<string, unknown>>> };

describe('the API contract', () => {
  let t: TestPlatform;
  let doc: Doc;
  beforeAll(async () => {
    t = await testPlatform('sqlite');
    doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as Doc;
  });
  afterAll(() => t.close());

  it('describes every operation completely: id, summary, description, parameters, examples, every error, 201 for a create', () => {
    expect(contractGaps(doc)).toEqual([]);
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
    expect(operations.length).toBe(V1_ROUTES.length + 3);
    for (const probe of ['/healthz', '/readyz', '/metrics']) expect(doc.paths[probe]?.get?.operationId, probe).toBeTruthy();
    // The POST operations that answer 200 are exactly the actions on something that exists.
    const posts = V1_ROUTES.filter((r) => r.method === 'POST' && r.responses[200] !== undefined).map((r) => r.operationId);
    expect(new Set(posts)).toEqual(ACTIONS);
  });

  it('finds the gap when one route loses its response schema, its example or a parameter description', () => {
    const drop = structuredClone(doc);
    const jobs = drop.paths['/v1/jobs/{id}']!.get! as { responses: Record<string, { content: Record<string, { schema: unknown }> }>; parameters: { description?: string }[] };
    jobs.responses['200']!.content['application/json']!.schema = {};
    delete jobs.parameters[0]!.description;
    const tenants = drop.paths['/v1/tenants']!.post! as { responses: Record<string, unknown>; requestBody: { content: Record<string, { example?: unknown }> } };
    delete tenants.responses['201'];
    delete tenants.requestBody.content['application/json']!.example;
    delete tenants.responses['429'];
    expect(contractGaps(drop)).toEqual([
      'POST /v1/tenants: request body without an example',
      'POST /v1/tenants: no success response',
      'POST /v1/tenants: a create that does not answer 201',
      'POST /v1/tenants: error 429 is not listed',
      'GET /v1/jobs/{id}: parameter path id is not described',
      'GET /v1/jobs/{id}: response 200 has no schema',
    ]);
  });

  it('has examples that are answers and requests of their own schemas', () => {
    for (const r of V1_ROUTES) {
      expect(r.examples, r.operationId).toBeDefined();
      const status = Number(Object.keys(r.responses)[0]);
      const out = successSchema(r, status)!.safeParse(r.examples!.response);
      expect(out.success ? [] : out.error.issues, `${r.operationId} response example`).toEqual([]);
      if (r.body && r.url !== '/v1/scenario') {
        const req = r.body.safeParse(r.examples!.request);
        expect(req.success ? [] : req.error.issues, `${r.operationId} request example`).toEqual([]);
      }
    }
  });

  it('checks answers against the declared schemas: an undeclared status, a wrong shape or a missing schema is a violation', () => {
    const getJob = V1_ROUTES.find((r) => r.operationId === 'listTenants')!;
    expect(contractProblem(getJob, 200, JSON.stringify({ tenants: [] }), 'application/json; charset=utf-8')).toBeUndefined();
    expect(contractProblem(getJob, 200, JSON.stringify({ tenants: [{ id: 'a' }] }), 'application/json')).toBe('tenants.0.name: Invalid input: expected string, received undefined; tenants.0.createdAt: Invalid input: expected number, received undefined');
    expect(contractProblem(getJob, 201, JSON.stringify({ tenants: [] }), 'application/json')).toBe('status 201 is not among the declared answers 200');
    expect(contractProblem(getJob, 409, JSON.stringify({ error: { code: 'conflict', message: 'x', requestId: 'r' } }), 'application/json')).toBe('status 409 is not among the declared errors 400, 401, 403, 413, 415, 429');
    expect(contractProblem(getJob, 403, JSON.stringify({ message: 'no' }), 'application/json')).toContain('error: Invalid input');
    // A route whose response schema is removed fails on every answer it gives.
    const stripped: RouteDef = { ...getJob, responses: {} };
    expect(contractProblem(stripped, 200, JSON.stringify({ tenants: [] }), 'application/json')).toBe('status 200 is not among the declared answers ');
  });

  it('answers a contract violation with a 500 naming it, and records it for the run to fail on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suanli-contract-test-'));
    const app = Fastify();
    checkResponses(app, dir);
    const wrong = route({
      method: 'GET', url: '/v1/wrong', operationId: 'wrong', roles: ['platform-admin'], tag: 't', summary: 's', description: 'Answers the wrong shape.',
      responses: { 200: z.strictObject({ n: z.number() }) }, handler: async () => ({ n: 'one' }),
    });
    const who = { tokenId: 't', name: 'n', role: 'platform-admin' as const, source: 'test' };
    registerRoutes(app, t.platform, [wrong], { authorize: async () => who, signedCaller: () => who });
    const r = await app.inject({ method: 'GET', url: '/v1/wrong' });
    expect(r.statusCode).toBe(500);
    expect(r.json().error.message).toBe('answer breaks the API contract: wrong 200: n: Invalid input: expected number, received string');
    const lines = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n'));
    expect(lines.map((l) => JSON.parse(l).problem)).toEqual(['n: Invalid input: expected number, received string']);
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
