import { Validators } from '@angular/forms';
import { cabValidators, matches } from '@cabinet/web/shared/ui';

/** The contracts' limits for a person on a board, checked before sending; the API checks them again. */
export const personValidators = {
  displayName: cabValidators.displayName,
  legalName: [Validators.maxLength(160)],
  email: [Validators.email, Validators.maxLength(254)],
  phone: [matches(/^\s*\+?[0-9 ()./-]{6,30}\s*$/, 'boardMembers.phoneInvalid')],
};

/** A blank optional field means "none". */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());
