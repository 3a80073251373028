import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { RecommendationSettingsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';

/** How many days agencies have to answer this board, for its managers. Hidden from everyone else. */
@Component({
  selector: 'cab-response-days-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (current.hasValue() && current.value().canChange) {
      <section aria-labelledby="response-days-heading" data-testid="response-days">
        <h2 id="response-days-heading">{{ t('recommendations.settings.heading') }}</h2>
        <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <cab-form-status [message]="submission.problem()" />
          <p class="cab-visually-hidden" role="status">{{ saved() ? t('recommendations.settings.saved') : '' }}</p>
          @if (saved()) {
            <p class="cab-notice" aria-hidden="true" data-testid="response-days-saved">{{ t('recommendations.settings.saved') }}</p>
          }
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('recommendations.settings.responseDays') }}</mat-label>
            <input matInput type="number" inputmode="numeric" min="1" max="180" step="1" formControlName="responseDays" required data-testid="response-days-input" />
            <mat-hint>{{ t('recommendations.settings.responseDays.hint') }}</mat-hint>
            <mat-error>{{ errorOf(form.controls.responseDays) }}</mat-error>
          </mat-form-field>
          <div class="cab-actions">
            <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="response-days-save">{{ t('recommendations.settings.save') }}</button>
          </div>
        </form>
      </section>
    }
  `,
})
export class ResponseDaysFormComponent {
  readonly boardId = input.required<string>();

  private readonly api = inject(RecommendationSettingsApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly current = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.api.get(params) });
  protected readonly form = new FormGroup({
    responseDays: new FormControl<number | null>(30, { validators: [Validators.required, Validators.min(1), Validators.max(180), Validators.pattern(/^\d+$/)] }),
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly saved = signal(false);

  constructor() {
    effect(() => {
      if (this.current.hasValue()) this.form.reset({ responseDays: this.current.value().responseDays });
    });
  }

  protected submit(): void {
    this.saved.set(false);
    this.submission.send(
      () => this.api.change(this.boardId(), { responseDays: Number(this.form.controls.responseDays.value) }),
      (settings) => {
        this.form.reset({ responseDays: settings.responseDays });
        this.saved.set(true);
      },
    );
  }
}
