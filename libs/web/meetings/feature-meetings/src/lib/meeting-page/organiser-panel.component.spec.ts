import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { MeetingDetail } from '@cabinet/shared/contracts';
import { ApiError } from '@cabinet/web/identity/data-access';
import { MeetingsApi, testMeetingDetail } from '@cabinet/web/meetings/data-access';
import { of, throwError } from 'rxjs';
import { OrganiserPanelComponent } from './organiser-panel.component';

describe('OrganiserPanelComponent', () => {
  let change: jest.Mock;
  let cancel: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    change = jest.fn();
    cancel = jest.fn();
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(meeting: MeetingDetail) {
    TestBed.configureTestingModule({
      providers: [{ provide: MeetingsApi, useValue: { change, cancel } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(OrganiserPanelComponent);
    fixture.componentRef.setInput('meeting', meeting);
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const type = (testId: string, value: string) => {
      const field = byTestId<HTMLInputElement>(testId)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    const choose = (testId: string) => byTestId(testId)?.querySelector<HTMLInputElement>('input')?.click();
    const submit = async () => {
      byTestId<HTMLButtonElement>('move-submit')?.click();
      await fixture.whenStable();
    };
    return { fixture, element, byTestId, type, choose, submit, changed };
  }

  it('offers "this meeting only" or "this and the following meetings" for a meeting of a series only', async () => {
    const single = await open(testMeetingDetail({ canOrganize: true }));
    expect(single.byTestId('move-scope')).toBeNull();
    TestBed.resetTestingModule();
    const { byTestId } = await open(testMeetingDetail({ canOrganize: true, seriesId: 's1' }));
    expect(byTestId('move-scope-occurrence')?.textContent).toContain('Only this meeting');
    expect(byTestId('move-scope-following')?.textContent).toContain('This meeting and every later one in the series');
    expect(byTestId('move-scope-occurrence')?.querySelector<HTMLInputElement>('input')?.checked).toBe(true);
  });

  it('moves this and the following meetings of a series, sending only what changed', async () => {
    const series = testMeetingDetail({ canOrganize: true, seriesId: 's1' });
    const updated = testMeetingDetail({ ...series, startsAt: '2027-03-02T19:00:00.000Z', endsAt: '2027-03-02T20:30:00.000Z', location: 'Library, room 1' });
    change.mockReturnValue(of(updated));
    const { fixture, byTestId, type, choose, submit, changed } = await open(series);

    choose('move-scope-following');
    type('move-starts-at', '2027-03-02T19:00');
    type('move-location', ' Library, room 1 ');
    await submit();

    expect(change).toHaveBeenCalledWith('b1', 'mt1', { scope: 'following', startsAt: '2027-03-02T19:00', location: 'Library, room 1' });
    expect(changed).toHaveBeenCalledWith(updated);
    fixture.detectChanges();
    expect(byTestId('organise-done')?.textContent).toContain('The meeting is moved.');
  });

  it('changes the title, length, format and places of one meeting, asking for the link an online meeting needs', async () => {
    change.mockReturnValue(of(testMeetingDetail({ canOrganize: true, title: 'Budget meeting' })));
    const { fixture, byTestId, type, choose, submit } = await open(testMeetingDetail({ canOrganize: true }));

    type('move-title', 'Budget meeting');
    type('move-duration', '120');
    type('move-capacity', '25');
    choose('move-format-online');
    fixture.detectChanges();
    expect(byTestId('move-location')).toBeNull();
    await submit();
    expect(change).not.toHaveBeenCalled();
    expect(byTestId('move-online-url')?.closest('mat-form-field')?.textContent).toContain('Please fill this in.');

    type('move-online-url', 'https://meet.example.org/board');
    await submit();
    expect(change).toHaveBeenCalledWith('b1', 'mt1', {
      scope: 'occurrence',
      title: 'Budget meeting',
      durationMinutes: 120,
      capacity: 25,
      format: 'online',
      location: null,
      onlineUrl: 'https://meet.example.org/board',
    });
    fixture.detectChanges();
    expect(byTestId('organise-done')?.textContent).toContain('The changes are saved.');
  });

  it('says so, and sends nothing, when nothing is different', async () => {
    const { byTestId, submit } = await open(testMeetingDetail({ canOrganize: true }));
    await submit();
    expect(change).not.toHaveBeenCalled();
    expect(byTestId('move-status')?.textContent).toContain('Nothing is different yet');
  });

  it('shows the API’s refusal next to the field it names', async () => {
    change.mockReturnValue(throwError(() => new ApiError(422, 'validation_failed', 'Invalid', [{ field: 'startsAt', message: 'is in the past: choose a time that is still ahead' }])));
    const { fixture, byTestId, type, submit } = await open(testMeetingDetail({ canOrganize: true }));
    type('move-starts-at', '2027-03-01T18:30');
    await submit();
    fixture.detectChanges();
    expect(byTestId('move-starts-at')?.closest('mat-form-field')?.textContent).toContain('Is in the past: choose a time that is still ahead');
    expect(byTestId('organise-done')).toBeNull();
  });
});
