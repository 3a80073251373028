import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { ORGANIZATION_ROLES, type OrganizationRole } from '@cabinet/shared/contracts';
import { DraftStore, type Invitation, MembersApi } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, ROLE_LABEL_KEYS, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

@Component({
  selector: 'cab-invite-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatInput, MatSelect, MatOption, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="invite-form">
      <cab-form-status [message]="submission.problem()" />
      <cab-form-status tone="success" [message]="sentTo() ? t('members.invite.sent', { email: sentTo() ?? '' }) : null" />
      <mat-form-field appearance="outline">
        <mat-label>{{ t('field.email') }}</mat-label>
        <input matInput type="email" formControlName="email" autocomplete="off" data-testid="invite-email" />
        <mat-error>{{ errorOf(form.controls.email) }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ t('field.role') }}</mat-label>
        <mat-select formControlName="role" data-testid="invite-role">
          @for (role of roles; track role) {
            <mat-option [value]="role">{{ t(roleLabels[role]) }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ errorOf(form.controls.role) }}</mat-error>
      </mat-form-field>
      <div class="cab-actions">
        <button type="submit" matButton="filled" data-testid="invite-submit">{{ t('members.invite.submit') }}</button>
      </div>
    </form>
  `,
})
export class InviteFormComponent {
  readonly invited = output<Invitation>();
  private readonly api = inject(MembersApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly roles = ORGANIZATION_ROLES;
  protected readonly roleLabels = ROLE_LABEL_KEYS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', cabValidators.email],
    role: ['member' as OrganizationRole, Validators.required],
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly sentTo = signal<string | null>(null);

  constructor() {
    inject(DraftStore).keep('invite', this.form);
  }

  protected submit(): void {
    this.sentTo.set(null);
    if (!this.submission.start()) return;
    const { email, role } = this.form.getRawValue();
    this.api.invite({ email: email.trim(), role }).subscribe({
      next: (invitation) => {
        this.submission.succeed();
        this.form.reset();
        this.sentTo.set(invitation.email);
        this.invited.emit(invitation);
      },
      error: (error: unknown) => this.submission.fail(error),
    });
  }
}
