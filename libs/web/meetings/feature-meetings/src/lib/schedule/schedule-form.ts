import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { MeetingFormat, ScheduleMeetingInput } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';
import { type Repeats, buildRecurrence, maxMeetings } from '../shared/recurrence';

/** A whole number within [min, max] (an empty field passes unless `required`), else `{ invalid: key }`. */
export function wholeNumberIn(min: number, max: () => number, key: MessageKey): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value: unknown = control.value;
    if (value === null || value === '') return null;
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max() ? null : { invalid: key };
  };
}

/** A link people can open: https:// (or http://) and a host with a dot. */
export const httpsLink: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  return value === '' || /^https?:\/\/\S+\.\S+/i.test(value) ? null : { invalid: 'meetings.schedule.onlineUrl.invalid' satisfies MessageKey };
};

/**
 * The schedule form. Control names are the API's field names where there is one, so its field
 * errors land next to the field; `repeats` and `count` make the API's `recurrence`.
 */
export function createScheduleForm(timeZone: string) {
  const form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(160)] }),
    startsAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    timeZone: new FormControl(timeZone, { nonNullable: true, validators: [Validators.required] }),
    durationMinutes: new FormControl<number | null>(90, { validators: [Validators.required, wholeNumberIn(15, () => 720, 'meetings.schedule.duration.range')] }),
    format: new FormControl<MeetingFormat>('in_person', { nonNullable: true }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    onlineUrl: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500), httpsLink] }),
    capacity: new FormControl<number | null>(null, { validators: [wholeNumberIn(1, () => 10_000, 'meetings.schedule.capacity.range')] }),
    repeats: new FormControl<Repeats>('none', { nonNullable: true }),
    count: new FormControl<number | null>(6, { validators: [Validators.required] }),
  });
  form.controls.count.addValidators(wholeNumberIn(2, () => maxMeetings(form.controls.repeats.value), 'meetings.schedule.count.range'));

  placeFollowsFormat(form.controls);
  const syncRepeats = (repeats: Repeats) => {
    toggle(form.controls.count, repeats !== 'none');
    form.controls.count.updateValueAndValidity({ emitEvent: false });
  };
  syncRepeats(form.controls.repeats.value);
  form.controls.repeats.valueChanges.subscribe(syncRepeats);
  return form;
}

// Only the fields that apply count (disabled controls are neither validated nor sent).
const toggle = (control: AbstractControl, on: boolean) => (on ? control.enable({ emitEvent: false }) : control.disable({ emitEvent: false }));

/** Asks for a place only when people come to one, and for a link only when they join online, now and whenever the format changes. */
export function placeFollowsFormat(controls: { format: FormControl<MeetingFormat>; location: AbstractControl; onlineUrl: AbstractControl }): void {
  const sync = (format: MeetingFormat) => {
    toggle(controls.location, format !== 'online');
    toggle(controls.onlineUrl, format !== 'in_person');
  };
  sync(controls.format.value);
  controls.format.valueChanges.subscribe(sync);
}

export type ScheduleForm = ReturnType<typeof createScheduleForm>;

/** What the API is sent. */
export function scheduleInput(form: ScheduleForm): ScheduleMeetingInput {
  const value = form.getRawValue();
  const startsAt = value.startsAt.slice(0, 16);
  const text = (name: 'location' | 'onlineUrl') => (form.controls[name].enabled && value[name].trim() ? value[name].trim() : null);
  return {
    title: value.title.trim(),
    startsAt,
    timeZone: value.timeZone,
    durationMinutes: value.durationMinutes ?? 0,
    format: value.format,
    location: text('location'),
    onlineUrl: text('onlineUrl'),
    capacity: value.capacity,
    recurrence: buildRecurrence(value.repeats, startsAt, value.count),
  };
}
