import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { PublicInputChannelView } from '@cabinet/shared/contracts';
import { ApiError } from '@cabinet/web/identity/data-access';
import { PublicInputApi } from '@cabinet/web/peer-input/data-access';
import { of, throwError } from 'rxjs';
import { KIOSK_RESET_SECONDS, PublicInputPageComponent } from './public-input-page.component';

const channel = (overrides: Partial<PublicInputChannelView> = {}): PublicInputChannelView => ({
  boardName: 'Harbour Peer Board', kinds: ['idea', 'concern', 'complaint', 'question'], kiosk: false, ...overrides,
});

describe('PublicInputPageComponent', () => {
  let view: jest.Mock;
  let submit: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    view = jest.fn();
    submit = jest.fn().mockReturnValue(of({ claimCode: 'K7M2P-X9QRT' }));
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  async function open(kiosk?: string) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: PublicInputApi, useValue: { view, submit } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(PublicInputPageComponent);
    fixture.componentRef.setInput('token', 'a'.repeat(43));
    if (kiosk) fixture.componentRef.setInput('kiosk', kiosk);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const write = (text: string) => {
      byTestId('input-kind-concern')?.querySelector<HTMLInputElement>('input')?.click();
      const body = byTestId<HTMLTextAreaElement>('input-body')!;
      body.value = text;
      body.dispatchEvent(new Event('input'));
    };
    return { fixture, element, byTestId, write };
  }

  it('names the board, promises anonymity and asks for no name', async () => {
    view.mockReturnValue(of(channel()));
    const { element, byTestId } = await open();
    expect(byTestId('public-input-heading')?.textContent).toContain('Tell Harbour Peer Board what you think');
    expect(byTestId('public-input-anonymous')?.textContent).toContain('You stay anonymous');
    expect(element.querySelectorAll('input[type="email"], input[autocomplete="name"]')).toHaveLength(0);
  });

  it('hides the honeypot from sight, screen readers and the keyboard, and sends it empty', async () => {
    view.mockReturnValue(of(channel()));
    const { fixture, byTestId, write } = await open();
    const honeypot = byTestId<HTMLInputElement>('input-website')!;
    expect(honeypot.name).toBe('website');
    expect(honeypot.tabIndex).toBe(-1);
    expect(honeypot.getAttribute('autocomplete')).toBe('off');
    expect(honeypot.closest('[aria-hidden="true"]')?.classList).toContain('cab-visually-hidden');
    write('The waiting room is cold.');
    byTestId<HTMLButtonElement>('public-input-send')?.click();
    await fixture.whenStable();
    expect(submit).toHaveBeenCalledWith('a'.repeat(43), { kind: 'concern', body: 'The waiting room is cold.', website: '', kiosk: false });
  });

  it('shows the claim code big, in its groups, with how to keep it', async () => {
    view.mockReturnValue(of(channel()));
    const { fixture, byTestId, write } = await open();
    write('The waiting room is cold.');
    byTestId<HTMLButtonElement>('public-input-send')?.click();
    await fixture.whenStable();
    expect([...byTestId('claim-code')!.querySelectorAll('span')].map((group) => group.textContent)).toEqual(['K7M2P', 'X9QRT']);
    expect(byTestId('claim-code-receipt')?.textContent).toContain('Write it down or take a photo');
    expect(byTestId('claim-code-print')).not.toBeNull();
    expect(byTestId('kiosk-countdown')).toBeNull();
  });

  it('sends nothing without a kind and a message', async () => {
    view.mockReturnValue(of(channel()));
    const { fixture, byTestId } = await open();
    byTestId<HTMLButtonElement>('public-input-send')?.click();
    await fixture.whenStable();
    expect(submit).not.toHaveBeenCalled();
    expect(byTestId('input-kind-error')?.textContent).toContain('Choose one.');
  });

  it('on a kiosk, counts down and clears everything for the next person after a minute', async () => {
    view.mockReturnValue(of(channel({ kiosk: true })));
    const { fixture, byTestId, write } = await open('1');
    write('Private words');
    byTestId<HTMLButtonElement>('public-input-send')?.click();
    await fixture.whenStable();
    expect(submit).toHaveBeenCalledWith('a'.repeat(43), expect.objectContaining({ kiosk: true }));

    jest.useFakeTimers();
    // The countdown began with real timers; start it again under fake ones through the visible flow.
    byTestId<HTMLButtonElement>('kiosk-restart')?.click();
    fixture.detectChanges();
    write('Second person');
    byTestId<HTMLButtonElement>('public-input-send')?.click();
    fixture.detectChanges();
    expect(byTestId('kiosk-countdown')?.textContent).toContain(`${KIOSK_RESET_SECONDS} seconds`);
    jest.advanceTimersByTime(10_000);
    fixture.detectChanges();
    expect(byTestId('kiosk-countdown')?.textContent).toContain(`${KIOSK_RESET_SECONDS - 10} seconds`);
    jest.advanceTimersByTime((KIOSK_RESET_SECONDS - 10) * 1000);
    fixture.detectChanges();
    expect(byTestId('claim-code-receipt')).toBeNull();
    expect(byTestId<HTMLTextAreaElement>('input-body')?.value).toBe('');
    expect(byTestId('input-kind-concern')?.querySelector<HTMLInputElement>('input')?.checked).toBe(false);
  });

  it('starts again at once when asked, on a kiosk', async () => {
    view.mockReturnValue(of(channel({ kiosk: true })));
    const { fixture, byTestId, write } = await open('1');
    write('Private words');
    byTestId<HTMLButtonElement>('public-input-send')?.click();
    await fixture.whenStable();
    byTestId<HTMLButtonElement>('kiosk-restart')?.click();
    await fixture.whenStable();
    expect(byTestId('claim-code-receipt')).toBeNull();
    expect(byTestId<HTMLTextAreaElement>('input-body')?.value).toBe('');
  });

  it('is no kiosk when the board has kiosk mode off, whatever the address says', async () => {
    view.mockReturnValue(of(channel({ kiosk: false })));
    const { fixture, byTestId, write } = await open('1');
    write('Words');
    byTestId<HTMLButtonElement>('public-input-send')?.click();
    await fixture.whenStable();
    expect(submit).toHaveBeenCalledWith('a'.repeat(43), expect.objectContaining({ kiosk: false }));
    expect(byTestId('kiosk-countdown')).toBeNull();
  });

  it('explains a link that no longer works', async () => {
    view.mockReturnValue(throwError(() => new ApiError(404, 'not_found', 'This page was not found.')));
    const { byTestId } = await open();
    expect(byTestId('public-input-not-found')?.textContent).toContain('This link does not work.');
  });
});
