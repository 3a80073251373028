import { createScheduleForm, scheduleInput } from './schedule-form';

describe('the schedule form', () => {
  function filled() {
    const form = createScheduleForm('Europe/Lisbon');
    form.patchValue({ title: ' March board meeting ', startsAt: '2027-03-02T18:30', durationMinutes: 90, location: ' Room 2 ' });
    return form;
  }

  it('sends one in-person meeting without a link or a rule', () => {
    const form = filled();
    expect(form.valid).toBe(true);
    expect(scheduleInput(form)).toEqual({
      title: 'March board meeting',
      startsAt: '2027-03-02T18:30',
      timeZone: 'Europe/Lisbon',
      durationMinutes: 90,
      format: 'in_person',
      location: 'Room 2',
      onlineUrl: null,
      capacity: null,
      recurrence: null,
    });
  });

  it('asks for a link, and not a place, for an online meeting', () => {
    const form = filled();
    form.controls.format.setValue('online');
    expect(form.controls.onlineUrl.hasError('required')).toBe(true);
    form.controls.onlineUrl.setValue('meet.example.org');
    expect(form.controls.onlineUrl.errors).toEqual({ invalid: 'meetings.schedule.onlineUrl.invalid' });
    form.controls.onlineUrl.setValue('https://meet.example.org/board');
    expect(form.valid).toBe(true);
    expect(scheduleInput(form)).toMatchObject({ format: 'online', location: null, onlineUrl: 'https://meet.example.org/board' });
  });

  it('turns "every month on the same weekday" for 12 meetings into the first-Tuesday rule', () => {
    const form = filled();
    form.patchValue({ repeats: 'monthly_weekday', count: 12 });
    expect(scheduleInput(form).recurrence).toBe('FREQ=MONTHLY;BYDAY=1TU;COUNT=12');
  });

  it('refuses more monthly meetings than 36 months hold', () => {
    const form = filled();
    form.patchValue({ repeats: 'monthly_date', count: 40 });
    expect(form.controls.count.errors).toEqual({ invalid: 'meetings.schedule.count.range' });
    form.controls.repeats.setValue('weekly');
    expect(form.controls.count.valid).toBe(true);
  });
});
