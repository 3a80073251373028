import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';
import { DomainError } from '@cabinet/api/core';
import { ErrorCode, EVIDENCE_CONTENT_TYPES, EVIDENCE_MAX_BYTES, SESSION_COOKIE } from '@cabinet/shared/contracts';

/** Fastify route config (set with @RouteConfig) for the one route that takes a file as its body. */
export const EVIDENCE_UPLOAD_ROUTE = { evidenceUpload: true } as const;

const isUploadRoute = (request: FastifyRequest) => (request.routeOptions.config as { evidenceUpload?: boolean }).evidenceUpload === true;

function tooLarge(): DomainError {
  return new DomainError('file is too large.', [{ field: 'file', message: 'is too large: a file can be at most 5 MB' }], 413, ErrorCode.ValidationFailed);
}

/**
 * Lets the evidence upload route take a file of an allowed type as its raw body, up to 5 MiB,
 * without multipart (and without a new dependency). Every other route keeps the global 1 MiB
 * limit and answers these types with the same 415 as before, so the larger limit cannot be used
 * anywhere else. The size is checked while reading, so a body larger than announced is cut off
 * too; a file too large is a 413 naming the `file` field rather than Fastify's bare one.
 */
export function registerEvidenceUploadParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(EVIDENCE_CONTENT_TYPES, (request, payload, done) => {
    // Unknown paths answer 404 whatever they are sent, as without this parser.
    if (request.is404) return done(null, undefined);
    if (!isUploadRoute(request)) return done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(), undefined);
    // Parsers run before the session guard: without a session cookie the body is not read at all,
    // and the guard answers 401, so nobody can make the server buffer 5 MiB without signing in.
    if (!request.headers.cookie?.includes(`${SESSION_COOKIE}=`)) return done(null, undefined);
    if (Number(request.headers['content-length']) > EVIDENCE_MAX_BYTES) return done(tooLarge(), undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: Error | null, body?: Buffer) => {
      payload.off('data', onData);
      payload.off('end', onEnd);
      payload.off('error', onEnd);
      done(error, body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > EVIDENCE_MAX_BYTES) finish(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = (error?: Error) => (error ? finish(error) : finish(null, Buffer.concat(chunks)));
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onEnd);
  });
}
