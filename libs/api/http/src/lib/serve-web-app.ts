import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiErrorBody, ErrorCode } from '@cabinet/shared/contracts';

/** Angular puts a content hash in bundle names: those can be cached for a year. */
const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css|woff2?)$/;

/**
 * Serves the built web app on the API's port: files as they are, and index.html for any other
 * GET outside /api so deep links work. Unknown /api paths still answer with a JSON 404.
 */
export async function serveWebApp(app: NestFastifyApplication, webDistDir: string | undefined): Promise<boolean> {
  const fastify = app.getHttpAdapter().getInstance();
  const root = webDistDir ? resolve(webDistDir) : undefined;
  const hasWebApp = !!root && existsSync(resolve(root, 'index.html'));

  if (root && hasWebApp) {
    await fastify.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        void res.header('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  fastify.get('/*', (request, reply) => {
    if (hasWebApp && !request.url.startsWith('/api/') && request.url !== '/api') {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    const body: ApiErrorBody = { statusCode: 404, code: ErrorCode.NotFound, message: 'There is nothing at this address.', requestId: String(request.raw.id ?? request.id) };
    return reply.status(404).send(body);
  });
  return hasWebApp;
}
