import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { BoardMembersApi, BoardsApi } from '@cabinet/web/boards/data-access';
import { ApiError, MembersApi } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { BOARD_ID, aBoard, aProfile } from '../testing/fixtures';
import { MemberProfilePageComponent } from './member-profile-page.component';

describe('MemberProfilePageComponent', () => {
  let members: { profile: jest.Mock; revokeTag: jest.Mock; consentToTag: jest.Mock; updateMe: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    members = { profile: jest.fn(), revokeTag: jest.fn(), consentToTag: jest.fn(), updateMe: jest.fn() };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(profile: BoardMemberProfile | Error, canManage: boolean) {
    members.profile.mockReturnValue(profile instanceof Error ? throwError(() => profile) : of(profile));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get: jest.fn(() => of(aBoard({ canManage }))) } },
        { provide: BoardMembersApi, useValue: members },
        { provide: MembersApi, useValue: { members: jest.fn(() => of([])) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(MemberProfilePageComponent);
    fixture.componentRef.setInput('boardId', BOARD_ID);
    fixture.componentRef.setInput('memberId', 'm1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, has: (testId: string) => element.querySelector(`[data-testid="${testId}"]`) !== null };
  }

  it('shows a manager the status, seat, terms and every manager action', async () => {
    const { element, has } = await open(aProfile({ consecutiveTerms: 1 }), true);

    expect(element.querySelector('[data-testid="profile-status"]')?.textContent?.trim()).toBe('Active');
    expect(element.querySelector('[data-testid="profile-seat"]')?.textContent?.trim()).toBe('Peer seat · Voting');
    expect(element.querySelector('[data-testid="member-consecutive"]')?.textContent).toContain('Terms in a row: 1. Another term is possible.');
    expect(has('member-actions')).toBe(true);
    expect(has('member-edit-form')).toBe(true);
    expect(has('my-membership-form')).toBe(false);
    expect(element.querySelector('[data-testid="consent-agreed"]')?.textContent).toContain('The member agreed');
  });

  it('gives the person themselves their own choices, and no manager actions', async () => {
    const { element, has } = await open(aProfile({ isMe: true }), false);

    expect(has('member-actions')).toBe(false);
    expect(has('member-edit-form')).toBe(false);
    expect(has('my-membership-form')).toBe(true);
    expect(has('declaration-form')).toBe(true);
    expect(element.querySelector('[data-testid="consent-agreed"]')?.textContent).toContain('I agree');
    expect(element.querySelector('[data-testid="consents-explanation"]')?.textContent).toContain('never show them to others with your name');
    expect(has('onboarding-toggle')).toBe(false);
  });

  it('lets the person withdraw consent for an attribute', async () => {
    const held = aProfile({ isMe: true, tags: [{ tag: 'lived_experience', consentedAt: '2026-02-01T10:00:00Z', revokedAt: null }] });
    members.revokeTag.mockReturnValue(of(aProfile({ isMe: true, tags: [{ tag: 'lived_experience', consentedAt: '2026-02-01T10:00:00Z', revokedAt: '2026-03-01T10:00:00Z' }] })));
    const { fixture, element } = await open(held, false);

    const withdraw = element.querySelector<HTMLButtonElement>('[data-testid="consent-withdraw"]');
    expect(withdraw?.getAttribute('aria-label')).toBe('Withdraw consent for “Lived experience”');
    withdraw?.click();
    await fixture.whenStable();

    expect(members.revokeTag).toHaveBeenCalledWith(BOARD_ID, 'm1', 'lived_experience');
    expect(element.querySelectorAll('[data-testid="consent"]')).toHaveLength(0);
    expect(element.querySelector('[data-testid="consent-withdrawn"]')?.textContent).toContain('Lived experience: withdrawn on');
  });

  it('says why when the profile cannot be opened', async () => {
    const { element, has } = await open(new ApiError(404, 'not_found', 'Not found'), false);

    expect(has('profile-name')).toBe(false);
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).not.toBe('');
  });
});
