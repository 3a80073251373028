import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { BoardMembersApi, testSeatType } from '@cabinet/web/boards/data-access';
import { ApiError, type Member, MembersApi } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { BOARD_ID, aProfile, anOrganizationMember } from '../testing/fixtures';
import { MemberEditFormComponent } from './member-edit-form.component';

const person = (userId: string, displayName: string, overrides: Partial<Member> = {}): Member => anOrganizationMember(userId, { displayName, ...overrides });

describe('MemberEditFormComponent', () => {
  let update: jest.Mock;
  const people = [
    person('u1', 'Jo', { email: 'jo@example.org' }),
    person('u2', 'Sam'),
    person('u3', 'Ali'),
    person('u4', 'Former colleague', { disabled: true }),
  ];

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    update = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardMembersApi, useValue: { update } },
        { provide: MembersApi, useValue: { members: jest.fn(() => of(people)) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
    jest.restoreAllMocks();
  });

  async function render(profile: BoardMemberProfile, linkedUserIds: string[] = []) {
    const fixture = TestBed.createComponent(MemberEditFormComponent);
    fixture.componentRef.setInput('profile', profile);
    fixture.componentRef.setInput('seatTypes', [testSeatType('s1', 'Peer seat')]);
    fixture.componentRef.setInput('linkedUserIds', linkedUserIds);
    const updated: BoardMemberProfile[] = [];
    fixture.componentInstance.updated.subscribe((value) => updated.push(value));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const openAccounts = async () => {
      element.querySelector<HTMLElement>('[data-testid="edit-account"]')?.click();
      await fixture.whenStable();
      return [...document.querySelectorAll<HTMLElement>('mat-option')];
    };
    const save = async () => {
      element.querySelector<HTMLButtonElement>('[data-testid="edit-submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, element, updated, openAccounts, save };
  }

  it('offers the organisation’s people who are not on the board yet, and says to invite anyone missing first', async () => {
    const { element, openAccounts } = await render(aProfile({ userId: null }), ['u2']);

    const hint = element.querySelector('[data-testid="edit-account-hint"]');
    expect(hint?.textContent).toContain('Not in the list? Invite them to your organisation first');
    expect(hint?.querySelector('a')?.getAttribute('href')).toBe('/organization/members');
    expect((await openAccounts()).map((option) => option.textContent?.trim())).toEqual(['No account yet', 'Jo · jo@example.org', 'Ali']);
  });

  it('links the chosen account, sending only that change', async () => {
    const linked = aProfile({ userId: 'u3', hasAccount: true });
    update.mockReturnValue(of(linked));
    const { fixture, updated, openAccounts, save } = await render(aProfile({ userId: null }), ['u2']);

    (await openAccounts()).find((option) => option.textContent?.trim() === 'Ali')?.click();
    await fixture.whenStable();
    await save();

    expect(update).toHaveBeenCalledWith(BOARD_ID, 'm1', { userId: 'u3' });
    expect(updated).toEqual([linked]);
  });

  it('keeps the linked account selected and can take it off', async () => {
    update.mockReturnValue(of(aProfile({ userId: null })));
    const { fixture, element, openAccounts, save } = await render(aProfile({ userId: 'u2', hasAccount: true }), ['u2']);

    expect(element.querySelector('[data-testid="edit-account"]')?.textContent).toContain('Sam');
    const options = await openAccounts();
    expect(options.map((option) => option.textContent?.trim())).toContain('Sam');
    options.find((option) => option.textContent?.trim() === 'No account yet')?.click();
    await fixture.whenStable();
    await save();

    expect(update).toHaveBeenCalledWith(BOARD_ID, 'm1', { userId: null });
  });

  it('sends nothing about the account when it did not change', async () => {
    update.mockReturnValue(of(aProfile({ userId: 'u2', displayName: 'Samuel' })));
    const { fixture, element, save } = await render(aProfile({ userId: 'u2', hasAccount: true }), ['u2']);

    const name = element.querySelector<HTMLInputElement>('[data-testid="edit-display-name"]');
    if (!name) throw new Error('no display name field');
    name.value = 'Samuel';
    name.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await save();

    expect(update).toHaveBeenCalledWith(BOARD_ID, 'm1', { displayName: 'Samuel' });
  });

  it('shows the API’s refusal of an account already on the board under the account field', async () => {
    update.mockReturnValue(
      throwError(() => new ApiError(422, 'validation_failed', 'Validation failed', [{ field: 'userId', message: 'is already on this board (or waiting to join it): open their profile instead of adding them again' }])),
    );
    const { fixture, element, openAccounts, save } = await render(aProfile({ userId: null }));

    (await openAccounts()).find((option) => option.textContent?.trim() === 'Sam')?.click();
    await fixture.whenStable();
    await save();

    expect(element.querySelector('mat-error')?.textContent).toContain('Is already on this board');
  });
});
