import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { Router } from '@angular/router';
import { AuthApi, type InvitationPreview, SessionStore, homeAfterSignIn, isDeadLink } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, PasswordToggleComponent, ROLE_LABEL_KEYS, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

type State = 'loading' | 'ready' | 'expired' | 'failed';

/** Opens from an invitation email: shows who invited the person to what, then creates their account. */
@Component({
  selector: 'cab-accept-invitation-page',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSuffix, FormStatusComponent, PasswordToggleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation-page.component.html',
})
export class AcceptInvitationPageComponent implements OnInit {
  /** From the link: `/invitations/accept?token=…`. */
  readonly token = input<string>();
  private readonly auth = inject(AuthApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly apiErrorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly roleLabels = ROLE_LABEL_KEYS;
  protected readonly state = signal<State>('loading');
  protected readonly preview = signal<InvitationPreview | null>(null);
  protected readonly loadProblem = signal<string | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', cabValidators.displayName],
    password: ['', cabValidators.newPassword],
  });
  protected readonly submission = formSubmit(this.form);

  ngOnInit(): void {
    const token = this.token()?.trim();
    if (!token) {
      this.state.set('expired');
      return;
    }
    this.auth.previewInvitation(token).subscribe({
      next: (preview) => {
        this.preview.set(preview);
        this.state.set('ready');
      },
      error: (error: unknown) => {
        if (isDeadLink(error)) this.state.set('expired');
        else {
          this.loadProblem.set(this.apiErrorText(error));
          this.state.set('failed');
        }
      },
    });
  }

  protected submit(): void {
    const token = this.token()?.trim();
    if (!token || !this.submission.start()) return;
    const { displayName, password } = this.form.getRawValue();
    this.auth.acceptInvitation({ token, displayName: displayName.trim(), password, locale: this.i18n.locale() }).subscribe({
      next: (session) => {
        this.submission.succeed();
        this.session.set(session);
        void this.router.navigateByUrl(homeAfterSignIn(session));
      },
      error: (error: unknown) => {
        if (isDeadLink(error)) {
          this.submission.succeed();
          this.state.set('expired');
        } else this.submission.fail(error);
      },
    });
  }
}
