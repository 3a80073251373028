import { TestBed } from '@angular/core/testing';
import { type BoardDetail, Permission } from '@cabinet/shared/contracts';
import { testRosterMember as member } from '@cabinet/web/boards/data-access';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { boardDetail } from '../testing/board-fixtures';
import { type PageTestBed, openBoardPage, setUpPageTestBed, tearDownPageTestBed, testSession } from '../testing/page-test-bed';
import { BoardPageComponent } from './board-page.component';

describe('BoardPageComponent', () => {
  let bed: PageTestBed;

  beforeEach(async () => {
    bed = await setUpPageTestBed([{ path: 'boards/:boardId', component: BoardPageComponent }]);
  });

  afterEach(() => tearDownPageTestBed());

  const open = (board: BoardDetail, permissions = [Permission.BoardsRead]) => openBoardPage(bed, '/boards/b1', BoardPageComponent, testSession(permissions), board);

  const all = (page: HTMLElement, testId: string) => [...page.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const texts = (page: HTMLElement, testId: string) => all(page, testId).map((node) => node.textContent?.trim());

  it('shows a member the purpose, the meter and the roster by seat, without manager links', async () => {
    const page = await open(boardDetail());

    expect(texts(page, 'board-name')).toEqual(['Harbour Community Board']);
    expect(texts(page, 'board-relation')).toEqual(['Hosted by Harbour Outreach']);
    expect(texts(page, 'board-my-status')).toEqual(['Your place on this board: Active']);
    expect(texts(page, 'board-purpose')).toEqual(['We tell Harbour what should change.']);
    expect(texts(page, 'meter-share')).toEqual(['7 of 12 voting members = 58 %']);
    expect(texts(page, 'roster-seat-name')).toEqual(['Peer members', 'Agency staff']);
    expect(texts(page, 'roster-seat-facts')).toEqual(['Voting · 2 of 8 seats filled', 'Non-voting · Active members: 1']);
    expect(texts(page, 'roster-name')).toEqual(['Ali', 'Sam', 'Jo']);
    expect(texts(page, 'roster-role')).toEqual(['Chair']);
    expect(texts(page, 'roster-status')).toEqual(['Active', 'Active', 'Guest']);
    expect(texts(page, 'roster-can-vote')).toEqual(['✓ Can vote', '✓ Can vote']);
    expect(texts(page, 'roster-term-end')).toEqual(['Term ends: Dec 31, 2027', 'Term ends: Dec 31, 2027']);

    expect(all(page, 'board-manage-links')).toHaveLength(0);
    expect(all(page, 'board-terms-ending')).toHaveLength(0);
    expect(all(page, 'board-join-page')).toHaveLength(0);
  });

  it('links a member to their own profile only', async () => {
    const page = await open(boardDetail());

    const links = page.querySelectorAll<HTMLAnchorElement>('a[data-testid="roster-name"]');
    expect([...links].map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Sam', '/boards/b1/members/m1']]);
  });

  it('shows the role, never a blank, for someone listed by role only', async () => {
    const board = boardDetail({
      roster: [member('m9', null, 's-peer', { listedByRoleOnly: true, boardRole: 'co_chair' }), member('m8', null, 's-peer', { listedByRoleOnly: true })],
    });
    const page = await open(board);

    expect(texts(page, 'roster-name')).toEqual(['Co-chair', 'Listed by role']);
  });

  it('gives managers the manage links, terms ending, contact details and every profile', async () => {
    const board = boardDetail({
      canManage: true,
      pending: 3,
      settings: { ...boardDetail().settings, acceptsApplications: true },
      termsEnding: [{ memberId: 'm2', displayName: 'Ali', endsOn: '2026-05-31', mayRenew: false }],
      roster: [member('m2', 'Ali', 's-peer', { legalName: 'Alison Grey', email: 'ali@example.org', phone: '+1 555 123 4567' })],
    });
    const page = await open(board, [Permission.BoardsRead, Permission.BoardsManage]);

    const link = (testId: string) => page.querySelector(`[data-testid="${testId}"]`);
    expect(link('board-add-member')?.getAttribute('href')).toBe('/boards/b1/members/new');
    expect(link('board-applications')?.textContent?.trim()).toBe('Applications (3)');
    expect(link('board-applications')?.getAttribute('href')).toBe('/boards/b1/applications');
    expect(link('board-settings')?.getAttribute('href')).toBe('/boards/b1/settings');
    expect(link('board-join-page')?.getAttribute('href')).toBe('/join/harbour-cab');
    expect(texts(page, 'term-ending')).toEqual(['Ali: ends May 31, 2026']);
    expect(all(page, 'term-ending')[0]?.getAttribute('href')).toBe('/boards/b1/members/m2');
    expect(texts(page, 'term-ending-renewal')).toEqual(['This is their last term in a row.']);
    expect(texts(page, 'roster-legal-name')).toEqual(['Legal name: Alison Grey']);
    expect(texts(page, 'roster-email')).toEqual(['Email: ali@example.org']);
    expect(texts(page, 'roster-phone')).toEqual(['Phone: +1 555 123 4567']);
    expect(page.querySelector('a[data-testid="roster-name"]')?.getAttribute('href')).toBe('/boards/b1/members/m2');
  });

  it('does not link a member to the board’s compliance', async () => {
    const member = await open(boardDetail());
    expect(member.querySelector('[data-testid="board-compliance"]')).toBeNull();
  });

  it('links people who read compliance to the board’s compliance', async () => {
    const manager = await open(boardDetail({ canManage: true }), [Permission.BoardsRead, Permission.BoardsManage, Permission.ComplianceRead]);
    expect(manager.querySelector('[data-testid="board-compliance"]')?.getAttribute('href')).toBe('/boards/b1/compliance');
  });

  it('names the host and the other partners on a board the organisation co-owns', async () => {
    const page = await open(
      boardDetail({ relation: 'partner', hostOrganizationName: 'Harbour Outreach', partners: [{ organizationId: 'o2', name: 'Peer Voices', since: '2026-01-01' }] }),
    );

    expect(texts(page, 'board-relation')).toEqual(['Co-owned with Harbour Outreach']);
    expect(texts(page, 'board-partners')).toEqual(['Run together with Harbour Outreach and Peer Voices.']);
  });

  it('says why when the board cannot be loaded', async () => {
    const { harness, backend } = bed;
    TestBed.inject(SessionStore).set(testSession([Permission.BoardsRead]));
    await harness.navigateByUrl('/boards/b1', BoardPageComponent);
    backend.expectOne('/api/boards/b1').flush({ statusCode: 404, code: 'not_found', message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();

    expect((harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain("We can't find this.");
  });
});
