import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RouterTestingHarness } from '@angular/router/testing';
import { type BoardSummary, Permission } from '@cabinet/shared/contracts';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { setUpPageTestBed, tearDownPageTestBed, testSession } from '../testing/page-test-bed';
import { BoardsListPageComponent } from './boards-list-page.component';

const BOARDS: BoardSummary[] = [
  { id: 'b1', name: 'Harbour Community Board', slug: 'harbour-cab', relation: 'host', hostOrganizationName: 'Harbour Outreach', activeMembers: 12, pending: 2, myStatus: null, canManage: true },
  { id: 'b2', name: 'Youth Board', slug: 'youth', relation: 'partner', hostOrganizationName: 'City Clinic', activeMembers: 4, pending: 0, myStatus: 'guest', canManage: false },
];

describe('BoardsListPageComponent', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ harness, backend } = await setUpPageTestBed([{ path: 'boards', component: BoardsListPageComponent }]));
  });

  afterEach(() => tearDownPageTestBed());

  async function open(permissions: Permission[], boards: BoardSummary[]): Promise<HTMLElement> {
    TestBed.inject(SessionStore).set(testSession(permissions));
    await harness.navigateByUrl('/boards', BoardsListPageComponent);
    backend.expectOne('/api/boards').flush(boards);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const texts = (page: HTMLElement, testId: string) => [...page.querySelectorAll(`[data-testid="${testId}"]`)].map((node) => node.textContent?.trim());

  it('lists each board with its host or partner relation, members, pending count for managers and my status', async () => {
    const page = await open([Permission.BoardsRead, Permission.BoardsManage], BOARDS);

    expect(texts(page, 'board-link')).toEqual(['Harbour Community Board', 'Youth Board']);
    expect(page.querySelector('[data-testid="board-link"]')?.getAttribute('href')).toBe('/boards/b1');
    expect(texts(page, 'board-relation')).toEqual(['Hosted by Harbour Outreach', 'Co-owned with City Clinic']);
    expect(texts(page, 'board-active')).toEqual(['Active members: 12', 'Active members: 4']);
    expect(texts(page, 'board-pending')).toEqual(['Waiting for review: 2']);
    expect(texts(page, 'board-my-status')).toEqual(['You: Guest']);
    expect(page.querySelector('[data-testid="boards-new"]')?.getAttribute('href')).toBe('/boards/new');
  });

  it('offers "New board" only with boards.manage, and says where boards will appear when there are none', async () => {
    const page = await open([Permission.BoardsRead], []);

    expect(page.querySelector('[data-testid="boards-new"]')).toBeNull();
    expect(texts(page, 'boards-empty')[0]).toContain('When you join a board, it will show here.');
  });
});
