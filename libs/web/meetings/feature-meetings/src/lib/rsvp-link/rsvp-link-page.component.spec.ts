import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { RsvpLinkView } from '@cabinet/shared/contracts';
import { ApiError } from '@cabinet/web/identity/data-access';
import { RsvpLinkApi } from '@cabinet/web/meetings/data-access';
import { of, throwError } from 'rxjs';
import { RsvpLinkPageComponent } from './rsvp-link-page.component';

const link = (overrides: Partial<RsvpLinkView> = {}): RsvpLinkView => ({
  boardName: 'Harbour Peer Board', title: 'Spring meeting', startsAt: '2027-03-02T18:30:00.000Z', endsAt: '2027-03-02T20:00:00.000Z', timeZone: 'Europe/Lisbon',
  status: 'scheduled', open: true, response: null, ...overrides,
});

describe('RsvpLinkPageComponent', () => {
  let view: jest.Mock;
  let answer: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    view = jest.fn();
    answer = jest.fn();
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(chosen?: string) {
    TestBed.configureTestingModule({
      providers: [{ provide: RsvpLinkApi, useValue: { view, answer } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(RsvpLinkPageComponent);
    fixture.componentRef.setInput('token', 'secret-token-0123456789');
    if (chosen) fixture.componentRef.setInput('answer', chosen);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    return { fixture, element, byTestId };
  }

  it('shows the meeting and the answer from the link, and saves nothing until confirmed', async () => {
    view.mockReturnValue(of(link()));
    const { byTestId } = await open('no');
    expect(byTestId('rsvp-link-board')?.textContent).toContain('Harbour Peer Board');
    expect(byTestId('rsvp-link-title')?.textContent).toContain('Spring meeting');
    expect(byTestId('rsvp-link-no')?.querySelector<HTMLInputElement>('input')?.checked).toBe(true);
    expect(answer).not.toHaveBeenCalled();
  });

  it('sends the chosen answer when the person confirms, and says it is saved', async () => {
    view.mockReturnValue(of(link()));
    answer.mockReturnValue(of(link({ response: 'yes' })));
    const { fixture, byTestId } = await open('yes');
    byTestId<HTMLButtonElement>('rsvp-link-confirm')?.click();
    await fixture.whenStable();
    expect(answer).toHaveBeenCalledWith('secret-token-0123456789', { response: 'yes' });
    expect(byTestId('rsvp-link-saved')?.textContent).toContain('Your answer is saved: Yes, I will come.');
  });

  it('says plainly that a cancelled meeting needs no answer, and offers no button', async () => {
    view.mockReturnValue(of(link({ status: 'cancelled', open: false })));
    const { byTestId } = await open('yes');
    expect(byTestId('rsvp-link-closed')?.textContent).toContain('This meeting was cancelled.');
    expect(byTestId('rsvp-link-confirm')).toBeNull();
  });

  it('explains an unknown link', async () => {
    view.mockReturnValue(throwError(() => new ApiError(404, 'not_found', 'This link was not found.')));
    const { byTestId } = await open('yes');
    expect(byTestId('rsvp-link-not-found')?.textContent).toContain('This link does not work.');
  });
});
