import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { BOARD_ROLES } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText } from '@cabinet/web/shared/ui';
import { enclosingFormGroup, fieldErrorText } from './enclosing-form';
import { boardRoleLabel } from './labels';

/** The office someone holds on the board, or none (""), as the control boardRole of the enclosing form. */
@Component({
  selector: 'cab-board-role-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatSelect, MatOption],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ t('boardMembers.field.boardRole') }}</mat-label>
      <mat-select formControlName="boardRole" [attr.data-testid]="testId()">
        <mat-option value="">{{ t('boardMembers.field.boardRole.none') }}</mat-option>
        @for (role of roles; track role) {
          <mat-option [value]="role">{{ t(roleLabel(role)) }}</mat-option>
        }
      </mat-select>
      <mat-hint>{{ t('boardMembers.field.boardRole.hint') }}</mat-hint>
      <mat-error>{{ errorOf('boardRole') }}</mat-error>
    </mat-form-field>
  `,
  styles: ':host { display: contents; }',
  viewProviders: [enclosingFormGroup],
})
export class BoardRoleFieldComponent {
  readonly testId = input.required<string>();

  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = fieldErrorText(inject(FormErrorText).of);
  protected readonly roles = BOARD_ROLES;
  protected readonly roleLabel = boardRoleLabel;
}
