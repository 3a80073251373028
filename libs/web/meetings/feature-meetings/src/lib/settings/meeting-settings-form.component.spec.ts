import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { MeetingSettingsView } from '@cabinet/shared/contracts';
import { MeetingSettingsApi } from '@cabinet/web/meetings/data-access';
import { of } from 'rxjs';
import { MeetingSettingsFormComponent, parseReminderDays } from './meeting-settings-form.component';

const view = (overrides: Partial<MeetingSettingsView> = {}): MeetingSettingsView => ({ reminderDays: [7, 1], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: false, canChange: true, ...overrides });

describe('parseReminderDays', () => {
  it('reads up to four distinct days from 0 to 60, largest first', () => {
    expect(parseReminderDays(' 1, 7 ,0')).toEqual([7, 1, 0]);
    expect(parseReminderDays('')).toEqual([]);
  });

  it('refuses repeats, more than four, days past 60 and anything not a whole number', () => {
    for (const text of ['7, 7', '1,2,3,4,5', '61', '1.5', '-1', 'seven']) expect(parseReminderDays(text)).toBeNull();
  });
});

describe('MeetingSettingsFormComponent', () => {
  let get: jest.Mock;
  let change: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    get = jest.fn();
    change = jest.fn();
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(settings: MeetingSettingsView) {
    get.mockReturnValue(of(settings));
    TestBed.configureTestingModule({
      providers: [{ provide: MeetingSettingsApi, useValue: { get, change } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(MeetingSettingsFormComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    return { fixture, element, byTestId };
  }

  it('shows the board\'s settings to a manager and saves the days they type', async () => {
    change.mockReturnValue(of(view({ reminderDays: [14, 2], chairApprovesMinutes: true })));
    const { fixture, byTestId } = await open(view());
    const days = byTestId<HTMLInputElement>('meeting-settings-reminder-days')!;
    expect(days.value).toBe('7, 1');
    days.value = '2, 14';
    days.dispatchEvent(new Event('input'));
    byTestId('meeting-settings-chair-approves')?.querySelector<HTMLInputElement>('input')?.click();
    byTestId<HTMLButtonElement>('meeting-settings-save')?.click();
    await fixture.whenStable();
    expect(change).toHaveBeenCalledWith('b1', { reminderDays: [14, 2], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: true });
    expect(byTestId('meeting-settings-saved')?.textContent).toContain('Settings saved');
  });

  it('refuses days it cannot read, without calling the API', async () => {
    const { fixture, byTestId } = await open(view());
    const days = byTestId<HTMLInputElement>('meeting-settings-reminder-days')!;
    days.value = '7, 7';
    days.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('meeting-settings-save')?.click();
    await fixture.whenStable();
    expect(change).not.toHaveBeenCalled();
    expect(fixture.nativeElement.textContent).toContain('Write up to 4 different whole numbers');
  });

  it('shows nothing to someone who may not change them', async () => {
    const { byTestId } = await open(view({ canChange: false }));
    expect(byTestId('meeting-settings')).toBeNull();
  });
});
