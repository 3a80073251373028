import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { GrantPreview } from '@cabinet/shared/contracts';
import { GrantsApi, testGrant, testGrantPreview } from '@cabinet/web/compliance/data-access';
import { ApiError, IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { FUNDER_ADMIN, funderSession } from '../testing/funder-session';
import { MANAGER, testSession } from '../testing/test-session';
import { AcceptGrantPageComponent } from './accept-grant-page.component';

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
// The schema checks board ids before sending: real ones are uuids.
const YOUTH_PANEL = { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Youth Panel' };
const OFFER = testGrantPreview({ boards: [{ id: 'b1', name: 'Harbour Community Board' }, YOUTH_PANEL] });

describe('AcceptGrantPageComponent', () => {
  let api: Record<'preview' | 'accept' | 'decline', jest.Mock>;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = {
      preview: jest.fn(() => of(OFFER)),
      accept: jest.fn(() => of(testGrant({ status: 'accepted', boards: [YOUTH_PANEL] }))),
      decline: jest.fn(() => of(undefined)),
    };
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.restoreAllMocks();
  });

  async function open(token: string | null = TOKEN, preview?: GrantPreview | Error, session = testSession(MANAGER)) {
    if (preview) api.preview.mockReturnValue(preview instanceof Error ? throwError(() => preview) : of(preview));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: GrantsApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    TestBed.inject(SessionStore).set(session);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(AcceptGrantPageComponent);
    if (token !== null) fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => TestBed.inject(ApplicationRef).whenStable();
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim();
    const texts = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    const click = async (testId: string) => {
      const target = byTestId(testId)!;
      (target.querySelector('input') ?? target).click();
      await settle();
    };
    return { element, byTestId, text, texts, click };
  }

  it('shows the funder, the grant, the rules that apply and what the funder will see, for the organisation signed in', async () => {
    const { text, texts } = await open();
    expect(api.preview).toHaveBeenCalledWith(TOKEN);
    expect(text('grant-offer-heading')).toBe('City Health Fund names your organisation in a grant');
    expect(text('grant-offer-title')).toBe('HIV care services 2027');
    expect(text('grant-offer-reference')).toBe('RW-2027-014');
    expect(text('grant-offer-dates')).toBe('1 Jan 2027 to 31 Dec 2027');
    expect(text('grant-offer-note')).toBe('The consumer advisory board named in the application');
    expect(text('grant-offer-organization')).toBe('Harbour Outreach');
    expect(text('grant-offer-intro')).toContain('a share that would point to fewer than 5 people is never shown');
    expect(texts('grant-offer-pack-name')).toEqual(['Ryan White Part A planning council']);
    expect(texts('grant-offer-rule')).toEqual(['A third of members are unaligned consumers', 'Meetings are open to the public']);
    expect(texts('grant-accept-boards').join()).toContain('Harbour Community Board');
  });

  it('asks for a board before accepting, then accepts with the boards chosen and opens the first one’s compliance', async () => {
    const { click, text, byTestId } = await open();
    await click('grant-accept');
    expect(api.accept).not.toHaveBeenCalled();
    expect(text('grant-accept-boards-error')).toBe('! Choose at least one board.');
    expect(byTestId('grant-accept-boards')?.getAttribute('aria-describedby')).toBe('grant-boards-error');
    expect(document.activeElement).toBe(byTestId('grant-accept-board-b1')?.querySelector('input'));

    await click(`grant-accept-board-${YOUTH_PANEL.id}`);
    expect(byTestId('grant-accept-boards-error')).toBeNull();
    await click('grant-accept');
    expect(api.accept).toHaveBeenCalledWith(TOKEN, [YOUTH_PANEL.id]);
    expect(navigate).toHaveBeenCalledWith(['/boards', YOUTH_PANEL.id, 'compliance']);
  });

  it('asks before declining, and says so once declined', async () => {
    const { click, text, byTestId } = await open();
    await click('grant-decline');
    expect(text('grant-decline-question')).toBe('Decline the grant from City Health Fund? The link stops working, and City Health Fund sees that you declined.');
    expect(document.activeElement).toBe(byTestId('grant-decline-question'));
    await click('grant-decline-no');
    expect(api.decline).not.toHaveBeenCalled();
    expect(byTestId('grant-accept-form')).not.toBeNull();

    await click('grant-decline');
    await click('grant-decline-yes');
    expect(api.decline).toHaveBeenCalledWith(TOKEN);
    expect(text('grant-declined-heading')).toBe('You declined the grant');
    expect(text('grant-declined')).toBe('City Health Fund sees that you declined. They see none of your boards through this grant.');
  });

  it('says plainly that an unknown or used link no longer works', async () => {
    const { element, text } = await open(TOKEN, new ApiError(404, 'not_found', 'Not found'));
    expect(element.querySelector('h1')?.textContent).toBe('This link no longer works');
    expect(text('link-expired')).toBe('It was already used, or the funder withdrew the grant. Ask the funder for a new link.');
  });

  it('says what became of a grant already answered, and treats a link without a code as dead without asking', async () => {
    const answered = await open(TOKEN, testGrantPreview({ status: 'withdrawn' }));
    expect(answered.text('link-expired')).toBe('The funder withdrew this grant.');
    expect(answered.byTestId('grant-accept')).toBeNull();
    TestBed.inject(IdleWatcher).stop();
    TestBed.resetTestingModule();
    api.preview.mockClear();

    const empty = await open(null);
    expect(api.preview).not.toHaveBeenCalled();
    expect(empty.text('link-expired')).toContain('Ask the funder for a new link.');
  });

  it('tells someone who may not answer for this organisation to switch, and lists no boards it does not host', async () => {
    const forbidden = await open(TOKEN, new ApiError(403, 'forbidden', 'Forbidden'));
    expect(forbidden.element.querySelector('[role="alert"]')?.textContent).toContain('Only a manager of the organisation the grant was sent to can answer it.');
    TestBed.inject(IdleWatcher).stop();
    TestBed.resetTestingModule();

    const noBoards = await open(TOKEN, testGrantPreview({ boards: [] }));
    expect(noBoards.text('grant-offer-no-boards')).toContain('Create the board first');
    expect(noBoards.byTestId('grant-accept')).toBeNull();
    expect(noBoards.byTestId('grant-decline')).not.toBeNull();
  });

  it('shows the API’s reason when it refuses the link for this organisation, instead of calling the link dead', async () => {
    api.accept.mockReturnValue(throwError(() => new ApiError(422, 'validation_failed', 'Invalid', [{ field: 'token', message: 'is for the organisation receiving the grant, not the funder' }])));
    const { click, element, text } = await open();
    await click(`grant-accept-board-${YOUTH_PANEL.id}`);
    await click('grant-accept');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Is for the organisation receiving the grant, not the funder');
    expect(text('grant-offer-heading')).toBe('City Health Fund names your organisation in a grant');
  });

  it('tells a funder’s own people that the link is for the organisation receiving the grant', async () => {
    const { text, byTestId } = await open(TOKEN, testGrantPreview({ boards: [] }), funderSession(FUNDER_ADMIN));
    expect(text('grant-offer-funder-org')).toContain('This link is for the organisation receiving the grant');
    expect(byTestId('grant-accept')).toBeNull();
    expect(byTestId('grant-decline')).toBeNull();
  });
});
