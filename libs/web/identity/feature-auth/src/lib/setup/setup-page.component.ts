import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuthApi, SessionStore, homeAfterSignIn, isDeadLink } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, PasswordToggleComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

/** For a peer without email: the username and one-time setup code their manager gave them, and a new password. */
@Component({
  selector: 'cab-setup-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSuffix, FormStatusComponent, PasswordToggleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <h1>{{ t('setup.heading') }}</h1>
      @if (expired()) {
        <p class="cab-notice" role="alert" data-testid="link-expired">{{ t('setup.expired.body') }}</p>
      }
      <p>{{ t('setup.intro') }}</p>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="setup-form">
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline">
          <mat-label>{{ t('field.username') }}</mat-label>
          <input matInput formControlName="username" autocomplete="username" autocapitalize="none" spellcheck="false" data-testid="setup-username" />
          <mat-error>{{ errorOf(form.controls.username) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('field.setupCode') }}</mat-label>
          <input matInput formControlName="setupCode" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" data-testid="setup-code-input" />
          <mat-hint>{{ t('setup.setupCode.hint') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.setupCode) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('field.newPassword') }}</mat-label>
          <input matInput #password type="password" formControlName="password" autocomplete="new-password" data-testid="setup-password" />
          <cab-password-toggle matTextSuffix [field]="password" />
          <mat-hint>{{ t('field.newPassword.hint') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.password) }}</mat-error>
        </mat-form-field>
        <div class="cab-actions">
          <button type="submit" matButton="filled" data-testid="setup-submit">{{ t('setup.submit') }}</button>
        </div>
      </form>
      <p><a routerLink="/sign-in">{{ t('common.backToSignIn') }}</a></p>
    </div>
  `,
})
export class SetupPageComponent {
  private readonly auth = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', cabValidators.username],
    setupCode: ['', cabValidators.setupCode],
    password: ['', cabValidators.newPassword],
  });
  protected readonly submission = formSubmit(this.form);
  /** The code was refused as used or expired: only the manager can make a new one. */
  protected readonly expired = signal(false);

  protected submit(): void {
    if (!this.submission.start()) return;
    const { username, setupCode, password } = this.form.getRawValue();
    this.expired.set(false);
    this.auth.redeemSetupCode({ username: username.trim().toLowerCase(), setupCode: setupCode.trim().toUpperCase(), password }).subscribe({
      next: (session) => {
        this.submission.succeed();
        this.session.set(session);
        void this.router.navigateByUrl(homeAfterSignIn(session));
      },
      error: (error: unknown) => {
        if (isDeadLink(error)) {
          this.submission.succeed();
          this.expired.set(true);
        } else if (this.submission.fail(error) === 'unauthenticated') this.submission.problem.set(this.t('setup.wrongCode'));
      },
    });
  }
}
