import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { AccountApi, SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { ChangeEmailFormComponent } from '../change-email/change-email-form.component';
import { ChangePasswordFormComponent } from '../change-password/change-password-form.component';
import { EraseAccountDialogComponent } from '../erase-account/erase-account-dialog.component';
import { SessionsListComponent } from '../sessions/sessions-list.component';
import { TwoFactorSectionComponent } from '../two-factor/two-factor-section.component';

/**
 * The signed-in person's own account: who they are here, password, two-step sign-in, email, devices,
 * their data. While their organisation waits for them to turn on two-step sign-in, only that shows:
 * the API refuses everything else until then.
 */
@Component({
  selector: 'cab-account-page',
  imports: [MatButton, FormStatusComponent, ChangePasswordFormComponent, ChangeEmailFormComponent, SessionsListComponent, TwoFactorSectionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.component.html',
})
export class AccountPageComponent {
  protected readonly store = inject(SessionStore);
  private readonly account = inject(AccountApi);
  private readonly dialog = inject(MatDialog);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly exportStatus = signal<{ tone: 'error' | 'info'; message: string } | null>(null);

  protected downloadData(): void {
    this.exportStatus.set({ tone: 'info', message: this.t('account.data.preparing') });
    this.account.exportData().subscribe({
      next: () => this.exportStatus.set({ tone: 'info', message: this.t('account.data.downloaded') }),
      error: (error: unknown) => this.exportStatus.set({ tone: 'error', message: this.errorText(error) }),
    });
  }

  protected eraseAccount(): void {
    this.dialog
      .open<EraseAccountDialogComponent, unknown, boolean>(EraseAccountDialogComponent, { width: 'min(32rem, calc(100vw - 2rem))' })
      .afterClosed()
      .subscribe((erased) => {
        if (erased) void this.store.leave('erased');
      });
  }
}
