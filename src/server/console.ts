import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run build` puts the console (web/dist), beside dist/ in the package. */
export const CONSOLE_DIR = join(import.meta.dirname, '../../web/dist');

/**
 * Serves the built console at /: its files, and its index page for any other
 * path a browser opens (the console routes in the page). The API stays
 * under /v1 and answers JSON there, found or not.
 */
export async function registerConsole(app: FastifyInstance, dir = CONSOLE_DIR): Promise<{ served: boolean; fallback: (req: FastifyRequest, reply: FastifyReply) => boolean }> {
  if (!existsSync(join(dir, 'index.html'))) return { served: false, fallback: () => false };
  await app.register(fastifyStatic, {
    root: dir, prefix: '/', index: ['index.html'], wildcard: true,
    // Hashed assets never change; the index page always asks again.
    setHeaders: (res, path) => res.setHeader('cache-control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable'),
  });
  return {
    served: true,
    fallback(req, reply) {
      const path = req.url.split('?')[0] ?? '';
      if (req.method !== 'GET' || path.startsWith('/v1/') || path === '/v1' || !String(req.headers.accept ?? '').includes('text/html')) return false;
      void reply.header('cache-control', 'no-cache').sendFile('index.html');
      return true;
    },
  };
}
