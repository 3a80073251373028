import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LiaisonInboxItem } from '@cabinet/shared/contracts';
import { AgencyResponsesApi, testInboxItem } from '@cabinet/web/recommendations/data-access';
import { of } from 'rxjs';
import { InboxPageComponent, inboxOrder } from './inbox-page.component';

describe('inboxOrder', () => {
  it('puts what awaits an answer first, the latest due last, then the rest by latest change', () => {
    const { awaiting, others } = inboxOrder([
      testInboxItem({ id: 'done', awaitingResponse: false, dueInDays: null, updatedAt: '2027-01-01T00:00:00.000Z' }),
      testInboxItem({ id: 'later', dueInDays: 20 }),
      testInboxItem({ id: 'late', dueInDays: -2, overdue: true }),
      testInboxItem({ id: 'recent', awaitingResponse: false, dueInDays: null, updatedAt: '2027-02-01T00:00:00.000Z' }),
    ]);
    expect(awaiting.map((item) => item.id)).toEqual(['late', 'later']);
    expect(others.map((item) => item.id)).toEqual(['recent', 'done']);
  });
});

describe('InboxPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(items: LiaisonInboxItem[]) {
    const inbox = jest.fn(() => of(items));
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: AgencyResponsesApi, useValue: { inbox } }] });
    const fixture = TestBed.createComponent(InboxPageComponent);
    await fixture.whenStable();
    return { element: fixture.nativeElement as HTMLElement, inbox };
  }

  it('lists the liaison’s recommendations across boards, awaiting first, with the board, the status and overdue in words', async () => {
    const { element, inbox } = await open([
      testInboxItem({ id: 'r2', boardId: 'b2', title: 'Ramp at the door', status: 'in_progress', awaitingResponse: false, dueInDays: null, responseDueOn: null }),
      testInboxItem({ id: 'r1', title: 'Saturday opening', overdue: true, dueInDays: -1, responseDueOn: '2027-03-01' }),
    ]);
    expect(inbox).toHaveBeenCalled();
    const awaiting = element.querySelector('[data-testid="inbox-awaiting"]')!;
    expect(awaiting.querySelector('[data-testid="inbox-link"]')?.getAttribute('href')).toBe('/boards/b1/recommendations/r1');
    expect(awaiting.querySelector('[data-testid="inbox-board"]')?.textContent?.trim()).toBe('Board: Harbour Community Board');
    expect(awaiting.querySelector('[data-testid="recommendation-overdue"]')?.textContent?.trim()).toBe('Overdue');
    expect(awaiting.querySelector('[data-testid="recommendation-days-left"]')?.textContent?.trim()).toBe('1 day late.');
    const others = element.querySelector('[data-testid="inbox-others"]')!;
    expect(others.querySelector('[data-testid="inbox-link"]')?.getAttribute('href')).toBe('/boards/b2/recommendations/r2');
    expect(others.querySelector('[data-testid="inbox-status"]')?.textContent?.trim()).toBe('Being done');
  });

  it('says so when nothing waits for an answer', async () => {
    const { element } = await open([]);
    expect(element.querySelector('[data-testid="inbox-none-awaiting"]')?.textContent?.trim()).toBe('Nothing is waiting for your answer.');
  });
});
