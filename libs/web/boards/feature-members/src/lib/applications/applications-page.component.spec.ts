import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { PendingMember } from '@cabinet/shared/contracts';
import { BoardMembersApi, BoardsApi } from '@cabinet/web/boards/data-access';
import { ApiError } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { BOARD_ID, aBoard, aProfile, anApplication } from '../testing/fixtures';
import { ApplicationsPageComponent } from './applications-page.component';

describe('ApplicationsPageComponent', () => {
  let members: { applications: jest.Mock; transition: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    members = { applications: jest.fn(), transition: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get: jest.fn(() => of(aBoard())) } },
        { provide: BoardMembersApi, useValue: members },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(queue: PendingMember[]) {
    members.applications.mockReturnValue(of(queue));
    const fixture = TestBed.createComponent(ApplicationsPageComponent);
    fixture.componentRef.setInput('boardId', BOARD_ID);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const click = async (testId: string) => {
      element.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
      await fixture.whenStable();
    };
    return { fixture, element, click };
  }

  it('says so when no one is waiting', async () => {
    const { element } = await open([]);
    expect(element.querySelector('[data-testid="applications-empty"]')?.textContent).toContain('No one is waiting');
  });

  it('lists each application with contact, the seat asked for and the note, oldest first', async () => {
    const { element } = await open([anApplication({ id: 'a2', displayName: 'Lake', createdAt: '2026-03-05T10:00:00Z' }), anApplication()]);

    expect([...element.querySelectorAll('[data-testid="application-name"]')].map((name) => name.textContent)).toEqual(['River', 'Lake']);
    const first = element.querySelector('[data-testid="application"]');
    expect(first?.querySelector('[data-testid="application-email"]')?.getAttribute('href')).toBe('mailto:river@example.org');
    expect(first?.querySelector('[data-testid="application-seat"]')?.textContent).toBe('Peer seat');
    expect(first?.querySelector('[data-testid="application-note"]')?.textContent).toBe('I use the drop-in centre every week.');
  });

  it('accepts someone as a guest in one step and takes them off the queue', async () => {
    members.transition.mockReturnValue(of(aProfile({ id: 'a1', displayName: 'River', status: 'guest' })));
    const { element, click } = await open([anApplication()]);

    await click('application-guest');

    expect(members.transition).toHaveBeenCalledWith(BOARD_ID, 'a1', { to: 'guest' });
    expect(element.querySelectorAll('[data-testid="application"]')).toHaveLength(0);
    expect(element.querySelector('[data-testid="applications-decided"]')?.textContent).toContain('River is now: Guest.');
  });

  it('makes someone an active member with the term dates given', async () => {
    members.transition.mockReturnValue(of(aProfile({ id: 'a1', displayName: 'River', status: 'active' })));
    const { fixture, element, click } = await open([anApplication()]);

    await click('application-active');
    const endsOn = element.querySelector<HTMLInputElement>('[data-testid="action-ends-on"]');
    if (!endsOn) throw new Error('no end date');
    endsOn.value = '2028-03-31';
    endsOn.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await click('action-confirm');

    expect(members.transition).toHaveBeenCalledWith(BOARD_ID, 'a1', { to: 'active', endsOn: '2028-03-31' });
    expect(element.querySelector('[data-testid="applications-decided"]')?.textContent).toContain('River is now: Active.');
  });

  it('declines with the reason "declined" and an optional note', async () => {
    members.transition.mockReturnValue(of(aProfile({ id: 'a1', displayName: 'River', status: 'ended', endReason: 'declined' })));
    const { fixture, element, click } = await open([anApplication()]);

    await click('application-decline');
    expect(element.querySelector('[data-testid="action-reason"]')).toBeNull();
    const note = element.querySelector<HTMLTextAreaElement>('[data-testid="action-note"]');
    if (!note) throw new Error('no note');
    note.value = 'The board is full this year.';
    note.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await click('action-confirm');

    expect(members.transition).toHaveBeenCalledWith(BOARD_ID, 'a1', { to: 'ended', reason: 'declined', note: 'The board is full this year.' });
    expect(element.querySelectorAll('[data-testid="application"]')).toHaveLength(0);
  });

  it('keeps the application and shows why when the API refuses', async () => {
    members.transition.mockReturnValue(
      throwError(() => new ApiError(422, 'validation_failed', 'Validation failed', [{ field: 'to', message: 'is not possible: this person already sits on the board' }])),
    );
    const { element, click } = await open([anApplication()]);

    await click('application-guest');

    expect(element.querySelectorAll('[data-testid="application"]')).toHaveLength(1);
    expect(element.querySelector('[data-testid="application-problem"]')?.textContent).toContain('Is not possible: this person already sits on the board');
  });
});
