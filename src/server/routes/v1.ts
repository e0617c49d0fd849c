import { FEDERATION_ROUTES } from './federation.js';
import { IDENTITY_ROUTES } from './identity.js';
import { JOB_ROUTES } from './jobs.js';
import { LIVE_ROUTES } from './live.js';
import { MARKET_ROUTES } from './market.js';
import { MONITORING_ROUTES } from './monitoring.js';
import { NETWORK_ROUTES } from './network.js';
import { PLANNER_ROUTES } from './planner.js';
import type { RouteDef } from './route.js';

export { Reply } from './route.js';
export type { RouteDef, RouteInput } from './route.js';

/** Every /v1 route. The access rules here are the ones the route-by-role test checks. */
export const V1_ROUTES: readonly RouteDef[] = [
  ...NETWORK_ROUTES,
  ...IDENTITY_ROUTES,
  ...MONITORING_ROUTES,
  ...JOB_ROUTES,
  ...MARKET_ROUTES,
  ...FEDERATION_ROUTES,
  ...PLANNER_ROUTES,
  ...LIVE_ROUTES,
];
