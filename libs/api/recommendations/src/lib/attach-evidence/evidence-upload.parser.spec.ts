import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { DomainError } from '@cabinet/api/core';
import { EVIDENCE_MAX_BYTES, SESSION_COOKIE } from '@cabinet/shared/contracts';
import { EVIDENCE_UPLOAD_ROUTE, registerEvidenceUploadParser } from './evidence-upload.parser';

const PDF = Buffer.from('%PDF-1.7\n');

describe('the evidence upload body parser', () => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = Fastify({ bodyLimit: 1024 });
    registerEvidenceUploadParser(app);
    // As the API's exception filter does: a DomainError keeps its status and fields.
    app.setErrorHandler((error, _request, reply) => {
      if (error instanceof DomainError) return reply.status(error.status).send({ errors: error.fieldErrors });
      return reply.status((error as { statusCode?: number }).statusCode ?? 500).send({ message: (error as Error).message });
    });
    app.post('/upload', { config: EVIDENCE_UPLOAD_ROUTE }, async (request) => ({ bytes: Buffer.isBuffer(request.body) ? request.body.length : null }));
    app.post('/other', async (request) => ({ body: request.body }));
    await app.ready();
  });

  afterAll(() => app.close());

  // Signed in, as far as the parser can tell (the session guard checks the cookie itself).
  const post = (url: string, payload: Buffer | Readable, contentType = 'application/pdf', cookie = `${SESSION_COOKIE}=session`) =>
    app.inject({ method: 'POST', url, headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) }, payload });

  it('hands the upload route the raw bytes, above the global limit, whatever parameters the type carries', async () => {
    const file = Buffer.concat([PDF, Buffer.alloc(4096)]);
    expect((await post('/upload', file)).json()).toEqual({ bytes: file.length });
    expect((await post('/upload', Buffer.from('a,b\n1,2\n'), 'text/csv; charset=utf-8')).json()).toEqual({ bytes: 8 });
  });

  it('answers these types on any other route with the same 415 as before, and unknown paths with 404', async () => {
    expect((await post('/other', PDF)).statusCode).toBe(415);
    expect((await post('/nowhere', PDF)).statusCode).toBe(404);
  });

  it('refuses a file over 5 MB on the file field, whether announced or only found while reading', async () => {
    const announced = await post('/upload', Buffer.alloc(EVIDENCE_MAX_BYTES + 1));
    expect([announced.statusCode, announced.json()]).toEqual([413, { errors: [{ field: 'file', message: expect.stringContaining('5 MB') }] }]);
    const chunks = Array.from({ length: 6 }, () => Buffer.alloc(1024 * 1024));
    const streamed = await post('/upload', Readable.from(chunks));
    expect([streamed.statusCode, streamed.json()]).toEqual([413, { errors: [{ field: 'file', message: expect.stringContaining('5 MB') }] }]);
  });

  it('does not read the body of a request without a session cookie', async () => {
    const response = await post('/upload', Buffer.alloc(4105, 1), 'application/pdf', '');
    expect(response.json()).toEqual({ bytes: null });
  });

  it('takes a file of exactly 5 MB', async () => {
    expect((await post('/upload', Buffer.alloc(EVIDENCE_MAX_BYTES))).json()).toEqual({ bytes: EVIDENCE_MAX_BYTES });
  });
});
