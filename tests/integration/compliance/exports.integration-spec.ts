import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { emailedToken, signUpOrganization, type TestClient, type TestOrganization, type TestResponse, useTestStack } from '@cabinet/api/testing';
import type { BoardComplianceView, BoardDetail, BoardMemberProfile, ComplianceExportView, CompliancePackView, GrantView, PortfolioBoardView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, seatId } from '../boards/board-helpers';
import { csvRows } from '../support/csv-rows';
import { pdfText } from '../support/pdf-text';

const SHARE = 'unaligned-consumers-share';

/** The CSV as records keyed by its header. */
function csvRecords(file: Buffer): Array<Record<string, string>> {
  const [header, ...rows] = csvRows(file);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, index) => [name, row[index] ?? ''])));
}

/** Polls an export list until the export is no longer queued: the worker makes it after the outbox relay. */
async function finished(client: TestClient, listUrl: string, exportId: string): Promise<ComplianceExportView> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const list = await client.get<ComplianceExportView[]>(listUrl);
    if (list.status !== 200) throw new Error(`Listing exports failed: ${list.status} ${JSON.stringify(list.body)}`);
    const found = list.body.find((one) => one.id === exportId);
    if (found && found.status !== 'queued') return found;
    if (Date.now() > deadline) throw new Error(`The export never finished: ${JSON.stringify(list.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('compliance exports', () => {
  let owner: Client;
  // Registered before the stack, so it runs before the stack's teardown.
  afterAll(async () => owner?.end());
  const stack = useTestStack();

  let agency: TestOrganization;
  let funder: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  let tagged: BoardMemberProfile[];
  let screen: BoardComplianceView;
  let periodFrom: string;
  let managerPdf: ComplianceExportView;
  const granteeEmail = `exports-${randomUUID()}@example.org`;
  const boardExports = () => `/api/boards/${board.id}/compliance/exports`;
  const funderExports = () => `/api/portfolio/boards/${board.id}/exports`;
  const fileOf = (one: ComplianceExportView) => `/api/compliance/exports/${one.id}/file`;
  const shareOnScreen = () => screen.packs[0]!.current!.rules.find((rule) => rule.ruleKey === SHARE)!;

  /** The head of an organisation's audit chain as the database holds it now. */
  async function auditHead(organizationId: string): Promise<string> {
    await owner.query('BEGIN');
    try {
      // The owner role is subject to row-level security too; give it the organisation's context.
      await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
      return ((await owner.query(`SELECT hash FROM audit_chain_head WHERE organization_id = $1`, [organizationId])).rows[0] as { hash: string }).hash;
    } finally {
      await owner.query('COMMIT');
    }
  }

  async function made(client: TestClient, listUrl: string, kind: string): Promise<{ view: ComplianceExportView; file: TestResponse }> {
    const asked = await client.post<ComplianceExportView>(listUrl, { kind, periodFrom });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind, periodFrom, periodTo: screen.packs[0]!.current!.to, status: 'queued', fileName: null, auditHeadHash: null });
    const view = await finished(client, listUrl, asked.body.id);
    expect(view).toMatchObject({ status: 'ready', error: null, finishedAt: expect.any(String) });
    const file = await client.get(fileOf(view));
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${view.fileName}"`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(file.raw.length).toBe(view.sizeBytes);
    return { view, file };
  }

  beforeAll(async () => {
    owner = new Client({ connectionString: stack.database.ownerUrl });
    await owner.connect();
    agency = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    funder = await signUpOrganization(stack.api, { name: 'Northshore Health Fund', kind: 'funder' });
    stranger = await signUpOrganization(stack.api, { name: 'Stranger Services' });
    board = await createBoard(agency, { name: 'Harbour CAB' });
    // 5 of 16 voting members are unaligned consumers: 31.2 %, under the third the pack asks for.
    tagged = [];
    for (let i = 0; i < 16; i++) {
      const member = await addMember(agency, board.id, { seatTypeId: seatId(board, 'community') });
      if (i < 5) {
        expect((await agency.client.post(`/api/boards/${board.id}/members/${member.id}/tags`, { tag: 'unaligned_consumer', consent: true })).status).toBe(201);
        tagged.push(member);
      }
    }
    // The funder's grant holds the board to the Ryan White pack once the agency accepts it.
    const ryanWhite = (await funder.client.get<CompliancePackView[]>('/api/compliance/packs')).body.find((pack) => pack.seeded && /Ryan White/.test(pack.name))!;
    expect((await funder.client.post<GrantView>('/api/grants', { title: 'Community voice', granteeEmail, startsOn: '2027-01-01', packIds: [ryanWhite.id] })).status).toBe(201);
    const token = await emailedToken(granteeEmail, '/grants/accept');
    expect((await agency.client.post('/api/grants/accept', { token, boardIds: [board.id] })).status).toBe(200);

    const deadline = Date.now() + 20_000;
    for (;;) {
      screen = (await agency.client.get<BoardComplianceView>(`/api/boards/${board.id}/compliance`)).body;
      if (screen.packs[0]?.current?.rules.some((rule) => rule.ruleKey === SHARE)) break;
      if (Date.now() > deadline) throw new Error(`Compliance never settled: ${JSON.stringify(screen)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    periodFrom = screen.packs[0]!.current!.from;
  }, 90_000);

  it('refuses a kind it does not make and a year without results, naming the field', async () => {
    for (const kind of ['spreadsheet']) {
      const refused = await agency.client.post(boardExports(), { kind, periodFrom });
      expect(refused.status).toBe(422);
      expect(fieldsOf(refused)).toEqual(['kind']);
    }
    for (const day of ['2026-13-01', `${periodFrom.slice(0, 8)}15`, '2001-01-01']) {
      const refused = await agency.client.post(boardExports(), { kind: 'results_csv', periodFrom: day });
      expect(refused.status).toBe(422);
      expect(fieldsOf(refused)).toEqual(['periodFrom']);
    }
    expect((await agency.client.get<ComplianceExportView[]>(boardExports())).body).toEqual([]);
  });

  it('gives the board’s managers a CSV whose numbers match the compliance page', async () => {
    const { view, file } = await made(agency.client, boardExports(), 'results_csv');
    expect(view.fileName).toBe(`harbour-cab-${periodFrom.slice(0, 4)}-results.csv`);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    const records = csvRecords(file.raw);
    const rules = screen.packs.flatMap((pack) => pack.current?.rules ?? []);
    expect(records).toHaveLength(rules.length);
    for (const rule of rules) {
      const record = records.find((one) => one['rule_key'] === rule.ruleKey);
      expect(record).toMatchObject({ board: 'Harbour CAB', organisation: 'Harbour Services', result: rule.result, threshold: String(rule.threshold), unit: rule.unit, withheld: 'false' });
      expect(record?.['measured']).toBe(rule.measured === null ? '' : String(rule.measured));
    }
    expect(shareOnScreen()).toMatchObject({ measured: 31.2 });
  });

  it('gives them an evidence packet with the measured share, the members counted and the audit head', async () => {
    const { view, file } = await made(agency.client, boardExports(), 'evidence_pdf');
    managerPdf = view;
    expect(view.fileName).toBe(`harbour-cab-${periodFrom.slice(0, 4)}-evidence.pdf`);
    expect(file.headers['content-type']).toBe('application/pdf');
    const text = pdfText(file.raw);
    expect(text).toContain('Board: Harbour CAB');
    expect(text).toContain('Organisation: Harbour Services');
    expect(text).toContain('Measured: 31.2% · Needs: 33%');
    for (const member of tagged) expect(text).toContain(`${member.displayName} · counted`);
    expect(view.auditHeadHash).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toContain(view.auditHeadHash);
    expect(view.auditHeadHash).toBe(await auditHead(agency.organizationId));

    const list = (await agency.client.get<ComplianceExportView[]>(boardExports())).body;
    expect(list.map((one) => one.kind)).toEqual(['evidence_pdf', 'results_csv']);
    expect(Object.keys(list[0]!)).not.toContain('content');
  });

  it('gives a funder its own view: the grant’s packs, the share, nobody listed by an attribute', async () => {
    expect((await funder.client.post(boardExports(), { kind: 'evidence_pdf', periodFrom })).status).toBe(404);
    const drillDown = (await funder.client.get<PortfolioBoardView>(`/api/portfolio/boards/${board.id}`)).body;
    const funderShare = drillDown.packs[0]!.rules.find((rule) => rule.ruleKey === SHARE)!;
    expect(funderShare).toMatchObject({ measured: 31.2, evidence: [] });

    const { file: csv } = await made(funder.client, funderExports(), 'results_csv');
    expect(csvRecords(csv.raw)).toEqual([expect.objectContaining({ rule_key: SHARE, measured: String(funderShare.measured), result: funderShare.result, withheld: 'false', organisation: 'Harbour Services' })]);

    const { view, file } = await made(funder.client, funderExports(), 'evidence_pdf');
    const text = pdfText(file.raw);
    expect(text).toContain('Measured: 31.2% · Needs: 33%');
    expect(text).toContain('No records listed.');
    for (const member of tagged) expect(text).not.toContain(member.displayName);
    // The packet cites the board's organisation's chain, which the funder's own requests do not touch.
    expect(view.auditHeadHash).toBe(await auditHead(agency.organizationId));
    expect(text).toContain(view.auditHeadHash);

    // Each organisation lists and downloads only its own exports.
    expect((await funder.client.get<ComplianceExportView[]>(funderExports())).body.map((one) => one.kind)).toEqual(['evidence_pdf', 'results_csv']);
    expect((await agency.client.get<ComplianceExportView[]>(boardExports())).body.map((one) => one.id)).not.toContain(view.id);
    expect((await funder.client.get(fileOf(managerPdf))).status).toBe(404);
    expect((await agency.client.get(fileOf(view))).status).toBe(404);
  }, 60_000);

  it('shows another organisation nothing: 404 to ask, to list and to download', async () => {
    expect((await stranger.client.post(boardExports(), { kind: 'evidence_pdf', periodFrom })).status).toBe(404);
    expect((await stranger.client.post(funderExports(), { kind: 'evidence_pdf', periodFrom })).status).toBe(404);
    expect((await stranger.client.get(boardExports())).status).toBe(404);
    expect((await stranger.client.get(funderExports())).status).toBe(404);
    expect((await stranger.client.get(fileOf(managerPdf))).status).toBe(404);
    expect((await agency.client.get(`/api/compliance/exports/${randomUUID()}/file`)).status).toBe(404);
  });
});
