import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { GrantView, SessionView } from '@cabinet/shared/contracts';
import { GrantsApi, testGrant } from '@cabinet/web/compliance/data-access';
import { ApiError, IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { FUNDER_ADMIN, funderSession } from '../testing/funder-session';
import { AUDITOR, MANAGER, testSession } from '../testing/test-session';
import { GrantsPageComponent } from './grants-page.component';

const ACCEPTED = testGrant({
  id: 'g2',
  title: 'Youth outreach',
  reference: null,
  status: 'accepted',
  endsOn: null,
  grantee: { id: 'org-1', name: 'Harbour Outreach' },
  boards: [{ id: 'b1', name: 'Harbour Community Board' }],
  decidedAt: '2027-01-09T10:00:00.000Z',
});

describe('GrantsPageComponent', () => {
  let api: { list: jest.Mock; withdraw: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = { list: jest.fn(), withdraw: jest.fn(() => of(testGrant({ status: 'withdrawn' }))) };
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.restoreAllMocks();
  });

  async function open(grants: GrantView[] | Error, session: SessionView = funderSession(FUNDER_ADMIN), recorded?: string) {
    api.list.mockReturnValue(grants instanceof Error ? throwError(() => grants) : of(grants));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: GrantsApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    TestBed.inject(SessionStore).set(session);
    const fixture = TestBed.createComponent(GrantsPageComponent);
    if (recorded) fixture.componentRef.setInput('recorded', recorded);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => TestBed.inject(ApplicationRef).whenStable();
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const texts = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    const click = async (testId: string) => {
      byTestId(testId)!.click();
      await settle();
    };
    return { element, byTestId, texts, click };
  }

  it('shows a funder each grant: reference, status in words, who is to accept it, dates, packs and boards', async () => {
    const { texts, byTestId } = await open([testGrant(), ACCEPTED]);
    expect(texts('grant-title')).toEqual(['HIV care services 2027', 'Youth outreach']);
    expect(texts('grant-reference')).toEqual(['RW-2027-014']);
    expect(texts('grant-status')).toEqual(['Waiting to be accepted', 'Accepted']);
    expect(texts('grant-grantee')).toEqual(['Waiting for director@harbour.example to accept', 'Harbour Outreach']);
    expect(texts('grant-dates')).toEqual(['1 Jan 2027 to 31 Dec 2027', 'From 1 Jan 2027, no end date']);
    expect(texts('grant-packs')).toEqual(['Ryan White Part A planning council (version 1)', 'Ryan White Part A planning council (version 1)']);
    expect(texts('grant-boards-note')[0]).toBe('The consumer advisory board named in the application');
    expect(texts('grant-boards-none')).toEqual(['The organisation chooses them when it accepts.']);
    // A funder reads a covered board through its portfolio, never the service's own pages.
    expect(byTestId('grant-board-link')?.getAttribute('href')).toBe('/portfolio/boards/b1');
    expect(byTestId('grants-new')?.getAttribute('href')).toBe('/grants/new');
  });

  it('says that the link was emailed, after the form recorded a grant', async () => {
    const { texts } = await open([testGrant()], funderSession(FUNDER_ADMIN), 'g1');
    expect(texts('grants-recorded')).toEqual([
      'HIV care services 2027 was recorded. We emailed a link to director@harbour.example. Once someone there accepts, the boards they name show in your portfolio.',
    ]);
  });

  it('asks before withdrawing a grant, and withdraws it only on yes', async () => {
    const { click, byTestId, texts } = await open([testGrant()]);
    expect(texts('grant-withdraw')).toEqual(['Withdraw: HIV care services 2027']);
    await click('grant-withdraw');
    expect(texts('grant-withdraw-question')).toEqual(['Withdraw HIV care services 2027? The link stops working, and the grant’s boards leave your portfolio.']);
    expect(document.activeElement).toBe(byTestId('grant-withdraw-question'));
    await click('grant-withdraw-no');
    expect(api.withdraw).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(byTestId('grant-withdraw'));

    api.list.mockReturnValue(of([testGrant({ status: 'withdrawn' })]));
    await click('grant-withdraw');
    await click('grant-withdraw-yes');
    expect(api.withdraw).toHaveBeenCalledWith('g1');
    expect(texts('grants-status')).toEqual(['HIV care services 2027 was withdrawn.']);
    expect(texts('grant-status')).toEqual(['Withdrawn']);
    expect(byTestId('grant-withdraw')).toBeNull();
  });

  it('shows a funder’s auditor the grants without anything to change', async () => {
    const { byTestId } = await open([testGrant(), ACCEPTED], funderSession(AUDITOR));
    expect(byTestId('grants-new')).toBeNull();
    expect(byTestId('grant-withdraw')).toBeNull();
  });

  it('shows a service organisation who funds it, with its covered boards linking to their compliance', async () => {
    const { texts, byTestId } = await open([{ ...ACCEPTED, invitedEmail: null }], testSession(MANAGER));
    expect(texts('grants-intro')[0]).toContain('The grants your organisation accepted');
    expect(texts('grant-funder')).toEqual(['City Health Fund']);
    expect(byTestId('grant-grantee')).toBeNull();
    expect(byTestId('grant-board-link')?.getAttribute('href')).toBe('/boards/b1/compliance');
    expect(byTestId('grants-new')).toBeNull();
    expect(byTestId('grant-withdraw')).toBeNull();
  });

  it('says when there are no grants yet, and when they could not be loaded', async () => {
    const { texts } = await open([], testSession(MANAGER));
    expect(texts('grants-none')).toEqual(['Your organisation has not accepted a grant yet. A funder sends the link by email: open it to accept.']);
    TestBed.resetTestingModule();
    const failed = await open(new ApiError(503, 'unavailable', 'Unavailable'));
    expect(failed.element.querySelector('[role="alert"]')?.textContent).toContain('Cabinet is not available right now.');
  });
});
