import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { MeetingDetail } from '@cabinet/shared/contracts';
import { MeetingsApi, testMeetingDetail } from '@cabinet/web/meetings/data-access';
import { of } from 'rxjs';
import { RsvpFormComponent } from './rsvp-form.component';

describe('RsvpFormComponent', () => {
  let rsvp: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    rsvp = jest.fn();
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(meeting: MeetingDetail) {
    TestBed.configureTestingModule({
      providers: [{ provide: MeetingsApi, useValue: { rsvp } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(RsvpFormComponent);
    fixture.componentRef.setInput('meeting', meeting);
    const answered = jest.fn();
    fixture.componentInstance.answered.subscribe(answered);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const tick = (testId: string) => byTestId(testId)?.querySelector<HTMLInputElement>('input')?.click();
    const press = (testId: string) => byTestId(testId)?.querySelector<HTMLButtonElement>('button')?.click();
    return { fixture, element, byTestId, tick, press, answered };
  }

  it('tells the person, next to their needs, that only the organisers see them', async () => {
    const { byTestId } = await open(testMeetingDetail());
    expect(byTestId('rsvp-private')?.textContent?.trim()).toBe('Only the organisers see this.');
    expect(byTestId('rsvp-need-step_free_access')?.textContent).toContain('Step-free access');
  });

  it('sends the answer with the needs ticked and the note', async () => {
    const updated = testMeetingDetail({ myResponse: 'yes', myNeeds: ['interpretation', 'transport'], myNeedsNote: 'Portuguese' });
    rsvp.mockReturnValue(of(updated));
    const { fixture, byTestId, tick, press, answered } = await open(testMeetingDetail());

    press('rsvp-yes');
    tick('rsvp-need-interpretation');
    tick('rsvp-need-transport');
    const note = byTestId<HTMLTextAreaElement>('rsvp-note');
    if (note) {
      note.value = '  Portuguese ';
      note.dispatchEvent(new Event('input'));
    }
    byTestId<HTMLButtonElement>('rsvp-submit')?.click();
    await fixture.whenStable();

    expect(rsvp).toHaveBeenCalledWith('b1', 'mt1', { response: 'yes', needs: ['interpretation', 'transport'], needsNote: 'Portuguese' });
    expect(answered).toHaveBeenCalledWith(updated);
    expect(byTestId('rsvp-saved')?.textContent).toContain('Your answer is saved');
  });

  it('starts from the answer and needs the person already gave', async () => {
    const { byTestId } = await open(testMeetingDetail({ myResponse: 'maybe', myNeeds: ['childcare'], myNeedsNote: 'Two children' }));
    expect(byTestId('rsvp-maybe')?.classList).toContain('mat-button-toggle-checked');
    expect(byTestId('rsvp-need-childcare')?.querySelector<HTMLInputElement>('input')?.checked).toBe(true);
    expect(byTestId('rsvp-need-transport')?.querySelector<HTMLInputElement>('input')?.checked).toBe(false);
    expect(byTestId<HTMLTextAreaElement>('rsvp-note')?.value).toBe('Two children');
  });

  it('asks for yes, no or maybe before sending anything', async () => {
    const { fixture, byTestId } = await open(testMeetingDetail());
    byTestId<HTMLButtonElement>('rsvp-submit')?.click();
    await fixture.whenStable();
    expect(rsvp).not.toHaveBeenCalled();
    expect(byTestId('rsvp-response-error')?.textContent?.trim()).toBe('Choose yes, no or maybe.');
  });
});
