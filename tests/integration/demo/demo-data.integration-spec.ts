import { TestClient, useTestStack } from '@cabinet/api/testing';
import type { AgendaView, BoardComplianceView, GrantView, PortfolioView, LiaisonInboxItem, MinutesView, PeerInputView, PublicMinutesSummary, PublicMinutesView, PublicRecommendationsView, RecommendationDetail, SessionView } from '@cabinet/shared/contracts';
import { DEMO_PASSWORD, DEMO_PAST_MEETING, DEMO_RECOMMENDATION, seedDemoData } from '@cabinet/tooling/demo-data';

const BOARD = '0000000c-0000-4000-8000-000000000001';
const NEXT_MEETING = '00000008-0000-4000-8000-000000000100';

/** What `npm start` writes, read back through the API the way the demo's people see it. */
describe('the demo data', () => {
  const stack = useTestStack({ worker: false });

  async function signIn(identifier: string): Promise<TestClient> {
    const client = new TestClient(stack.api);
    const signedIn = await client.post<SessionView>('/api/auth/sign-in', { identifier, password: DEMO_PASSWORD });
    expect(signedIn.status).toBe(200);
    return client;
  }

  beforeAll(async () => {
    const config = { APP_URL: stack.config.APP_URL, AUDIT_HMAC_KEY: stack.config.AUDIT_HMAC_KEY };
    await seedDemoData(stack.database.appUrl, config);
    // A second start adds nothing twice.
    await seedDemoData(stack.database.appUrl, config);
  });

  it('shows last month’s published minutes on the board’s public page, without the private section', async () => {
    const anyone = new TestClient(stack.api);
    const list = await anyone.get<PublicMinutesSummary[]>('/api/public/boards/harbour-cab/minutes');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ meetingId: DEMO_PAST_MEETING, summary: expect.stringContaining('20:00') })]);

    const minutes = await anyone.get<PublicMinutesView>(`/api/public/boards/harbour-cab/minutes/${DEMO_PAST_MEETING}`);
    expect(minutes.body.body).toContain('Needle exchange opening hours');
    expect(minutes.body.body).not.toContain('Personal matters');
    expect(minutes.body.redacted).toBe(true);
  });

  it('gives the manager the full minutes and the next meeting’s agenda with Sam’s proposal to decide', async () => {
    const manager = await signIn('manager@demo.cabinet.local');
    const minutes = await manager.get<MinutesView>(`/api/boards/${BOARD}/meetings/${DEMO_PAST_MEETING}/minutes`);
    expect(minutes.status).toBe(200);
    expect(minutes.body).toMatchObject({ status: 'published' });

    const agenda = await manager.get<AgendaView>(`/api/boards/${BOARD}/meetings/${NEXT_MEETING}/agenda`);
    expect(agenda.body.items.map((slot) => slot.title)).toEqual(['Welcome', 'The agency answers the opening-hours recommendation']);
    expect(agenda.body.proposals).toEqual([expect.objectContaining({ title: 'Peer support on weekend nights', status: 'proposed', proposedBy: 'Sam' })]);
  });

  it('lets Sam, a peer who signs in with a username, see their own proposal', async () => {
    const sam = await signIn('sam.peer');
    const agenda = await sam.get<AgendaView>(`/api/boards/${BOARD}/meetings/${NEXT_MEETING}/agenda`);
    expect(agenda.body.proposals).toEqual([expect.objectContaining({ title: 'Peer support on weekend nights', proposedByMe: true })]);
  });

  it('shows the manager the adopted recommendation under way, in their inbox, and the community’s concern waiting', async () => {
    const manager = await signIn('manager@demo.cabinet.local');
    const recommendation = await manager.get<RecommendationDetail>(`/api/boards/${BOARD}/recommendations/${DEMO_RECOMMENDATION}`);
    expect(recommendation.status).toBe(200);
    expect(recommendation.body).toMatchObject({ status: 'in_progress', adoptedMotionId: expect.any(String), overdue: false });
    expect(recommendation.body.milestones.map((step) => step.doneAt !== null)).toEqual([true, false]);
    expect(recommendation.body.timeline.map((step) => step.kind)).toEqual(['drafted', 'adopted', 'sent', 'responded', 'milestone_added', 'milestone_added', 'milestone_done', 'progress_reported']);

    const inbox = await manager.get<LiaisonInboxItem[]>('/api/recommendations/inbox');
    expect(inbox.body.map((item) => item.id)).toContain(DEMO_RECOMMENDATION);
    // Anyone can read it, with the service's answer, on the board's "You said, we did" page.
    const published = await new TestClient(stack.api).get<PublicRecommendationsView>('/api/public/boards/harbour-cab/recommendations');
    expect(published.body.recommendations.map((one) => one.title)).toEqual(['Keep the needle exchange open until 20:00 on weekdays']);

    const input = await manager.get<PeerInputView[]>(`/api/boards/${BOARD}/input`);
    expect(input.body).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'concern', author: null, status: 'new' }), expect.objectContaining({ kind: 'idea', author: 'Sam', status: 'recommendation' })]));
  });

  it('holds the board to the NYC pack, under the demo funder’s accepted grant that the funder follows', async () => {
    const manager = await signIn('manager@demo.cabinet.local');
    const compliance = await manager.get<BoardComplianceView>(`/api/boards/${BOARD}/compliance`);
    expect(compliance.body.packs.map((pack) => pack.pack.name)).toEqual([expect.stringMatching(/New York City/)]);

    const funder = await signIn('funder@demo.cabinet.local');
    const grants = await funder.get<GrantView[]>('/api/grants');
    expect(grants.body).toEqual([expect.objectContaining({ status: 'accepted', grantee: expect.objectContaining({ name: 'Harbour Health Services' }) })]);
    const portfolio = await funder.get<PortfolioView>('/api/portfolio');
    expect(portfolio.body.boards.map((board) => board.boardName)).toEqual(['Harbour Community Advisory Board']);
  });
});
