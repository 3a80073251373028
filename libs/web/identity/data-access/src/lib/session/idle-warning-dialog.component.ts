import { ChangeDetectionStrategy, Component, type Injector, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog, MatDialogActions, MatDialogClose, MatDialogContent, type MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { I18nService } from '@cabinet/web/shared/i18n';

export type IdleWarningChoice = 'stay' | 'sign-out';

/** The minute's warning before an idle sign-out. An alert dialog: screen readers read it out at once. */
@Component({
  selector: 'cab-idle-warning-dialog',
  imports: [MatButton, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ t('idle.title') }}</h2>
    <mat-dialog-content>
      <p>{{ t('idle.body') }}</p>
    </mat-dialog-content>
    <mat-dialog-actions>
      <!-- "Stay" comes first: it is what most people want, and the dialog focuses it. -->
      <button type="button" matButton="filled" [mat-dialog-close]="'stay'" data-testid="idle-stay">
        {{ t('idle.stay') }}
      </button>
      <button type="button" matButton="outlined" [mat-dialog-close]="'sign-out'" data-testid="idle-sign-out">
        {{ t('idle.signOut') }}
      </button>
    </mat-dialog-actions>
  `,
})
export class IdleWarningDialogComponent {
  protected readonly t = inject(I18nService).t;
}

export function openIdleWarning(injector: Injector): MatDialogRef<IdleWarningDialogComponent, IdleWarningChoice> {
  return injector.get(MatDialog).open<IdleWarningDialogComponent, unknown, IdleWarningChoice>(IdleWarningDialogComponent, {
    role: 'alertdialog',
    autoFocus: 'first-tabbable',
    width: 'min(28rem, calc(100vw - 2rem))',
    id: 'idle-warning',
  });
}
