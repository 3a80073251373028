import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { BoardMembersApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit, formatDateTime, notBlank } from '@cabinet/web/shared/ui';
import { failWithReasons } from '../shared/problems';

/** Conflict-of-interest declarations, kept with their date and words; the member or a manager adds one. */
@Component({
  selector: 'cab-member-declarations',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .text {
      margin: 0.25rem 0 0;
      white-space: pre-line;
    }
  `,
  template: `
    <section aria-labelledby="member-declarations-heading" data-testid="member-declarations">
      <h2 id="member-declarations-heading">{{ t('boardMembers.declarations.heading') }}</h2>
      <p>{{ t('boardMembers.declarations.intro') }}</p>
      @if (declarations().length === 0) {
        <p>{{ t('boardMembers.declarations.none') }}</p>
      } @else {
        <ul class="cab-card-list">
          @for (declaration of declarations(); track declaration.id) {
            <li class="cab-card" data-testid="declaration">
              <time [attr.datetime]="declaration.declaredAt">{{ when(declaration.declaredAt) }}</time>
              <p class="text">{{ declaration.text }}</p>
            </li>
          }
        </ul>
      }
      @if (canAdd()) {
        <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="declaration-form">
          <cab-form-status [message]="submission.problem()" />
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('boardMembers.declarations.text') }}</mat-label>
            <textarea matInput formControlName="text" rows="3" data-testid="declaration-text"></textarea>
            <mat-hint>{{ t('boardMembers.declarations.text.hint') }}</mat-hint>
            <mat-error>{{ errorOf(form.controls.text) }}</mat-error>
          </mat-form-field>
          <div class="cab-actions">
            <button type="submit" matButton="filled" data-testid="declaration-submit">{{ t('boardMembers.declarations.submit') }}</button>
          </div>
        </form>
      }
    </section>
  `,
})
export class MemberDeclarationsComponent {
  readonly profile = input.required<BoardMemberProfile>();
  readonly canAdd = input(false);
  readonly updated = output<BoardMemberProfile>();

  private readonly api = inject(BoardMembersApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly declarations = computed(() => [...this.profile().declarations].sort((a, b) => b.declaredAt.localeCompare(a.declaredAt)));
  protected readonly form = inject(NonNullableFormBuilder).group({ text: ['', [notBlank(), Validators.maxLength(4000)]] });
  protected readonly submission = formSubmit(this.form);

  protected when(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected submit(): void {
    if (!this.submission.start()) return;
    const { boardId, id } = this.profile();
    this.api.declareConflict(boardId, id, { text: this.form.getRawValue().text.trim() }).subscribe({
      next: (profile) => {
        this.submission.succeed();
        this.form.reset();
        this.updated.emit(profile);
      },
      error: (error: unknown) => failWithReasons(this.submission, this.form, error),
    });
  }
}
