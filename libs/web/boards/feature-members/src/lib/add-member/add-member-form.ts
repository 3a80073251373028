import { FormControl, FormGroup, type ValidatorFn, Validators } from '@angular/forms';
import type { AddBoardMemberInput, BoardRole } from '@cabinet/shared/contracts';
import { orNull, personValidators } from '../shared/person-validators';

export type Who = 'organization' | 'new';
export type StartAs = 'nominated' | 'guest' | 'active';

export function createAddMemberForm() {
  const text = (validators: ValidatorFn[] = []) => new FormControl('', { nonNullable: true, validators });
  const form = new FormGroup({
    who: new FormControl<Who>('organization', { nonNullable: true }),
    userId: text([Validators.required]),
    displayName: text(personValidators.displayName),
    legalName: text(personValidators.legalName),
    email: text(personValidators.email),
    phone: text(personValidators.phone),
    seatTypeId: text([Validators.required]),
    status: new FormControl<StartAs>('nominated', { nonNullable: true }),
    startsOn: text(),
    endsOn: text(),
    boardRole: new FormControl<BoardRole | ''>('', { nonNullable: true }),
  });
  // Only the fields of the chosen kind of person count (disabled controls are not validated).
  const sync = (who: Who) => {
    for (const name of ['displayName', 'legalName', 'email', 'phone'] as const) {
      if (who === 'new') form.controls[name].enable({ emitEvent: false });
      else form.controls[name].disable({ emitEvent: false });
    }
    if (who === 'organization') form.controls.userId.enable({ emitEvent: false });
    else form.controls.userId.disable({ emitEvent: false });
  };
  sync(form.controls.who.value);
  form.controls.who.valueChanges.subscribe(sync);
  return form;
}

export type AddMemberForm = ReturnType<typeof createAddMemberForm>;

/** The body of `BoardMembersApi.add`: the schema's defaults are filled by the API. */
export type AddMemberBody = Partial<AddBoardMemberInput> & Pick<AddBoardMemberInput, 'seatTypeId' | 'status'>;

/** What the API is sent: the person one way or the other, and term dates only for an active start. */
export function addMemberInput(form: AddMemberForm): AddMemberBody {
  const value = form.getRawValue();
  const body: AddMemberBody = { seatTypeId: value.seatTypeId, status: value.status, boardRole: value.boardRole || null };
  if (value.who === 'organization') {
    body.userId = value.userId;
  } else {
    body.userId = null;
    body.displayName = value.displayName.trim();
    body.legalName = orNull(value.legalName);
    body.email = orNull(value.email)?.toLowerCase() ?? null;
    body.phone = orNull(value.phone);
  }
  if (value.status === 'active') {
    if (value.startsOn) body.startsOn = value.startsOn;
    if (value.endsOn) body.endsOn = value.endsOn;
  }
  return body;
}
