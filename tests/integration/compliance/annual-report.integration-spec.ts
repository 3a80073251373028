import { randomUUID } from 'node:crypto';
import { emailedToken, signUpOrganization, type TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardComplianceView, BoardDetail, BoardReportView, ComplianceExportView, CompliancePackView, GrantView } from '@cabinet/shared/contracts';
import { createBoard, fieldsOf, isoDay } from '../boards/board-helpers';
import { join } from '../organizations/organization-helpers';
import { meetingWithMotions, recommendationAt } from '../recommendations/recommendation-helpers';
import { pdfText } from '../support/pdf-text';

const REPORT_DUE = 'annual-report-by-october';

/** Polls until `check` passes: the worker acts after the outbox relay. */
async function settled<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what} never happened: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('a board’s annual report', () => {
  const stack = useTestStack();

  let agency: TestOrganization;
  let funder: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  let made: ComplianceExportView;
  const year = new Date().getUTCFullYear();
  const today = isoDay(0);
  const granteeEmail = `annual-${randomUUID()}@example.org`;
  const exportsUrl = () => `/api/boards/${board.id}/compliance/exports`;
  const reportsUrl = () => `/api/boards/${board.id}/compliance/reports`;
  const reportDue = async (client: TestClient) => {
    const view = (await client.get<BoardComplianceView>(`/api/boards/${board.id}/compliance`)).body;
    return view.packs.flatMap((pack) => pack.current?.rules ?? []).find((rule) => rule.ruleKey === REPORT_DUE);
  };

  beforeAll(async () => {
    agency = await signUpOrganization(stack.api, { name: 'Harbour Hospital' });
    funder = await signUpOrganization(stack.api, { name: 'Bay State Health Fund', kind: 'funder' });
    stranger = await signUpOrganization(stack.api, { name: 'Stranger Hospital' });
    board = await createBoard(agency, { name: 'Harbour PFAC', purpose: 'Patients and families advise the hospital.', onboardingGatesVoting: false });
    const lee = await join(stack.api, agency, 'agency_liaison', 'Lee');
    // A meeting this year with three voting members present, a motion carried, then held.
    const held = await meetingWithMotions(stack.database.ownerUrl, agency, board, ['carried']);
    expect((await agency.client.post(`/api/boards/${board.id}/meetings/${held.meetingId}/held`)).status).toBe(200);
    const parties = { boardId: board.id, organizer: agency.client, liaison: lee.client, addressedOrganizationId: agency.organizationId, liaisonUserId: lee.userId, motionId: held.motionIds[0]!, meetingId: held.meetingId };
    await recommendationAt(parties, 'responded', 'Saturday clinic hours');

    const packs = (await agency.client.get<CompliancePackView[]>('/api/compliance/packs')).body;
    const pfac = packs.find((pack) => pack.seeded && /Massachusetts/.test(pack.name))!;
    expect((await agency.client.post(`/api/boards/${board.id}/compliance/packs`, { packId: pfac.id })).status).toBe(204);
    // A funder whose accepted grant covers the board: it still may not make the board's annual report.
    expect((await funder.client.post<GrantView>('/api/grants', { title: 'Family voice', granteeEmail, startsOn: '2027-01-01', packIds: [pfac.id] })).status).toBe(201);
    const token = await emailedToken(granteeEmail, '/grants/accept');
    expect((await agency.client.post('/api/grants/accept', { token, boardIds: [board.id] })).status).toBe(200);
    await settled(() => reportDue(agency.client), (rule) => rule !== undefined, 'The first evaluation');
  }, 90_000);

  it('makes the managers a PDF of the year: the board, its meetings, each recommendation and its answer, the audit head', async () => {
    const asked = await agency.client.post<ComplianceExportView>(exportsUrl(), { kind: 'annual_report_pdf', periodFrom: `${year}-01-01` });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind: 'annual_report_pdf', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, status: 'queued' });
    made = await settled(
      async () => (await agency.client.get<ComplianceExportView[]>(exportsUrl())).body.find((one) => one.id === asked.body.id)!,
      (one) => one.status !== 'queued',
      'The annual report',
    );
    expect(made).toMatchObject({ status: 'ready', error: null, fileName: `harbour-pfac-${year}-annual-report.pdf` });
    const file = await agency.client.get(`/api/compliance/exports/${made.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const text = pdfText(file.raw);
    for (const line of [`Annual report ${year}: Harbour PFAC`, 'Host organisation: Harbour Hospital', 'Meetings held: 1', 'Saturday clinic hours', 'Accepted', 'Recommendations sent: 1', 'Massachusetts hospital Patient and Family Advisory Council']) {
      expect(text).toContain(line);
    }
    expect(made.auditHeadHash).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toContain(made.auditHeadHash);
  }, 60_000);

  it('covers a calendar year that has begun, named by its first day', async () => {
    for (const periodFrom of [`${year + 1}-01-01`, `${year}-02-01`, '1999-01-01']) {
      const refused = await agency.client.post(exportsUrl(), { kind: 'annual_report_pdf', periodFrom });
      expect({ periodFrom, status: refused.status, fields: fieldsOf(refused) }).toEqual({ periodFrom, status: 422, fields: ['periodFrom'] });
    }
  });

  it('is not the funder’s to make, even with a grant covering the board: 404', async () => {
    const periodFrom = `${year}-01-01`;
    expect((await funder.client.post(`/api/portfolio/boards/${board.id}/exports`, { kind: 'annual_report_pdf', periodFrom })).status).toBe(404);
    expect((await funder.client.post(exportsUrl(), { kind: 'annual_report_pdf', periodFrom })).status).toBe(404);
    expect((await funder.client.get(reportsUrl())).status).toBe(404);
    expect((await funder.client.post(reportsUrl(), { year: year - 1, publishedOn: today })).status).toBe(404);
  });

  it('records last year’s report as made public, which meets the "report due" rule once the worker re-evaluates', async () => {
    expect((await reportDue(agency.client))?.result).not.toBe('pass');
    // Made public by 1 October this year: on time, whatever today is.
    const publishedOn = today < `${year}-10-01` ? today : `${year}-10-01`;
    const recorded = await agency.client.post<BoardReportView>(reportsUrl(), { year: year - 1, publishedOn });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ boardId: board.id, kind: 'annual', year: year - 1, publishedOn, exportId: null, recordedAt: expect.any(String) });
    const rule = await settled(() => reportDue(agency.client), (found) => found?.result === 'pass', 'Meeting the report rule');
    expect(rule).toMatchObject({ measured: 0, evidence: [expect.objectContaining({ type: 'report', id: recorded.body.id, note: 'on_time' })] });
  }, 60_000);

  it('records this year’s report with the file it came from, and lists both, newest year first', async () => {
    const wrongYear = await agency.client.post(reportsUrl(), { year: year - 2, publishedOn: today, exportId: made.id });
    expect({ status: wrongYear.status, fields: fieldsOf(wrongYear) }).toEqual({ status: 422, fields: ['exportId'] });
    const recorded = await agency.client.post<BoardReportView>(reportsUrl(), { year, publishedOn: today, exportId: made.id });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ year, exportId: made.id });
    const list = await agency.client.get<BoardReportView[]>(reportsUrl());
    expect(list.body.map((one) => one.year)).toEqual([year, year - 1]);
  });

  it('refuses a second report for a year, a day in the future and a day before the year began, naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ year: year - 1, publishedOn: today }, 'year'],
      [{ year: year - 3, publishedOn: isoDay(1) }, 'publishedOn'],
      [{ year: year - 3, publishedOn: `${year - 4}-12-31` }, 'publishedOn'],
    ];
    for (const [body, field] of cases) {
      const refused = await agency.client.post(reportsUrl(), body);
      expect({ body, status: refused.status, fields: fieldsOf(refused) }).toEqual({ body, status: 422, fields: [field] });
    }
    expect((await agency.client.get<BoardReportView[]>(reportsUrl())).body).toHaveLength(2);
  });

  it('shows another organisation nothing: 404 to record and to list', async () => {
    expect((await stranger.client.post(reportsUrl(), { year: year - 3, publishedOn: today })).status).toBe(404);
    expect((await stranger.client.get(reportsUrl())).status).toBe(404);
    expect((await stranger.client.post(exportsUrl(), { kind: 'annual_report_pdf', periodFrom: `${year}-01-01` })).status).toBe(404);
  });
});
