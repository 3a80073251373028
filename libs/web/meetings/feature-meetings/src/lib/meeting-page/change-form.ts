import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ChangeMeetingInput, MeetingDetail, MeetingFormat } from '@cabinet/shared/contracts';
import { httpsLink, placeFollowsFormat, wholeNumberIn } from '../schedule/schedule-form';
import { localInputValue } from '../shared/zoned-time';

export type ChangeScope = ChangeMeetingInput['scope'];

/**
 * The organisers' form to move or change a meeting, or it and the later meetings of its series.
 * Control names are the API's field names, so its field errors land next to the field.
 */
export function createChangeForm() {
  const form = new FormGroup({
    scope: new FormControl<ChangeScope>('occurrence', { nonNullable: true }),
    startsAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    durationMinutes: new FormControl<number | null>(null, { validators: [Validators.required, wholeNumberIn(15, () => 720, 'meetings.schedule.duration.range')] }),
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(160)] }),
    format: new FormControl<MeetingFormat>('in_person', { nonNullable: true }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(300)] }),
    onlineUrl: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500), httpsLink] }),
    capacity: new FormControl<number | null>(null, { validators: [wholeNumberIn(1, () => 10_000, 'meetings.schedule.capacity.range')] }),
  });
  placeFollowsFormat(form.controls);
  return form;
}

export type ChangeForm = ReturnType<typeof createChangeForm>;

const minutesBetween = (from: string, to: string) => Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000);

/** Shows the meeting as it is now, with "this meeting only" chosen. */
export function fillChangeForm(form: ChangeForm, meeting: MeetingDetail): void {
  form.reset({
    scope: 'occurrence',
    startsAt: localInputValue(meeting.startsAt, meeting.timeZone),
    durationMinutes: minutesBetween(meeting.startsAt, meeting.endsAt),
    title: meeting.title,
    format: meeting.format,
    location: meeting.location ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    capacity: meeting.capacity,
  });
}

/**
 * What the API is sent: only the fields the organiser changed, so that changing "this and the
 * following meetings" does not overwrite what each later meeting has of its own (its room, say).
 * Null when nothing differs from the meeting. A place or link the format no longer uses is cleared.
 */
export function changeInput(form: ChangeForm, meeting: MeetingDetail): ChangeMeetingInput | null {
  const value = form.getRawValue();
  const text = (name: 'location' | 'onlineUrl') => (form.controls[name].enabled && value[name].trim() ? value[name].trim() : null);
  const input: ChangeMeetingInput = { scope: meeting.seriesId ? value.scope : 'occurrence' };
  const startsAt = value.startsAt.slice(0, 16);
  if (startsAt !== localInputValue(meeting.startsAt, meeting.timeZone)) input.startsAt = startsAt;
  if (value.durationMinutes !== minutesBetween(meeting.startsAt, meeting.endsAt)) input.durationMinutes = value.durationMinutes ?? 0;
  if (value.title.trim() !== meeting.title) input.title = value.title.trim();
  if (value.format !== meeting.format) input.format = value.format;
  if (text('location') !== meeting.location) input.location = text('location');
  if (text('onlineUrl') !== meeting.onlineUrl) input.onlineUrl = text('onlineUrl');
  if (value.capacity !== meeting.capacity) input.capacity = value.capacity;
  return Object.keys(input).length > 1 ? input : null;
}
