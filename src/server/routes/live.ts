import { liveEventSchema } from '../contract/schemas.js';
import { liveQuerySchema, openLiveStream, topicsFor } from '../live.js';
import { ForbiddenError } from '../../core/errors.js';
import { Reply, route } from './route.js';

/** The live stream the console follows instead of polling. */
export const LIVE_ROUTES = [
  route({
    method: 'GET', url: '/v1/events', operationId: 'streamEvents', roles: ['platform-admin', 'regulator', 'dc-operator', 'tenant-admin', 'tenant-member'], tag: 'monitoring', query: liveQuerySchema,
    summary: 'Server-sent events: the summary, the open alerts and job states, as they change.',
    description: 'A text/event-stream that stays open. Each topic the role may read is sent at once, then again whenever it changes (checked every 2 s): `summary` (the national summary), `alerts` (the open alerts) and `jobs` (the newest jobs the caller may see). Each event\'s data is the JSON the topic\'s own read answers. Send the token in the Authorization header, as for every call; a client that cannot (EventSource) should read the stream with fetch.',
    responses: { 200: liveEventSchema },
    examples: { response: { jobs: [], nextCursor: null } },
    handler(p, r) {
      const topics = topicsFor(r.who, r.query.topics);
      if (topics.length === 0) throw new ForbiddenError(`role ${r.who.role} may read none of the topics asked for`);
      const stream = openLiveStream(p, r.who, topics, r.closed);
      return Promise.resolve(new Reply(200, stream, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' }));
    },
  }),
];
