import { z } from 'zod';
import type { Role } from '../../store/repositories/identity.repository.js';
import { assignmentsQuerySchema } from '../services/agent.service.js';
import { jobListQuerySchema, jobOutputSchema, jobReportSchema, jobSubmitSchema, jobView } from '../services/job.service.js';
import { EXAMPLE_JOB, EXAMPLE_JOB_REQUEST } from './examples.js';
import { idParam, route, TENANTS } from './route.js';
import { assignmentsSchema, jobBatchSchema, jobDetailSchema, jobOutputAnswerSchema, jobPageSchema, jobSchema, outputAcceptedSchema } from '../contract/schemas.js';

const JOB_READERS: Role[] = ['platform-admin', 'tenant-admin', 'tenant-member', 'dc-operator', 'dc-agent'];

/** Jobs: submitted by tenants, placed by the engine, run and reported by data centers' agents. */
export const JOB_ROUTES = [
  route({
    method: 'POST', url: '/v1/jobs', operationId: 'submitJob', roles: TENANTS, tag: 'jobs', idempotent: true, errors: [404],
    summary: 'Submit a job.',
    description: 'The job is checked against the network (class, model, origin, residency) and stored as pending; the placement engine places it within a second, and `GET /v1/jobs/{id}` explains the choice. Send an Idempotency-Key to make retries safe. An admin names the tenant; a tenant token submits for its own.',
    body: jobSubmitSchema, responses: { 201: jobSchema },
    examples: { request: EXAMPLE_JOB_REQUEST, response: { ...EXAMPLE_JOB, state: 'pending', placement: undefined, attempts: 0 } },
    async handler(p, r) {
      const out = await p.metrics.timed('job.submit', () => p.jobs.submit(r.body, r.who, r.idempotency));
      return { created: out.created, body: out.job };
    },
  }),
  route({
    method: 'POST', url: '/v1/jobs/batch', operationId: 'submitJobBatch', roles: TENANTS, tag: 'jobs', idempotent: true, errors: [404],
    summary: 'Submit up to 1,000 jobs at once, all or none.',
    description: 'One invalid job refuses the batch, naming `jobs[i].field`. An Idempotency-Key covers the whole batch: the same batch again answers the jobs it made; a different batch under the same key is 409.',
    body: z.strictObject({ jobs: z.array(jobSubmitSchema).min(1, { message: 'must hold 1 to 1,000 jobs' }).max(1000, { message: 'must hold 1 to 1,000 jobs' }).describe('The jobs, each as for POST /v1/jobs.') }),
    responses: { 201: jobBatchSchema },
    examples: { request: { jobs: [EXAMPLE_JOB_REQUEST] }, response: { jobs: [{ ...EXAMPLE_JOB, state: 'pending', placement: undefined, attempts: 0 }], created: 1 } },
    async handler(p, r) {
      const out = await p.metrics.timed('job.submit', () => p.jobs.submitBatch(r.body.jobs, r.who, r.idempotency));
      return { created: out.created > 0, body: out };
    },
  }),
  route({
    method: 'GET', url: '/v1/jobs', operationId: 'listJobs', roles: JOB_READERS, tag: 'jobs', query: jobListQuerySchema,
    summary: 'Jobs you may see, newest first.',
    description: 'A tenant sees its own jobs, an operator or agent those at its data centers. Filter by state, tenant or data center; pass nextCursor as cursor for the next page.',
    responses: { 200: jobPageSchema }, examples: { response: { jobs: [EXAMPLE_JOB], nextCursor: '41' } },
    handler: (p, r) => p.jobs.list(r.query, r.who),
  }),
  route({
    method: 'GET', url: '/v1/jobs/:id', operationId: 'getJob', roles: JOB_READERS, tag: 'jobs', params: idParam('job'), hiddenAs404: 'job',
    summary: 'A job with its history and its placement explanation.',
    description: 'The job, every change of its state, and why it is where it is: which checkers ruled out which data centers, the scores of those left, and the lower bound the choice was checked against. A job the caller may not see is not found.',
    responses: { 200: jobDetailSchema },
    examples: { response: { ...EXAMPLE_JOB, events: [{ at: EXAMPLE_JOB.createdAt, state: 'pending' }, { at: EXAMPLE_JOB.updatedAt, state: 'placed' }], explanation: { chosen: 'qy-a/a100', policy: 'cheapest-feasible' } } },
    async handler(p, r) {
      const { job, events } = await p.jobs.get(r.params.id, r.who);
      return { ...jobView(job), events: events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })), explanation: await p.placement.describe(job.explanation) };
    },
  }),
  route({
    method: 'GET', url: '/v1/jobs/:id/output', operationId: 'getJobOutput', roles: ['platform-admin', 'dc-operator', 'tenant-admin', 'tenant-member'], tag: 'jobs', params: idParam('job'), hiddenAs404: 'job',
    summary: "The last part of a job's standard output and error.",
    description: 'The last 64 KiB of each stream, as the job\'s agent last uploaded it (every few seconds while it runs, and once at the end), with each stream\'s whole length. For the job\'s tenant, the platform\'s admins and its data center\'s operators; a job the caller may not see is not found. The text is what the job wrote: show it escaped.',
    responses: { 200: jobOutputAnswerSchema },
    examples: { response: { job: EXAMPLE_JOB.id, state: 'running', epoch: 1, updatedAt: EXAMPLE_JOB.updatedAt, stdout: { text: 'epoch 3: loss 0.41\n', bytes: 1_204_551, truncated: true }, stderr: { text: '', bytes: 0, truncated: false } } },
    handler: (p, r) => p.jobs.output(r.params.id, r.who),
  }),
  route({
    method: 'POST', url: '/v1/jobs/:id/output', operationId: 'putJobOutput', roles: ['dc-agent'], tag: 'jobs', params: idParam('job'), errors: [409],
    summary: "An agent's upload of the last part of a job's output.",
    description: 'The agent of the job\'s data center sends the last 64 KiB of each stream and its whole length, under the job\'s current epoch (a stale epoch is 409). It replaces the upload before.',
    body: jobOutputSchema, responses: { 200: outputAcceptedSchema },
    examples: { request: { epoch: 1, stdout: { tail: 'epoch 3: loss 0.41\n', bytes: 1_204_551 }, stderr: { tail: '', bytes: 0 } }, response: { job: EXAMPLE_JOB.id, stdoutBytes: 1_204_551, stderrBytes: 0 } },
    handler: (p, r) => p.jobs.putOutput(r.params.id, r.body, r.who),
  }),
  route({
    method: 'POST', url: '/v1/jobs/:id/cancel', operationId: 'cancelJob', roles: TENANTS, tag: 'jobs', params: idParam('job'), errors: [409],
    summary: 'Cancel a job that has not finished.',
    description: 'The job becomes cancelled; its data center stops it at the next assignment poll, and use so far is metered. Cancelling a cancelled job answers it again; a finished job is 409.',
    responses: { 200: jobSchema }, examples: { response: { ...EXAMPLE_JOB, state: 'cancelled', reason: 'cancelled by the owner' } },
    handler: (p, r) => p.jobs.cancel(r.params.id, r.who),
  }),
  route({
    method: 'POST', url: '/v1/jobs/:id/report', operationId: 'reportJob', roles: ['dc-agent'], tag: 'jobs', params: idParam('job'), errors: [409],
    summary: "An agent's report of a job's state.",
    description: 'The platform believes an agent about its own data center\'s jobs only, at their current epoch (a stale epoch is 409: stop the job), in a state the job may move to. Reported use is capped by the time the platform saw the job run. Every refusal is audited.',
    body: jobReportSchema, responses: { 200: jobSchema },
    examples: { request: { epoch: 1, state: 'succeeded', exitCode: 0, unitSeconds: 28800 }, response: { ...EXAMPLE_JOB, state: 'succeeded', usage: { unitSeconds: 28800 }, endedAt: EXAMPLE_JOB.updatedAt } },
    handler: (p, r) => p.jobs.report(r.params.id, r.body, r.who),
  }),
  route({
    method: 'GET', url: '/v1/agent/assignments', operationId: 'getAssignments', roles: ['dc-agent'], tag: 'agents', query: assignmentsQuerySchema,
    summary: 'The jobs the caller\'s data center must be running.',
    description: 'The complete list, with the epochs reports must carry; held open up to `wait` seconds while it equals `known`. Each call is the agent\'s heartbeat: a data center not heard from is stale, and its jobs move.',
    responses: { 200: assignmentsSchema },
    examples: { response: { dataCenter: 'qy-a', version: '3:job_viadv2VGUds7tA@1', assignments: [{ id: 'job_viadv2VGUds7tA', epoch: 1, state: 'placed', pool: 'a100', units: 8, tenant: 'acme', spec: EXAMPLE_JOB.spec }] } },
    handler: (p, r) => p.agents.assignments(r.query, r.who, r.closed),
  }),
];
