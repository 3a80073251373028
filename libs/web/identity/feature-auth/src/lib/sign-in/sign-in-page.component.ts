import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuthApi, SessionStore, homeAfterSignIn, safeReturnUrl } from '@cabinet/web/identity/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, PasswordToggleComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

const REASON_TEXT: Readonly<Record<string, MessageKey>> = {
  timeout: 'signIn.reason.timeout',
  'signed-out': 'signIn.reason.signedOut',
  erased: 'signIn.reason.erased',
};

/**
 * Sign in with an email address or a username (peers without email), and the password; then, for
 * accounts with an authenticator app, the six-digit code as a second step on the same page.
 */
@Component({
  selector: 'cab-sign-in-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSuffix, FormStatusComponent, PasswordToggleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.component.html',
})
export class SignInPageComponent {
  /** Why the person is here again, from `?reason=`: timeout, signed-out or erased. */
  readonly reason = input<string>();
  /** Where to go afterwards, from `?returnUrl=` (only paths inside the app are followed). */
  readonly returnUrl = input<string>();

  private readonly auth = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;

  protected readonly form = inject(NonNullableFormBuilder).group({
    identifier: ['', cabValidators.identifier],
    password: ['', cabValidators.currentPassword],
    code: [{ value: '', disabled: true }, cabValidators.authenticatorCode],
  });
  protected readonly submission = formSubmit(this.form);
  /** True once the API has asked for the authenticator code. */
  protected readonly needsCode = signal(false);
  protected readonly notice = computed(() => {
    const key = REASON_TEXT[this.reason() ?? ''];
    return key ? this.t(key) : null;
  });

  protected submit(): void {
    if (!this.submission.start()) return;
    const { identifier, password, code } = this.form.getRawValue();
    this.auth.signIn({ identifier: identifier.trim(), password, ...(this.needsCode() ? { code: code.trim() } : {}) }).subscribe({
      next: (session) => {
        this.submission.succeed();
        this.session.set(session);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl(), homeAfterSignIn(session)));
      },
      error: (error: unknown) => {
        const code = this.submission.fail(error);
        if (code === 'second_factor_required') this.askForCode();
        // One message for every wrong identifier or password: nobody learns which accounts exist.
        else if (code === 'unauthenticated') this.submission.problem.set(this.t(this.needsCode() ? 'signIn.wrongCode' : 'signIn.wrongCredentials'));
      },
    });
  }

  private askForCode(): void {
    this.needsCode.set(true);
    this.form.controls.code.enable();
    this.submission.problem.set(null);
    afterNextRender(() => this.host.querySelector<HTMLInputElement>('[formcontrolname="code"]')?.focus(), { injector: this.injector });
  }
}
