import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { SeatTypeView } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText } from '@cabinet/web/shared/ui';
import { enclosingFormGroup, fieldErrorText } from './enclosing-form';

/** The choice of seat type, as the control seatTypeId of the enclosing form; each option says whether it votes. */
@Component({
  selector: 'cab-seat-type-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatSelect, MatOption],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ t('boardMembers.field.seatType') }}</mat-label>
      <mat-select formControlName="seatTypeId" [attr.data-testid]="testId()">
        @for (seat of seatTypes(); track seat.id) {
          <mat-option [value]="seat.id">{{ seat.name }} · {{ t(seat.voting ? 'boards.labels.voting' : 'boards.labels.nonVoting') }}</mat-option>
        }
      </mat-select>
      <mat-error>{{ errorOf('seatTypeId') }}</mat-error>
    </mat-form-field>
  `,
  styles: ':host { display: contents; }',
  viewProviders: [enclosingFormGroup],
})
export class SeatTypeFieldComponent {
  readonly seatTypes = input.required<readonly SeatTypeView[]>();
  readonly testId = input.required<string>();

  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = fieldErrorText(inject(FormErrorText).of);
}
