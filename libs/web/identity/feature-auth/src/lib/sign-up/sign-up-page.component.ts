import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@cabinet/shared/contracts';
import { AuthApi } from '@cabinet/web/identity/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, PasswordToggleComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

const KIND_TEXT: Readonly<Record<OrganizationKind, { label: MessageKey; description: MessageKey }>> = {
  service: { label: 'signUp.kind.service', description: 'signUp.kind.service.description' },
  funder: { label: 'signUp.kind.funder', description: 'signUp.kind.funder.description' },
  community: { label: 'signUp.kind.community', description: 'signUp.kind.community.description' },
};

/** Creates an organisation and its first administrator; the account opens once the email is confirmed. */
@Component({
  selector: 'cab-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSuffix,
    MatRadioGroup,
    MatRadioButton,
    FormStatusComponent,
    PasswordToggleComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-up-page.component.html',
})
export class SignUpPageComponent {
  private readonly auth = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly kinds = ORGANIZATION_KINDS.map((kind) => ({ kind, ...KIND_TEXT[kind] }));

  protected readonly form = inject(NonNullableFormBuilder).group({
    organizationName: ['', cabValidators.organizationName],
    organizationKind: ['' as OrganizationKind | '', Validators.required],
    displayName: ['', cabValidators.displayName],
    email: ['', cabValidators.email],
    password: ['', cabValidators.newPassword],
  });
  protected readonly submission = formSubmit(this.form);

  protected submit(): void {
    if (!this.submission.start()) return;
    const { organizationKind, ...rest } = this.form.getRawValue();
    if (!organizationKind) return;
    this.auth.signUp({ ...rest, organizationKind, locale: this.i18n.locale() }).subscribe({
      next: () => {
        this.submission.succeed();
        void this.router.navigate(['/sign-up/check-email'], { state: { email: rest.email.trim() } });
      },
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}
