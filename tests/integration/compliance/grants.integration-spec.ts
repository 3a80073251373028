import { randomUUID } from 'node:crypto';
import { emailedToken, signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardComplianceView, BoardDetail, CompliancePackView, GrantPreview, GrantView, PortfolioAuditView, PortfolioBoardView, PortfolioView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, seatId } from '../boards/board-helpers';

/** Polls the funder's portfolio until `done` says it is there: evaluation runs in the worker. */
async function portfolioWhen(funder: TestOrganization, done: (view: PortfolioView) => boolean): Promise<PortfolioView> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const view = await funder.client.get<PortfolioView>('/api/portfolio');
    if (view.status !== 200) throw new Error(`Reading the portfolio failed: ${view.status} ${JSON.stringify(view.body)}`);
    if (done(view.body)) return view.body;
    if (Date.now() > deadline) throw new Error(`The portfolio never settled: ${JSON.stringify(view.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const unaligned = (board: PortfolioBoardView | undefined) => board?.packs[0]?.rules.find((rule) => rule.ruleKey === 'unaligned-consumers-share');

describe('grants and the funder portfolio', () => {
  let funder: TestOrganization;
  let agency: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  let otherBoard: BoardDetail;
  let ryanWhite: CompliancePackView;
  let grant: GrantView;
  const granteeEmail = `grants-${randomUUID()}@example.org`;

  const stack = useTestStack();

  const tag = (memberId: string) => agency.client.post(`/api/boards/${board.id}/members/${memberId}/tags`, { tag: 'unaligned_consumer', consent: true });

  beforeAll(async () => {
    funder = await signUpOrganization(stack.api, { name: 'Northshore Health Fund', kind: 'funder' });
    agency = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    stranger = await signUpOrganization(stack.api, { name: 'Stranger Services' });
    board = await createBoard(agency, { name: 'Planning Council' });
    otherBoard = await createBoard(agency, { name: 'Youth Board' });
    // 5 of 16 voting members are unaligned consumers: 31.2 %, under the third the pack asks for.
    for (let i = 0; i < 16; i++) {
      const member = await addMember(agency, board.id, { seatTypeId: seatId(board, 'community') });
      if (i < 5) expect((await tag(member.id)).status).toBe(201);
    }
    ryanWhite = (await funder.client.get<CompliancePackView[]>('/api/compliance/packs')).body.find((pack) => pack.seeded && /Ryan White/.test(pack.name))!;
  });

  it('lets only a funder record a grant, and refuses bad input naming the field', async () => {
    const input = { title: 'Community voice 2027', granteeEmail, startsOn: '2027-01-01', packIds: [ryanWhite.id] };
    const notFunder = await agency.client.post('/api/grants', input);
    expect(notFunder.status).toBe(422);
    expect(fieldsOf(notFunder)).toEqual(['granteeEmail']);
    const backwards = await funder.client.post('/api/grants', { ...input, endsOn: '2026-12-31' });
    expect(fieldsOf(backwards)).toEqual(['endsOn']);
    const noPack = await funder.client.post('/api/grants', { ...input, packIds: [] });
    expect(fieldsOf(noPack)).toEqual(['packIds']);
    expect((await funder.client.get<GrantView[]>('/api/grants')).body).toEqual([]);

    const created = await funder.client.post<GrantView>('/api/grants', { ...input, reference: 'NHF-27-014', boardsNote: 'The planning council' });
    expect(created.status).toBe(201);
    grant = created.body;
    expect(grant).toMatchObject({ status: 'invited', funder: { name: 'Northshore Health Fund' }, grantee: null, invitedEmail: granteeEmail, packs: [{ id: ryanWhite.id, version: 1 }], boards: [] });
  });

  it('shows the funder nothing of the agency before it accepts', async () => {
    expect((await funder.client.get<PortfolioView>('/api/portfolio')).body).toEqual({ boards: [] });
    expect((await funder.client.get(`/api/portfolio/boards/${board.id}`)).status).toBe(404);
    expect((await funder.client.get(`/api/boards/${board.id}/compliance`)).status).toBe(404);
  });

  it('shows the agency the grant by its link, with its own boards to choose from', async () => {
    const token = await emailedToken(granteeEmail, '/grants/accept');
    const preview = await agency.client.post<GrantPreview>('/api/grants/preview', { token });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ title: 'Community voice 2027', funderName: 'Northshore Health Fund', reference: 'NHF-27-014', status: 'invited' });
    expect(preview.body.packs[0]!.rules.map((rule) => rule.key)).toContain('unaligned-consumers-share');
    expect(preview.body.boards.map((one) => one.name)).toEqual(['Planning Council', 'Youth Board']);
    expect((await agency.client.post('/api/grants/preview', { token: 'A'.repeat(43) })).status).toBe(410);
  });

  it('accepts only boards the agency hosts, then opens their results to the funder', async () => {
    const token = await emailedToken(granteeEmail, '/grants/accept');
    const theirBoard = await createBoard(stranger, { name: 'Not yours' });
    const refused = await agency.client.post('/api/grants/accept', { token, boardIds: [board.id, theirBoard.id] });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['boardIds']);

    const accepted = await agency.client.post<GrantView>('/api/grants/accept', { token, boardIds: [board.id] });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', grantee: { id: agency.organizationId, name: 'Harbour Services' }, invitedEmail: null, boards: [{ id: board.id, name: 'Planning Council' }] });
    expect((await agency.client.post('/api/grants/accept', { token, boardIds: [board.id] })).status).toBe(410);
    // The board is now held to the grant's pack on its own compliance page.
    expect((await agency.client.get<BoardComplianceView>(`/api/boards/${board.id}/compliance`)).body.packs.map((pack) => pack.pack.id)).toEqual([ryanWhite.id]);

    const view = await portfolioWhen(funder, (one) => !!unaligned(one.boards[0]));
    expect(view.boards).toHaveLength(1);
    expect(view.boards[0]).toMatchObject({ boardId: board.id, boardName: 'Planning Council', organizationName: 'Harbour Services', grantTitle: 'Community voice 2027' });
    expect(unaligned(view.boards[0])).toMatchObject({ result: 'fail', measured: 31.2, threshold: 33, withheld: false, evidence: [] });
    expect((await funder.client.get<GrantView[]>('/api/grants')).body[0]).toMatchObject({ status: 'accepted', grantee: { name: 'Harbour Services' } });
  });

  it('never lists who has an attribute, and lists other evidence by listed name only', async () => {
    const detail = await funder.client.get<PortfolioBoardView>(`/api/portfolio/boards/${board.id}`);
    expect(detail.status).toBe(200);
    expect(unaligned(detail.body)!.evidence).toEqual([]);
    const text = JSON.stringify(detail.body);
    expect(text).not.toMatch(/@example\.org/);
    // The board it did not name stays closed, as does the agency's own board page.
    expect((await funder.client.get(`/api/portfolio/boards/${otherBoard.id}`)).status).toBe(404);
    expect((await funder.client.get(`/api/boards/${board.id}`)).status).toBe(404);
    expect((await stranger.client.get<PortfolioView>('/api/portfolio')).body).toEqual({ boards: [] });
  });

  it('opens the covered board’s audit trail to the funder, ids and actions only, with the agency’s chain verified', async () => {
    const trail = await funder.client.get<PortfolioAuditView>(`/api/portfolio/boards/${board.id}/audit`);
    expect(trail.status).toBe(200);
    expect(trail.body.entries.length).toBeGreaterThan(0);
    expect(trail.body.entries.map((entry) => entry.organizationName)).toEqual(trail.body.entries.map(() => 'Harbour Services'));
    expect(trail.body.entries.map((entry) => entry.action)).toEqual(expect.arrayContaining(['board.created']));
    expect(trail.body.chains).toEqual([{ organizationName: 'Harbour Services', valid: true, entriesChecked: expect.any(Number), headHash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(JSON.stringify(trail.body)).not.toMatch(/@example\.org|Person /);
    // Not the board the grant does not cover, and not for another organisation.
    expect((await funder.client.get(`/api/portfolio/boards/${otherBoard.id}/audit`)).status).toBe(404);
    expect((await stranger.client.get(`/api/portfolio/boards/${board.id}/audit`)).status).toBe(404);
  });

  it('keeps the grant’s pack on the board while the grant stands', async () => {
    const refused = await agency.client.delete(`/api/boards/${board.id}/compliance/packs/${ryanWhite.id}`);
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['packId']);
    expect((await agency.client.get<BoardComplianceView>(`/api/boards/${board.id}/compliance`)).body.packs).toHaveLength(1);
  });

  it('turns to pass when the agency adds an unaligned consumer (6 of 17 = 35.2 %)', async () => {
    const joining = await addMember(agency, board.id, { seatTypeId: seatId(board, 'community') });
    await tag(joining.id);
    const view = await portfolioWhen(funder, (one) => unaligned(one.boards[0])?.result === 'pass');
    expect(unaligned(view.boards[0])).toMatchObject({ measured: 35.2, withheld: false });
  });

  it('withholds a share that would reveal fewer than 5 people with the attribute', async () => {
    const small = await createBoard(agency, { name: 'Small board' });
    for (let i = 0; i < 4; i++) {
      const member = await addMember(agency, small.id, { seatTypeId: seatId(small, 'community') });
      if (i === 0) await agency.client.post(`/api/boards/${small.id}/members/${member.id}/tags`, { tag: 'unaligned_consumer', consent: true });
    }
    const second = await funder.client.post<GrantView>('/api/grants', { title: 'Small grant', granteeEmail, startsOn: '2027-01-01', packIds: [ryanWhite.id] });
    const token = await emailedToken(granteeEmail, '/grants/accept', 2);
    expect((await agency.client.post('/api/grants/accept', { token, boardIds: [small.id] })).status).toBe(200);
    const view = await portfolioWhen(funder, (one) => !!unaligned(one.boards.find((b) => b.boardId === small.id)));
    expect(unaligned(view.boards.find((b) => b.boardId === small.id))).toMatchObject({ result: 'fail', measured: null, withheld: true });

    // Withdrawn, the grant closes the board to the funder again.
    expect((await funder.client.post<GrantView>(`/api/grants/${second.body.id}/withdraw`)).body.status).toBe('withdrawn');
    expect((await funder.client.get<PortfolioView>('/api/portfolio')).body.boards.map((b) => b.boardId)).toEqual([board.id]);
    expect((await agency.client.post(`/api/grants/${grant.id}/withdraw`)).status).toBe(404);
  });

  it('lets the agency decline a link, after which it is dead', async () => {
    await funder.client.post('/api/grants', { title: 'Declined grant', granteeEmail, startsOn: '2027-01-01', packIds: [ryanWhite.id] });
    const token = await emailedToken(granteeEmail, '/grants/accept', 3);
    expect((await agency.client.post('/api/grants/decline', { token })).status).toBe(204);
    expect((await agency.client.post('/api/grants/preview', { token })).status).toBe(410);
    const declined = (await funder.client.get<GrantView[]>('/api/grants')).body.find((one) => one.title === 'Declined grant');
    expect(declined).toMatchObject({ status: 'declined', grantee: { name: 'Harbour Services' }, boards: [] });
  });

  describe('in the database itself', () => {
    /** One statement as the app role in an organisation's context: the rows it touched, or the error it raised. */
    const attempt = (organizationId: string, sql: string, params: unknown[] = []) =>
      withAppRole(stack.database.appUrl, { 'app.organization_id': organizationId }, async (db) => {
        try {
          return { rows: (await db.query(sql, params)).rowCount };
        } catch (error) {
          return { error: (error as { code?: string }).code };
        }
      });

    it('lets no organisation change, remove or add versions to Cabinet’s packs', async () => {
      expect(await attempt(agency.organizationId, `UPDATE compliance_pack SET organization_id = $1, key = NULL WHERE id = $2`, [agency.organizationId, ryanWhite.id])).toEqual({ rows: 0 });
      expect(await attempt(agency.organizationId, `DELETE FROM compliance_pack WHERE id = $1`, [ryanWhite.id])).toEqual({ rows: 0 });
      expect(await attempt(agency.organizationId, `INSERT INTO compliance_pack_version (organization_id, pack_id, version, rules, year_start_month) VALUES ($1, $2, 99, '[]', 1)`, [agency.organizationId, ryanWhite.id])).toEqual({ error: '42501' });
    });

    it('lets the grantee read its grant but not change or remove it, and the funder only withdraw it', async () => {
      expect(await attempt(agency.organizationId, `UPDATE "grant" SET title = 'Changed' WHERE id = $1`, [grant.id])).toEqual({ rows: 0 });
      expect(await attempt(agency.organizationId, `DELETE FROM "grant" WHERE id = $1`, [grant.id])).toEqual({ rows: 0 });
      expect(await attempt(agency.organizationId, `DELETE FROM grant_pack WHERE grant_id = $1`, [grant.id])).toEqual({ rows: 0 });
      // The funder may not add packs to a grant already accepted, nor bring a withdrawn one back.
      expect(await attempt(funder.organizationId, `INSERT INTO grant_pack (grant_id, pack_id, organization_id) SELECT $1, id, $2 FROM compliance_pack WHERE key = 'hrsa-health-center-board'`, [grant.id, funder.organizationId])).toEqual({ error: '42501' });
      const withdrawn = (await funder.client.get<GrantView[]>('/api/grants')).body.find((one) => one.status === 'withdrawn')!;
      expect(await attempt(funder.organizationId, `UPDATE "grant" SET status = 'accepted' WHERE id = $1`, [withdrawn.id])).toEqual({ error: '23514' });
      expect(await attempt(funder.organizationId, `DELETE FROM "grant" WHERE id = $1`, [grant.id])).toEqual({ rows: 0 });
    });
  });
});
