import { signUpOrganization, TestClient, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import { EVIDENCE_MAX_BYTES, type RecommendationDetail } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { auditEntries, join, type Joined } from '../organizations/organization-helpers';
import { expectOk, type LoopParties, meetingWithMotions, recommendationAt } from './recommendation-helpers';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from([0, 1, 2, 255, 254, 10, 13]), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const CSV = Buffer.from('week,visitors\n1,40\n2,52\n');
/** A Windows program's first bytes. */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode.')]);

describe('evidence files on progress updates', () => {
  let host: TestOrganization;
  let stranger: TestOrganization;
  let lee: Joined;
  let robin: Peer;
  let parties: LoopParties;
  let recommendation: RecommendationDetail;
  let updateId: string;

  const stack = useTestStack();
  const one = (id: string, suffix = '') => `/api/boards/${parties.boardId}/recommendations/${id}${suffix}`;
  const uploadTo = (id: string, update: string, name: string) => one(id, `/progress/${update}/evidence?name=${encodeURIComponent(name)}`);
  const upload = (client: TestClient, file: Buffer, type: string, name = 'evidence.pdf') => client.upload<RecommendationDetail>(uploadTo(recommendation.id, updateId, name), file, type);
  const storedFor = async (progressUpdateId: string) =>
    withAppRole(stack.database.appUrl, { 'app.organization_id': host.organizationId }, async (db) => (await db.query(`SELECT id, uploaded_by FROM evidence_file WHERE progress_update_id = $1`, [progressUpdateId])).rows as Array<{ id: string; uploaded_by: string | null }>);
  const evidenceAudit = async () => (await auditEntries(stack.database.appUrl, host.organizationId)).filter((entry) => entry.action.startsWith('recommendation.evidence_'));

  /** A recommendation the agency accepted, with one progress update to attach files to. */
  async function withProgress(title: string, by = parties): Promise<{ detail: RecommendationDetail; update: string }> {
    const accepted = await recommendationAt(by, 'responded', title);
    const detail = expectOk(await by.liaison.post(one(accepted.id, '/progress'), { text: 'Evening worker hired', percentComplete: 40 }), 201);
    return { detail, update: detail.progress.at(-1)!.id };
  }

  beforeAll(async () => {
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    stranger = await signUpOrganization(stack.api, { name: 'Unrelated Agency' });
    const board = await createBoard(host, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    lee = await join(stack.api, host, 'agency_liaison', 'Lee');
    robin = await signedInPeer(stack.api, host, 'Robin');
    await addMember(host, board.id, { userId: robin.userId, seatTypeId: seatId(board, 'peer') });
    const held = await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried']);
    parties = { boardId: board.id, organizer: host.client, liaison: lee.client, addressedOrganizationId: host.organizationId, liaisonUserId: lee.userId, motionId: held.motionIds[0]!, meetingId: held.meetingId };
    ({ detail: recommendation, update: updateId } = await withProgress('Longer opening hours'));
  });

  it('takes a PDF on a progress update and gives it back byte for byte, as a download only', async () => {
    const attached = expectOk(await upload(lee.client, PDF, 'application/pdf', 'Relatório de março (final).pdf'), 201);
    const [file] = attached.progress.find((update) => update.id === updateId)!.files;
    expect(file).toEqual({ id: expect.any(String), name: 'Relatório de março (final).pdf', contentType: 'application/pdf', sizeBytes: PDF.length, uploadedAt: expect.any(String), canRemove: true });

    // Every seated member who follows the recommendation may read it.
    const download = await robin.client.get(one(recommendation.id, `/evidence/${file!.id}`));
    expect(download.status).toBe(200);
    expect(download.raw.equals(PDF)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Relat_rio de mar_o (final).pdf"; filename*=UTF-8''Relat%C3%B3rio%20de%20mar%C3%A7o%20%28final%29.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    const seen = (await robin.client.get<RecommendationDetail>(one(recommendation.id))).body;
    expect(seen.progress.find((update) => update.id === updateId)!.files).toEqual([expect.objectContaining({ id: file!.id, canRemove: false })]);

    const [entry] = await evidenceAudit();
    expect(entry).toMatchObject({ action: 'recommendation.evidence_attached', entity_id: recommendation.id, details: { progressUpdateId: updateId, fileId: file!.id, sizeBytes: PDF.length, contentType: 'application/pdf' } });
    expect(JSON.stringify(entry)).not.toMatch(/Relat|mar/);
  });

  it('refuses a type it does not take, a renamed program, a missing file or name, too large a file and a fourth file, storing nothing', async () => {
    const before = await evidenceAudit();
    expect((await upload(lee.client, EXE, 'application/x-msdownload', 'setup.exe')).status).toBe(415);
    for (const type of ['application/pdf', 'image/png', 'text/csv', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']) {
      const renamed = await upload(lee.client, EXE, type, 'report.pdf');
      expect([renamed.status, fieldsOf(renamed)]).toEqual([422, ['file']]);
    }
    const noFile = await lee.client.post(uploadTo(recommendation.id, updateId, 'report.pdf'), { file: 'report.pdf' });
    expect([noFile.status, fieldsOf(noFile)]).toEqual([422, ['file']]);
    const noName = await lee.client.upload(one(recommendation.id, `/progress/${updateId}/evidence`), PDF, 'application/pdf');
    expect([noName.status, fieldsOf(noName)]).toEqual([422, ['name']]);
    const tooLarge = await upload(lee.client, Buffer.concat([PDF, Buffer.alloc(EVIDENCE_MAX_BYTES)]), 'application/pdf');
    expect([tooLarge.status, fieldsOf(tooLarge)]).toEqual([413, ['file']]);
    expect(await storedFor(updateId)).toHaveLength(1);
    expect(await evidenceAudit()).toEqual(before);

    expectOk(await upload(lee.client, PNG, 'image/png', 'poster.png'), 201);
    const third = expectOk(await upload(lee.client, CSV, 'text/csv', 'visitors'), 201);
    expect(third.progress.find((update) => update.id === updateId)!.files.map((file) => [file.name, file.contentType])).toEqual([
      ['Relatório de março (final).pdf', 'application/pdf'],
      ['poster.png', 'image/png'],
      ['visitors.csv', 'text/csv'],
    ]);
    const fourth = await upload(lee.client, PDF, 'application/pdf', 'more.pdf');
    expect([fourth.status, fieldsOf(fourth)]).toEqual([422, ['file']]);
    expect(await storedFor(updateId)).toHaveLength(3);
  });

  it('takes files only from those who may post progress, on their own updates, while they may', async () => {
    expect((await upload(robin.client, PDF, 'application/pdf')).status).toBe(404);
    // Signed out, a large body is not even read: the session guard answers first.
    const signedOut = new TestClient(stack.api);
    expect((await signedOut.upload(uploadTo(recommendation.id, updateId, 'big.pdf'), Buffer.concat([PDF, Buffer.alloc(EVIDENCE_MAX_BYTES)]), 'application/pdf')).status).toBe(401);
    const elsewhere = await withProgress('Another recommendation');
    expect((await lee.client.upload(uploadTo(recommendation.id, elsewhere.update, 'a.pdf'), PDF, 'application/pdf')).status).toBe(404);

    // Reported implemented: the agency reports no more progress, so attaches nothing more either.
    const reported = expectOk(await lee.client.post(one(elsewhere.detail.id, '/report'), {}));
    const late = await lee.client.upload(uploadTo(reported.id, elsewhere.update, 'late.pdf'), PDF, 'application/pdf');
    expect([late.status, fieldsOf(late)]).toEqual([422, ['status']]);
    expect(await storedFor(elsewhere.update)).toEqual([]);
  });

  it('answers another organisation with 404 on upload, download and removal', async () => {
    const [file] = (await host.client.get<RecommendationDetail>(one(recommendation.id))).body.progress.find((update) => update.id === updateId)!.files;
    expect((await stranger.client.upload(uploadTo(recommendation.id, updateId, 'x.pdf'), PDF, 'application/pdf')).status).toBe(404);
    expect((await stranger.client.get(one(recommendation.id, `/evidence/${file!.id}`))).status).toBe(404);
    expect((await stranger.client.delete(one(recommendation.id, `/evidence/${file!.id}`))).status).toBe(404);
    expect(await storedFor(updateId)).toHaveLength(3);
  });

  it('lets its uploader or an organiser remove a file, no one else, and no one once the recommendation is closed', async () => {
    const files = (await host.client.get<RecommendationDetail>(one(recommendation.id))).body.progress.find((update) => update.id === updateId)!.files;
    const [first, second] = files;
    expect((await robin.client.delete(one(recommendation.id, `/evidence/${first!.id}`))).status).toBe(404);
    expect(expectOk(await lee.client.delete(one(recommendation.id, `/evidence/${first!.id}`))).progress.find((update) => update.id === updateId)!.files).toHaveLength(2);
    expect(expectOk(await host.client.delete(one(recommendation.id, `/evidence/${second!.id}`))).progress.find((update) => update.id === updateId)!.files).toHaveLength(1);
    expect((await robin.client.get(one(recommendation.id, `/evidence/${first!.id}`))).status).toBe(404);
    expect((await evidenceAudit()).filter((entry) => entry.action === 'recommendation.evidence_removed').map((entry) => entry.details['fileId'])).toEqual([first!.id, second!.id]);

    const [last] = (await storedFor(updateId)).map((row) => row.id);
    expectOk(await lee.client.post(one(recommendation.id, '/report'), {}));
    const closed = expectOk(await host.client.post(one(recommendation.id, '/reviews'), { meetingId: parties.meetingId, satisfied: true }), 201);
    expect(closed.progress.find((update) => update.id === updateId)!.files).toEqual([expect.objectContaining({ id: last, canRemove: false })]);
    const afterClose = await host.client.delete(one(recommendation.id, `/evidence/${last}`));
    expect([afterClose.status, fieldsOf(afterClose)]).toEqual([422, ['status']]);
    expect(await storedFor(updateId)).toHaveLength(1);
  });

  it('keeps a file when its uploader erases their account, without the link to them', async () => {
    const kim = await join(stack.api, host, 'agency_liaison', 'Kim');
    const { detail, update } = await withProgress('Kim’s recommendation', { ...parties, liaison: kim.client, liaisonUserId: kim.userId });
    expectOk(await kim.client.upload(uploadTo(detail.id, update, 'notes.csv'), CSV, 'text/csv'), 201);
    expect(await storedFor(update)).toEqual([{ id: expect.any(String), uploaded_by: kim.userId }]);
    expect((await kim.client.post('/api/account/erase', { currentPassword: kim.password })).status).toBe(204);
    expect(await storedFor(update)).toEqual([{ id: expect.any(String), uploaded_by: null }]);
  });
});
