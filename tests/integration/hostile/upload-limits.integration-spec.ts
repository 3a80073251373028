import { startTestWorker, type TestResponse, useTestStack } from '@cabinet/api/testing';
import { fieldsOf } from '../boards/board-helpers';
import { changedTables, DatabaseFingerprint, type Fingerprint } from './database-fingerprint';
import { JSON_BODY_LIMIT_BYTES } from './hostile-expectations';
import { buildHostileWorld, EVIDENCE_MAX_BYTES, type HostileWorld, PDF } from './hostile-world';

describe('upload and body limits', () => {
  let world: HostileWorld;
  let before: Fingerprint;
  const fingerprint = { reader: null as DatabaseFingerprint | null };
  afterAll(async () => fingerprint.reader?.close());
  // No worker while requests are judged: background jobs would change the database under the fingerprint.
  const stack = useTestStack({ worker: false });

  beforeAll(async () => {
    const worker = await startTestWorker(stack.config);
    try {
      world = await buildHostileWorld(stack);
    } finally {
      await worker.close();
    }
    fingerprint.reader = new DatabaseFingerprint(stack.database.name);
    await fingerprint.reader.open();
  }, 120_000);

  beforeEach(async () => {
    before = await fingerprint.reader!.take();
  });

  afterEach(async () => {
    expect(changedTables(before, await fingerprint.reader!.take())).toEqual([]);
  });

  const evidenceUrl = (name = 'report.pdf') => `/api/boards/${world.ids.boardId}/recommendations/${world.ids.recommendationId}/progress/${world.ids.updateId}/evidence?name=${encodeURIComponent(name)}`;
  const status = (response: TestResponse) => [response.status, fieldsOf(response)];

  it('refuses an evidence file over 5 MB with a 413 naming the file, however much larger', async () => {
    for (const extra of [1, 1024 * 1024, 6 * 1024 * 1024]) {
      const file = Buffer.concat([PDF, Buffer.alloc(EVIDENCE_MAX_BYTES - PDF.length + extra, 0x20)]);
      expect(status(await world.liaison.upload(evidenceUrl(), file, 'application/pdf'))).toEqual([413, ['file']]);
    }
  });

  it('refuses an evidence file of a type it does not take with a 415', async () => {
    for (const type of ['application/x-msdownload', 'text/html', 'image/svg+xml', 'application/javascript', 'multipart/form-data; boundary=x', 'application/octet-stream']) {
      const response = await world.liaison.upload(evidenceUrl('report.html'), Buffer.from('<script>alert(1)</script>'), type);
      expect([type, response.status]).toEqual([type, 415]);
    }
  });

  it('refuses a JSON body over the 1 MiB limit with a 413, on a route that reads one and on one that does not', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(JSON_BODY_LIMIT_BYTES), purpose: 'too large' });
    for (const url of ['/api/boards', `/api/boards/${world.ids.boardId}/input-channel/rotate`]) {
      const response = await world.admin.client.request('POST', url, Buffer.from(huge), { 'content-type': 'application/json' });
      expect([url, response.status]).toEqual([url, 413]);
    }
    // An upload's own 5 MiB limit does not open the JSON routes to larger bodies.
    const response = await world.liaison.request('POST', evidenceUrl(), Buffer.from(huge), { 'content-type': 'application/json' });
    expect(response.status).toBe(413);
  });

  it('refuses a body of a type a JSON route does not read with a 415, evidence types included', async () => {
    const body = Buffer.from('name=Smuggled&purpose=x');
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/pdf', 'image/png', 'text/csv', 'text/html']) {
      const response = await world.admin.client.request('POST', '/api/boards', body, { 'content-type': type });
      expect([type, response.status]).toEqual([type, 415]);
    }
    // Fastify reads text/plain as a string: the schema then refuses the body as a whole.
    const text = await world.admin.client.request('POST', '/api/boards', body, { 'content-type': 'text/plain' });
    expect([text.status, fieldsOf(text)]).toEqual([422, ['(body)']]);
  });
});
