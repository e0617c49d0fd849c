import { plannerReportSchema, plannerRunListSchema, plannerSummarySchema } from '../contract/schemas.js';
import { plannerListQuerySchema } from '../services/planner.service.js';
import type { Role } from '../../store/repositories/identity.repository.js';
import { idParam, route } from './route.js';

/** The planner's outputs concern the whole network: admins and regulators read them. */
const PLANNERS: Role[] = ['platform-admin', 'regulator'];

/** The runs of `suanli simulate` kept in the planner's folder, for the console. */
export const PLANNER_ROUTES = [
  route({
    method: 'GET', url: '/v1/planner/runs', operationId: 'listPlannerRuns', roles: PLANNERS, tag: 'planner', query: plannerListQuerySchema,
    summary: 'The planner runs in the planner\'s folder, newest first.',
    description: 'Each folder of the planner\'s folder (setting plannerDir) that holds a summary.json written by `suanli simulate --out`: when it was written, its inputs, and the headline figures of its base and what-if runs. Folders without one are not listed.',
    responses: { 200: plannerRunListSchema },
    examples: { response: { runs: [{ id: 'xinjiang', writtenAt: '2026-12-01T09:00:00.000Z', scenario: 'data/scenarios/chongqing-west.yaml', jobs: 'chongqing-week.csv', policy: 'engine', seed: 1, hasReport: true, runs: [{ name: 'base', costMinor: 6714370227, co2Tonnes: 1.83, greenShareOfEnergy: 0.6146, jobs: 20000 }, { name: 'without-xinjiang', costMinor: 6773987361, co2Tonnes: 1.36, greenShareOfEnergy: 0.6554, jobs: 20000 }] }], nextCursor: null } },
    handler: async (p, r) => p.planner.list(r.query),
  }),
  route({
    method: 'GET', url: '/v1/planner/runs/:id', operationId: 'getPlannerRun', roles: PLANNERS, tag: 'planner', params: idParam('planner run'), errors: [404],
    summary: 'A planner run\'s summary.json.',
    description: 'As `suanli simulate` wrote it: the inputs, each run\'s figures and each what-if compared with the base (docs/planner.md).',
    responses: { 200: plannerSummarySchema },
    examples: { response: { inputs: { scenario: 'data/scenarios/chongqing-west.yaml', jobs: 'chongqing-week.csv', whatIfs: ['data/what-if/xinjiang-to-chongqing.yaml'], policy: 'engine', seed: 1 }, runs: [{ name: 'base' }, { name: 'without-xinjiang' }], comparisons: [{ run: 'without-xinjiang', costChange: 59617134 }] } },
    handler: async (p, r) => p.planner.summary(r.params.id) as { inputs: object; runs: { name: string }[] },
  }),
  route({
    method: 'GET', url: '/v1/planner/runs/:id/report', operationId: 'getPlannerReport', roles: PLANNERS, tag: 'planner', params: idParam('planner run'), errors: [404],
    summary: 'A planner run\'s report.html.',
    description: 'The self-contained page `suanli simulate` wrote (its charts inlined, no request leaving it), and its language. The console shows it in a sandboxed frame.',
    responses: { 200: plannerReportSchema },
    examples: { response: { id: 'xinjiang', lang: 'en', html: '<!doctype html><html lang="en">...</html>' } },
    handler: async (p, r) => p.planner.report(r.params.id),
  }),
];
