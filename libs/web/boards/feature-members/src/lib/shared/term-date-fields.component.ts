import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText } from '@cabinet/web/shared/ui';
import { enclosingFormGroup, fieldErrorText } from './enclosing-form';

/**
 * The first and last day of a term, as the controls startsOn and endsOn of the enclosing form.
 * An empty end falls back to the board's term length. Renders its fields as the form's own items.
 */
@Component({
  selector: 'cab-term-date-fields',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './term-date-fields.component.html',
  styles: ':host { display: contents; }',
  viewProviders: [enclosingFormGroup],
})
export class TermDateFieldsComponent {
  /** The board's term length in months, when known. */
  readonly termMonths = input<number | null | undefined>(null);
  /** The fields' data-testids are this followed by "-starts-on" and "-ends-on". */
  readonly testIdPrefix = input.required<string>();

  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = fieldErrorText(inject(FormErrorText).of);
}
