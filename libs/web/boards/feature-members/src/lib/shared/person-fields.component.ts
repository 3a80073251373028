import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText } from '@cabinet/web/shared/ui';
import { enclosingFormGroup, fieldErrorText } from './enclosing-form';

export type PersonField = 'displayName' | 'legalName' | 'email' | 'phone';

/**
 * A board member's name and contact fields, as controls of the enclosing form (which must have all four):
 * that form's submit shows their errors and finds them when it moves focus to the first invalid field.
 * Renders its fields as the form's own items, so the form's layout applies to them.
 */
@Component({
  selector: 'cab-person-fields',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-fields.component.html',
  styles: ':host { display: contents; }',
  viewProviders: [enclosingFormGroup],
})
export class PersonFieldsComponent {
  /** Labels say "(optional)" for every field but the display name. */
  readonly optional = input(false);
  /** The data-testid of each field that has one. */
  readonly testIds = input<Partial<Record<PersonField, string>>>({});

  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = fieldErrorText(inject(FormErrorText).of);
}
