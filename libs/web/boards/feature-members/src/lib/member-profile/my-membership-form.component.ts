import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { BoardMemberProfile, UpdateMyMembershipInput } from '@cabinet/shared/contracts';
import { BoardMembersApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { personValidators } from '../shared/person-validators';
import { failWithReasons } from '../shared/problems';

/** How a member appears to the rest of the board: the name they go by, or their role only. */
@Component({
  selector: 'cab-my-membership-form',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="my-membership-form">
      <cab-form-status [message]="submission.problem()" />
      <cab-form-status tone="success" [message]="saved()" />
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('boardMembers.me.displayName') }}</mat-label>
        <input matInput formControlName="displayName" autocomplete="nickname" data-testid="me-display-name" />
        <mat-hint>{{ t('boardMembers.me.displayName.hint') }}</mat-hint>
        <mat-error>{{ errorOf(form.controls.displayName) }}</mat-error>
      </mat-form-field>
      <mat-checkbox formControlName="listedByRoleOnly" aria-describedby="me-listed-hint" data-testid="me-listed-by-role">
        {{ t('boardMembers.me.listedByRoleOnly') }}
      </mat-checkbox>
      <p id="me-listed-hint" class="cab-radio-description">{{ t('boardMembers.me.listedByRoleOnly.hint') }}</p>
      <div class="cab-actions">
        <button type="submit" matButton="filled" data-testid="me-submit">{{ t('boardMembers.me.submit') }}</button>
      </div>
    </form>
  `,
})
export class MyMembershipFormComponent {
  readonly profile = input.required<BoardMemberProfile>();
  readonly updated = output<BoardMemberProfile>();

  private readonly api = inject(BoardMembersApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', personValidators.displayName],
    listedByRoleOnly: [false],
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly saved = signal<string | null>(null);

  constructor() {
    // Refill from the latest profile (another section's action returns it too), unless edits are under way.
    effect(() => {
      const profile = this.profile();
      if (this.form.dirty) return;
      this.form.reset({ displayName: profile.displayName ?? '', listedByRoleOnly: profile.listedByRoleOnly });
    });
  }

  protected submit(): void {
    this.saved.set(null);
    if (!this.submission.start()) return;
    const { displayName, listedByRoleOnly } = this.form.getRawValue();
    const input: UpdateMyMembershipInput = { displayName: displayName.trim(), listedByRoleOnly };
    this.api.updateMe(this.profile().boardId, input).subscribe({
      next: (profile) => {
        this.submission.succeed();
        this.saved.set(this.t('boardMembers.edit.saved'));
        this.form.markAsPristine();
        this.updated.emit(profile);
      },
      error: (error: unknown) => failWithReasons(this.submission, this.form, error),
    });
  }
}
