import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { DraftStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { boardValidators } from '../util/board-validators';

/** A new board: a name and what it is for. Seats, targets and rules come next, in the settings. */
@Component({
  selector: 'cab-create-board-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <p><a routerLink="/boards">{{ t('boards.board.backToList') }}</a></p>
      <h1>{{ t('boards.create.heading') }}</h1>
      <p>{{ t('boards.create.intro') }}</p>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="create-board-form">
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('boards.field.name') }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" data-testid="create-board-name" />
          <mat-hint>{{ t('boards.field.name.hint') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.name) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('boards.field.purpose') }}</mat-label>
          <textarea matInput formControlName="purpose" rows="5" data-testid="create-board-purpose"></textarea>
          <mat-hint>{{ t('boards.field.purpose.hint') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.purpose) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('boards.field.slug.optional') }}</mat-label>
          <input matInput formControlName="slug" autocomplete="off" autocapitalize="none" spellcheck="false" data-testid="create-board-slug" />
          <mat-hint>{{ t('boards.field.slug.createHint') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.slug) }}</mat-error>
        </mat-form-field>
        <div class="cab-actions">
          <button type="submit" matButton="filled" data-testid="create-board-submit">{{ t('boards.create.submit') }}</button>
        </div>
      </form>
    </div>
  `,
})
export class CreateBoardPageComponent {
  private readonly api = inject(BoardsApi);
  private readonly router = inject(Router);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', boardValidators.name],
    purpose: ['', boardValidators.purpose],
    slug: ['', boardValidators.slug],
  });
  protected readonly submission = formSubmit(this.form);

  constructor() {
    inject(DraftStore).keep('create-board', this.form);
  }

  protected submit(): void {
    const { name, purpose, slug } = this.form.getRawValue();
    const input = { name: name.trim(), purpose: purpose.trim(), ...(slug.trim() ? { slug: slug.trim() } : {}) };
    this.submission.send(
      () => this.api.create(input),
      (board) => {
        this.form.reset();
        void this.router.navigate(['/boards', board.id]);
      },
    );
  }
}
