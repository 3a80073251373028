import { testMeetingDetail } from '@cabinet/web/meetings/data-access';
import { changeInput, createChangeForm, fillChangeForm } from './change-form';

/** The fixture: in person in Lisbon, Tuesday 2 March 2027 from 18:30 to 20:00 (Lisbon is on UTC in March). */
const meeting = testMeetingDetail();

function filled(from = meeting) {
  const form = createChangeForm();
  fillChangeForm(form, from);
  return form;
}

describe('the form that changes a meeting', () => {
  it('starts from the meeting as it is, on the board’s clock, and sends nothing while nothing differs', () => {
    const form = filled();
    expect(form.getRawValue()).toEqual({
      scope: 'occurrence',
      startsAt: '2027-03-02T18:30',
      durationMinutes: 90,
      title: 'March board meeting',
      format: 'in_person',
      location: 'Harbour drop-in centre, room 2',
      onlineUrl: '',
      capacity: null,
    });
    expect(form.valid).toBe(true);
    expect(changeInput(form, meeting)).toBeNull();
  });

  it('sends only what changed, so the later meetings of a series keep what is their own', () => {
    const series = testMeetingDetail({ seriesId: 's1' });
    const form = filled(series);
    form.patchValue({ scope: 'following', startsAt: '2027-03-02T19:00', title: ' March meeting ' });
    expect(changeInput(form, series)).toEqual({ scope: 'following', startsAt: '2027-03-02T19:00', title: 'March meeting' });
  });

  it('never asks for the later meetings of a meeting that is not in a series', () => {
    const form = filled();
    form.patchValue({ scope: 'following', durationMinutes: 120 });
    expect(changeInput(form, meeting)).toEqual({ scope: 'occurrence', durationMinutes: 120 });
  });

  it('asks for a link when the meeting goes online, and clears the place it no longer has', () => {
    const form = filled();
    form.controls.format.setValue('online');
    expect(form.controls.location.disabled).toBe(true);
    expect(form.controls.onlineUrl.hasError('required')).toBe(true);
    form.controls.onlineUrl.setValue('meet.example.org');
    expect(form.controls.onlineUrl.errors).toEqual({ invalid: 'meetings.schedule.onlineUrl.invalid' });
    form.controls.onlineUrl.setValue('https://meet.example.org/board');
    expect(form.valid).toBe(true);
    expect(changeInput(form, meeting)).toEqual({ scope: 'occurrence', format: 'online', location: null, onlineUrl: 'https://meet.example.org/board' });
  });

  it('refuses a length under 15 minutes and places under 1', () => {
    const form = filled();
    form.patchValue({ durationMinutes: 0, capacity: 0 });
    expect(form.controls.durationMinutes.errors).toEqual({ invalid: 'meetings.schedule.duration.range' });
    expect(form.controls.capacity.errors).toEqual({ invalid: 'meetings.schedule.capacity.range' });
    form.patchValue({ durationMinutes: -30 });
    expect(form.controls.durationMinutes.valid).toBe(false);
  });
});
