import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, startTestApi, testConfig, type TestDatabase } from '@cabinet/api/testing';

describe('the HTTP API', () => {
  let database: TestDatabase;
  let api: NestFastifyApplication;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'cabinet-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Cabinet</title><cab-root></cab-root>');
    writeFileSync(join(webDir, 'main-ABCDEFGH.js'), 'console.log(1)');
    database = await createTestDatabase();
    api = await startTestApi(testConfig(database, { WEB_DIST_DIR: webDir }));
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('answers malformed JSON with a 400 that says what is wrong, not a 500', async () => {
    const response = await api.inject({ method: 'POST', url: '/api/health/live', headers: { 'content-type': 'application/json' }, payload: '{"oops' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, code: 'malformed_request', message: expect.stringMatching(/JSON/) });
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await api.inject({
      method: 'POST',
      url: '/api/health/live',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'malformed_request' });
  });

  it('answers an unknown API path with a JSON 404, never the web app', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('serves the web app for deep links, and its hashed bundles with a long cache', async () => {
    const page = await api.inject({ method: 'GET', url: '/boards/some-board' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<cab-root>');
    expect(page.headers['cache-control']).toBe('no-cache');

    const bundle = await api.inject({ method: 'GET', url: '/main-ABCDEFGH.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['cache-control']).toContain('immutable');
  });

  it('sends security headers and a request id with every answer', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/health/live' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a request id given by a proxy', async () => {
    const response = await api.inject({ method: 'GET', url: '/api/health/live', headers: { 'x-request-id': 'edge-1234abcd' } });
    expect(response.headers['x-request-id']).toBe('edge-1234abcd');
  });

  it('publishes its OpenAPI document and the docs page', async () => {
    const document = await api.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(document.statusCode).toBe(200);
    expect(Object.keys(document.json().paths)).toEqual(expect.arrayContaining(['/api/health/live', '/api/health/ready']));

    const docs = await api.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
});
