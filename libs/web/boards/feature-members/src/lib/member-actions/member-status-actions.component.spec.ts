import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { BoardMemberProfile, MemberStatus } from '@cabinet/shared/contracts';
import { BoardMembersApi } from '@cabinet/web/boards/data-access';
import { ApiError } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { aProfile } from '../testing/fixtures';
import { MemberStatusActionsComponent } from './member-status-actions.component';

describe('MemberStatusActionsComponent', () => {
  let api: { transition: jest.Mock; renew: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = { transition: jest.fn(), renew: jest.fn() };
    TestBed.configureTestingModule({
      providers: [{ provide: BoardMembersApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render(profile: BoardMemberProfile) {
    const fixture = TestBed.createComponent(MemberStatusActionsComponent);
    fixture.componentRef.setInput('profile', profile);
    fixture.componentRef.setInput('termMonths', 24);
    const updated: BoardMemberProfile[] = [];
    fixture.componentInstance.updated.subscribe((value) => updated.push(value));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const labels = () => [...element.querySelectorAll('[role="group"] button')].map((button) => button.textContent?.trim());
    return { fixture, element, updated, labels };
  }

  const cases: Array<[MemberStatus, boolean, string[]]> = [
    ['applied', true, ['Accept as guest', 'Make active member', 'Decline']],
    ['nominated', true, ['Accept as guest', 'Make active member', 'Decline']],
    ['guest', true, ['Make active member', 'End membership']],
    ['active', true, ['Put on leave', 'Renew term', 'End membership']],
    ['active', false, ['Put on leave', 'End membership']],
    ['on_leave', true, ['Return from leave', 'Renew term', 'End membership']],
    ['ended', true, []],
  ];

  it.each(cases)('offers a manager only the steps allowed from %s (may renew: %s)', async (status, mayRenew, expected) => {
    const { labels } = await render(aProfile({ status, mayRenew }));
    expect(labels()).toEqual(expected);
  });

  it('explains why a term cannot be renewed at the limit', async () => {
    const { element } = await render(aProfile({ status: 'active', mayRenew: false, consecutiveTerms: 2 }));
    expect(element.querySelector('[data-testid="renewal-blocked"]')?.textContent).toContain('This is term 2 in a row');
  });

  it('asks a guest’s term dates before making them active, and sends only what was filled in', async () => {
    const after = aProfile({ status: 'active' });
    api.transition.mockReturnValue(of(after));
    const { fixture, element, updated } = await render(aProfile({ status: 'guest', terms: [], consecutiveTerms: 0 }));

    element.querySelector<HTMLButtonElement>('[data-testid="action-make_active"]')?.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="action-form-make_active"]')?.textContent).toContain('24 months');
    const startsOn = element.querySelector<HTMLInputElement>('[data-testid="action-starts-on"]');
    if (!startsOn) throw new Error('no start date');
    startsOn.value = '2026-04-01';
    startsOn.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="action-confirm"]')?.click();
    await fixture.whenStable();

    expect(api.transition).toHaveBeenCalledWith('b1', 'm1', { to: 'active', startsOn: '2026-04-01' });
    expect(updated).toEqual([after]);
    expect(element.querySelector('form')).toBeNull();
  });

  it('needs a reason to end a membership', async () => {
    const { fixture, element } = await render(aProfile({ status: 'active' }));

    element.querySelector<HTMLButtonElement>('[data-testid="action-end"]')?.click();
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="action-confirm"]')?.click();
    await fixture.whenStable();

    expect(api.transition).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="action-problem"]')?.textContent).toContain('Some answers need attention');
  });

  it('shows the API’s reason for a refusal next to the step', async () => {
    api.renew.mockReturnValue(
      throwError(() => new ApiError(422, 'validation_failed', 'Validation failed', [{ field: 'to', message: 'would be term 3 in a row: this board allows at most 2' }])),
    );
    const { fixture, element } = await render(aProfile({ status: 'active' }));

    element.querySelector<HTMLButtonElement>('[data-testid="action-renew"]')?.click();
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('[data-testid="action-confirm"]')?.click();
    await fixture.whenStable();

    expect(api.renew).toHaveBeenCalledWith('b1', 'm1', {});
    const problem = element.querySelector('[data-testid="action-form-renew"] [role="alert"]');
    expect(problem?.textContent).toContain('Would be term 3 in a row: this board allows at most 2');
  });
});
