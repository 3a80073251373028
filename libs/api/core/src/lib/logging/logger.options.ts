import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/config.schema';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a caller's request id when it looks like one, so a request can be traced across services. */
export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Paths that carry a secret (a calendar feed's address, a meeting answer link, a board's public
 * input link: the API route, and the web page an email or poster links to, which the API serves
 * too): everything after the prefix is
 * logged as ":token", a stray trailing slash or extra segment included.
 */
const SECRET_PATHS = [/^(\/api\/calendar\/).+$/, /^(\/(?:api\/)?rsvp\/).+$/, /^(\/(?:api\/)?say\/).+$/];

/** Query strings can carry tokens (invitations, claim codes), and so can some paths; logs keep the path only, secrets masked. */
export function pathOnly(url: string | undefined): string {
  const path = (url ?? '').split('?')[0] ?? '';
  for (const secret of SECRET_PATHS) if (secret.test(path)) return path.replace(secret, '$1:token');
  return path;
}

/**
 * Structured JSON logs that never hold personal data: requests are logged by an allow-list
 * (id, method, path, status, duration), never headers, bodies, cookies or client addresses.
 */
export function loggerOptions(config: Pick<AppConfig, 'LOG_LEVEL'>, service: 'api' | 'worker'): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { service },
      // The HTTP server has already given the request its id (see requestIdFor); reuse it.
      genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? requestIdFor(req),
      serializers: {
        req: (req: IncomingMessage & { id?: string }) => ({ id: req.id, method: req.method, path: pathOnly(req.url) }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
        err: (err: Error) => ({ type: err.name, message: err.message, stack: err.stack }),
      },
      customLogLevel: (req, res, err) => {
        // Probes call health every few seconds: log only when a dependency is down.
        if (pathOnly(req.url).startsWith('/api/health/')) return res.statusCode >= 500 ? 'warn' : 'silent';
        return err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      },
    },
  };
}
