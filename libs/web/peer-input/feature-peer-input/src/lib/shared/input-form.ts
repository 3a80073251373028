import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MAX_INPUT_LENGTH, type PeerInputKind } from '@cabinet/shared/contracts';
import { notBlank } from '@cabinet/web/shared/ui';

/** The kind and the text, shared by the public form and the members' form. */
export function inputControls() {
  return {
    kind: new FormControl<PeerInputKind | null>(null, { validators: [Validators.required] }),
    body: new FormControl('', { nonNullable: true, validators: [notBlank(), Validators.maxLength(MAX_INPUT_LENGTH)] }),
  };
}

export function publicInputForm() {
  // `website` is the honeypot: hidden from people, filled in by bots, refused by the API.
  return new FormGroup({ ...inputControls(), website: new FormControl('', { nonNullable: true }) });
}

export function memberInputForm() {
  return new FormGroup({ ...inputControls(), anonymous: new FormControl(false, { nonNullable: true }) });
}
