import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { type BoardDetail, type BoardPartnerView, Permission, type SessionOrganization } from '@cabinet/shared/contracts';
import { BoardsListPageComponent } from '../boards-list/boards-list-page.component';
import { boardDetail } from '../testing/board-fixtures';
import { HARBOUR_OUTREACH, openBoardPage, setUpPageTestBed, tearDownPageTestBed, testSession } from '../testing/page-test-bed';
import { BoardSettingsPageComponent } from './board-settings-page.component';

const NEIGHBOURS: BoardPartnerView = { organizationId: 'org-2', name: 'Neighbours Together', since: '2026-01-15T10:00:00Z' };
const RIVERSIDE: BoardPartnerView = { organizationId: 'org-3', name: 'Riverside Youth', since: '2026-02-01T10:00:00Z' };
/** The active organisation when it is the partner: Neighbours Together's own manager. */
const NEIGHBOURS_ORG: SessionOrganization = { id: 'org-2', name: 'Neighbours Together', kind: 'community', role: 'admin' };

describe('PartnersSectionComponent: ending a partnership', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  beforeEach(async () => {
    ({ harness, backend } = await setUpPageTestBed([
      { path: 'boards/:boardId/settings', component: BoardSettingsPageComponent },
      { path: 'boards', component: BoardsListPageComponent },
    ]));
  });

  afterEach(() => tearDownPageTestBed());

  async function open(board: BoardDetail, organization: SessionOrganization): Promise<HTMLElement> {
    const session = testSession([Permission.BoardsRead, Permission.BoardsManage], organization);
    return openBoardPage({ harness, backend }, '/boards/b1/settings', BoardSettingsPageComponent, session, board, () =>
      answerPartners({ partners: [NEIGHBOURS, RIVERSIDE], invitations: [] }),
    );
  }

  /** Renders until the page has asked for url (a pending request: whenStable would wait for it), then answers it. */
  async function answerWhenAsked(url: string, body: object): Promise<void> {
    let requests = backend.match(url);
    for (let round = 0; round < 10 && requests.length === 0; round++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve));
      requests = backend.match(url);
    }
    expect(requests).toHaveLength(1);
    requests[0]?.flush(body);
  }
  const answerPartners = (body: object) => answerWhenAsked('/api/boards/b1/partners', body);

  const cards = (page: HTMLElement) => [...page.querySelectorAll<HTMLElement>('[data-testid="partner-item"]')];
  const inCard = (card: HTMLElement | undefined, testId: string) => card?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;
  const ending = (method: string, url: string) => backend.expectOne((request) => request.method === method && request.url === url);

  it('lets the host’s manager end a partnership after saying what follows, and keeps focus in place', async () => {
    const page = await open(boardDetail({ canManage: true, relation: 'host', partners: [NEIGHBOURS, RIVERSIDE] }), HARBOUR_OUTREACH);

    // One button per partner, named with the partner for screen readers.
    expect(cards(page).map((card) => inCard(card, 'partner-end')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'End partnership: Neighbours Together',
      'End partnership: Riverside Youth',
    ]);

    inCard(cards(page)[0], 'partner-end')?.click();
    await harness.fixture.whenStable();
    const question = inCard(cards(page)[0], 'partner-end-question');
    expect(question?.textContent).toBe('End the partnership with Neighbours Together?');
    expect(inCard(cards(page)[0], 'partner-end-explain')?.textContent).toContain('People from Neighbours Together who sit on the board keep their seats.');
    expect(document.activeElement).toBe(question);
    backend.expectNone('/api/boards/b1/partners/org-2');

    // Changing one's mind sends nothing and returns to the button.
    inCard(cards(page)[0], 'partner-end-no')?.click();
    await harness.fixture.whenStable();
    expect(inCard(cards(page)[0], 'partner-end-question')).toBeNull();
    expect(document.activeElement).toBe(inCard(cards(page)[0], 'partner-end'));

    inCard(cards(page)[0], 'partner-end')?.click();
    await harness.fixture.whenStable();
    inCard(cards(page)[0], 'partner-end-yes')?.click();
    ending('DELETE', '/api/boards/b1/partners/org-2').flush(null, { status: 204, statusText: 'No Content' });
    // The board and its partners reload, so every section agrees on who runs it and which links still work.
    await answerWhenAsked('/api/boards/b1', boardDetail({ canManage: true, relation: 'host', partners: [RIVERSIDE] }));
    await answerPartners({ partners: [RIVERSIDE], invitations: [] });
    await harness.fixture.whenStable();

    expect(cards(page).map((card) => card.querySelector('strong')?.textContent)).toEqual(['Riverside Youth']);
    expect(page.querySelector('[data-testid="partners-status"]')?.textContent).toContain('The partnership with Neighbours Together has ended.');
    expect(document.activeElement?.textContent).toBe('Partners');
  });

  it('keeps the partner and says why when ending fails, and takes “no longer a partner” as already done', async () => {
    const page = await open(boardDetail({ canManage: true, relation: 'host', partners: [NEIGHBOURS, RIVERSIDE] }), HARBOUR_OUTREACH);

    inCard(cards(page)[1], 'partner-end')?.click();
    await harness.fixture.whenStable();
    inCard(cards(page)[1], 'partner-end-yes')?.click();
    ending('DELETE', '/api/boards/b1/partners/org-3').flush({ statusCode: 503, code: 'unavailable', message: 'Try again' }, { status: 503, statusText: 'Service Unavailable' });
    await harness.fixture.whenStable();
    expect(cards(page)).toHaveLength(2);
    expect(inCard(cards(page)[1], 'partner-end-confirm')).not.toBeNull();
    expect(cards(page)[1]?.querySelector('[role="alert"]')?.textContent?.trim()).not.toBe('');

    // Someone else ended it meanwhile: the API no longer knows the partner.
    inCard(cards(page)[1], 'partner-end-yes')?.click();
    ending('DELETE', '/api/boards/b1/partners/org-3').flush(
      { statusCode: 422, code: 'validation_failed', message: 'organizationId is not a partner organisation of this board', errors: [{ field: 'organizationId', message: 'is not a partner organisation of this board' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await answerWhenAsked('/api/boards/b1', boardDetail({ canManage: true, relation: 'host', partners: [NEIGHBOURS] }));
    await answerPartners({ partners: [NEIGHBOURS], invitations: [] });
    await harness.fixture.whenStable();
    expect(cards(page).map((card) => card.querySelector('strong')?.textContent)).toEqual(['Neighbours Together']);
    expect(page.querySelector('[data-testid="partners-status"]')?.textContent).toContain('The partnership with Riverside Youth has ended.');
  });

  it('lets a partner’s manager leave the board (only their own organisation), then shows their boards list', async () => {
    const page = await open(
      boardDetail({ canManage: true, relation: 'partner', hostOrganizationName: 'Harbour Outreach', partners: [NEIGHBOURS, RIVERSIDE] }),
      NEIGHBOURS_ORG,
    );

    // Another partner is not theirs to remove.
    expect(inCard(cards(page)[1], 'partner-end')).toBeNull();
    expect(inCard(cards(page)[0], 'partner-yours')?.textContent).toBe('Your organisation');
    expect(inCard(cards(page)[0], 'partner-end')?.textContent?.trim()).toBe('Leave this board');

    inCard(cards(page)[0], 'partner-end')?.click();
    await harness.fixture.whenStable();
    expect(inCard(cards(page)[0], 'partner-end-question')?.textContent).toBe('Leave Harbour Community Board?');
    expect(inCard(cards(page)[0], 'partner-end-explain')?.textContent).toContain('The board and its records stay with Harbour Outreach.');

    inCard(cards(page)[0], 'partner-end-yes')?.click();
    ending('DELETE', '/api/boards/b1/partners/org-2').flush(null, { status: 204, statusText: 'No Content' });
    await answerWhenAsked('/api/boards', []);
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/boards');
    const list = harness.routeNativeElement as HTMLElement;
    expect(list.querySelector('[data-testid="boards-left"]')?.textContent).toContain('Your organisation has left Harbour Community Board.');
  });
});
