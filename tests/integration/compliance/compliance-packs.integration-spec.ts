import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardComplianceView, BoardDetail, CompliancePackView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, put, seatId } from '../boards/board-helpers';

const SOURCE = { citation: 'Our grant terms, section 4', url: null };
const fourMeetings = { key: 'four-meetings', kind: 'meetings_held', title: 'The board meets at least 4 times a year', params: { min: 4, period: { per: 'year' } }, source: SOURCE };
const sixMeetings = { ...fourMeetings, key: 'six-meetings', title: 'The board meets at least 6 times a fiscal year', params: { min: 6, period: { per: 'fiscal_year', startMonth: 7 } } };

/** Polls the board's stored compliance until `done` says it is there: evaluation runs in the worker, after the outbox relay. */
async function settled(manager: TestOrganization, boardId: string, done: (view: BoardComplianceView) => boolean): Promise<BoardComplianceView> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const view = await manager.client.get<BoardComplianceView>(`/api/boards/${boardId}/compliance`);
    if (view.status !== 200) throw new Error(`Reading compliance failed: ${view.status} ${JSON.stringify(view.body)}`);
    if (done(view.body)) return view.body;
    if (Date.now() > deadline) throw new Error(`Compliance never settled: ${JSON.stringify(view.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('compliance packs', () => {
  let manager: TestOrganization;
  let other: TestOrganization;

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    other = await signUpOrganization(stack.api, { name: 'Other Services' });
  });

  it('lists Cabinet’s six seeded packs, each rule with its source, and none can be edited', async () => {
    const packs = await manager.client.get<CompliancePackView[]>('/api/compliance/packs');
    expect(packs.status).toBe(200);
    const seeded = packs.body.filter((pack) => pack.seeded);
    expect(seeded.map((pack) => pack.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Ryan White/), expect.stringMatching(/Patient and Family Advisory Council/)]));
    expect(seeded).toHaveLength(6);
    for (const pack of seeded) {
      expect(pack).toMatchObject({ organizationId: null, version: 1 });
      for (const rule of pack.rules) expect(rule.source.citation.length).toBeGreaterThan(2);
    }
    const nyc = seeded.find((pack) => pack.jurisdiction === 'US-NY');
    expect(nyc?.yearStartMonth).toBe(7);

    const refused = await put(manager.client, `/api/compliance/packs/${seeded[0]!.id}`, { name: 'Mine now', description: '', rules: [fourMeetings] });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['rules']);
    expect((await manager.client.get<CompliancePackView>(`/api/compliance/packs/${seeded[0]!.id}`)).body.name).toBe(seeded[0]!.name);
  });

  it('refuses a pack whose parameters do not fit their kind, naming the field, and stores nothing', async () => {
    const before = (await manager.client.get<CompliancePackView[]>('/api/compliance/packs')).body.length;
    const refused = await manager.client.post('/api/compliance/packs', { name: 'Broken', description: '', rules: [{ ...fourMeetings, params: { min: 0, period: { per: 'year' } } }] });
    expect([400, 422]).toContain(refused.status);
    expect(fieldsOf(refused)).toEqual(['rules.0.params.min']);
    const repeated = await manager.client.post('/api/compliance/packs', { name: 'Twice', description: '', rules: [fourMeetings, fourMeetings] });
    expect(fieldsOf(repeated)).toEqual(['rules']);
    expect((await manager.client.get<CompliancePackView[]>('/api/compliance/packs')).body).toHaveLength(before);
  });

  it('versions a pack when its rules change; a new name alone keeps the version', async () => {
    const composed = await manager.client.post<CompliancePackView>('/api/compliance/packs', { name: 'Harbour grant', description: 'What our city grant asks', rules: [fourMeetings] });
    expect(composed.status).toBe(201);
    expect(composed.body).toMatchObject({ seeded: false, organizationId: manager.organizationId, version: 1, yearStartMonth: 1 });

    const revised = await put<CompliancePackView>(manager.client, `/api/compliance/packs/${composed.body.id}`, { name: 'Harbour grant', description: 'What our city grant asks', rules: [sixMeetings] });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ version: 2, yearStartMonth: 7, rules: [expect.objectContaining({ key: 'six-meetings' })] });
    expect(revised.body.versions.map((one) => one.version)).toEqual([1, 2]);

    const renamed = await put<CompliancePackView>(manager.client, `/api/compliance/packs/${composed.body.id}`, { name: 'Harbour city grant', description: '', rules: [sixMeetings] });
    expect(renamed.body).toMatchObject({ name: 'Harbour city grant', version: 2 });
  });

  it('keeps an organisation’s own packs from every other organisation', async () => {
    const mine = await manager.client.post<CompliancePackView>('/api/compliance/packs', { name: 'Private pack', description: '', rules: [fourMeetings] });
    const theirs = await other.client.get<CompliancePackView[]>('/api/compliance/packs');
    expect(theirs.body.map((pack) => pack.id)).not.toContain(mine.body.id);
    expect(theirs.body.filter((pack) => !pack.seeded)).toEqual([]);
    expect((await other.client.get(`/api/compliance/packs/${mine.body.id}`)).status).toBe(404);
    const board = await createBoard(other, { name: 'Other board' });
    expect((await other.client.post(`/api/boards/${board.id}/compliance/packs`, { packId: mine.body.id })).status).toBe(404);
  });

  describe('a board held to the Ryan White pack', () => {
    let board: BoardDetail;
    let ryanWhite: CompliancePackView;
    const share = (view: BoardComplianceView) => view.packs[0]?.current?.rules.find((rule) => rule.ruleKey === 'unaligned-consumers-share');

    beforeAll(async () => {
      board = await createBoard(manager, { name: 'Planning Council' });
      const community = seatId(board, 'community');
      const members = [];
      for (let i = 0; i < 4; i++) members.push(await addMember(manager, board.id, { seatTypeId: community }));
      const tagged = await manager.client.post(`/api/boards/${board.id}/members/${members[0]!.id}/tags`, { tag: 'unaligned_consumer', consent: true });
      expect(tagged.status).toBe(201);
      ryanWhite = (await manager.client.get<CompliancePackView[]>('/api/compliance/packs')).body.find((pack) => pack.seeded && /Ryan White/.test(pack.name))!;
    });

    it('shows nothing before a pack is attached', async () => {
      expect((await manager.client.get<BoardComplianceView>(`/api/boards/${board.id}/compliance`)).body).toEqual({ boardId: board.id, asOf: null, packs: [] });
    });

    it('is evaluated in the background once attached: 1 of 4 voting members is short of a third', async () => {
      const attached = await manager.client.post(`/api/boards/${board.id}/compliance/packs`, { packId: ryanWhite.id });
      expect(attached.status).toBe(204);
      const again = await manager.client.post(`/api/boards/${board.id}/compliance/packs`, { packId: ryanWhite.id });
      expect(again.status).toBe(422);
      expect(fieldsOf(again)).toEqual(['packId']);

      const view = await settled(manager, board.id, (one) => !!share(one));
      expect(view.packs[0]!.pack).toMatchObject({ id: ryanWhite.id, seeded: true, version: 1 });
      expect(share(view)).toMatchObject({ result: 'fail', measured: 25, threshold: 33, unit: 'percent', kind: 'composition_share' });
      expect(share(view)!.source.citation).toMatch(/300ff-12/);
      const year = new Date().getUTCFullYear();
      expect(view.packs[0]!.current).toMatchObject({ from: `${year}-01-01`, to: `${year}-12-31`, evaluatedAt: expect.any(String) });
    });

    it('turns to pass when a member who is an unaligned consumer joins (2 of 5 = 40 %)', async () => {
      const joining = await addMember(manager, board.id, { seatTypeId: seatId(board, 'community') });
      await manager.client.post(`/api/boards/${board.id}/members/${joining.id}/tags`, { tag: 'unaligned_consumer', consent: true });
      const view = await settled(manager, board.id, (one) => share(one)?.result === 'pass');
      expect(share(view)).toMatchObject({ measured: 40, threshold: 33 });
      expect(share(view)!.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'member', id: joining.id, label: joining.displayName })]));
    });

    it('re-judges the board as of a past day, by the facts of then, without storing it', async () => {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const past = await manager.client.get<BoardComplianceView>(`/api/boards/${board.id}/compliance?asOf=${yesterday}`);
      expect(past.status).toBe(200);
      expect(past.body.asOf).toBe(yesterday);
      // Nobody was on the board yesterday: there is no share to measure.
      expect(share(past.body)).toMatchObject({ result: 'not_enough_data', measured: null });
      expect(past.body.packs[0]!.current!.evaluatedAt).toBeNull();
      const bad = await manager.client.get(`/api/boards/${board.id}/compliance?asOf=yesterday`);
      expect(bad.status).toBe(422);
      expect(fieldsOf(bad)).toEqual(['asOf']);
    });

    it('stops showing a pack once removed', async () => {
      expect((await manager.client.delete(`/api/boards/${board.id}/compliance/packs/${ryanWhite.id}`)).status).toBe(204);
      expect((await manager.client.get<BoardComplianceView>(`/api/boards/${board.id}/compliance`)).body.packs).toEqual([]);
      expect((await manager.client.delete(`/api/boards/${board.id}/compliance/packs/${ryanWhite.id}`)).status).toBe(404);
    });
  });
});
