import { Injectable, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText } from '@cabinet/web/shared/ui';
import { schemaMessage } from './schema-message';

/** The words under a compliance field: a schema's problem translated, else the app's usual field messages. */
@Injectable({ providedIn: 'root' })
export class FieldErrorText {
  private readonly t = inject(I18nService).t;
  private readonly usual = inject(FormErrorText).of;

  readonly of = (control: AbstractControl | null | undefined): string => {
    const problem: unknown = control?.errors?.['schema'];
    return typeof problem === 'string' ? schemaMessage(problem, this.t) : this.usual(control);
  };
}
