import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { ONBOARDING_KINDS, type OnboardingKind, type OnboardingStepView } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, ONBOARDING_KIND_LABEL_KEYS, formSubmit } from '@cabinet/web/shared/ui';
import { ActionErrorText } from '../util/action-error';
import { boardValidators } from '../util/board-validators';

/** The board's onboarding checklist: what a new member does before taking full part. */
@Component({
  selector: 'cab-onboarding-steps-section',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatError, MatInput, MatSelect, MatOption, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ t('boards.onboarding.intro') }}</p>
    <cab-form-status [tone]="status()?.tone ?? 'error'" [message]="status()?.message ?? null" data-testid="steps-status" />
    @if (steps().length === 0) {
      <p data-testid="steps-empty">{{ t('boards.onboarding.none') }}</p>
    } @else {
      <ul class="cab-card-list">
        @for (step of steps(); track step.id) {
          <li class="cab-card" data-testid="step-item">
            <p>
              <strong>{{ step.name }}</strong>
            </p>
            <p>{{ t(kindLabels[step.kind]) }} · {{ t(step.required ? 'boards.onboarding.required' : 'boards.onboarding.optional') }}</p>
            <div class="cab-actions">
              <button
                type="button"
                matButton="outlined"
                class="cab-danger-outline"
                (click)="remove(step)"
                [attr.aria-label]="t('boards.onboarding.removeName', { name: step.name })"
                data-testid="step-remove"
              >
                {{ t('boards.common.remove') }}
              </button>
            </div>
          </li>
        }
      </ul>
    }
    <h3 id="step-form-heading">{{ t('boards.onboarding.add.heading') }}</h3>
    <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="step-form-heading" data-testid="step-form">
      <cab-form-status [message]="submission.problem()" />
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('boards.onboarding.name') }}</mat-label>
        <input matInput formControlName="name" autocomplete="off" data-testid="step-name" />
        <mat-error>{{ errorOf(form.controls.name) }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('boards.onboarding.kind') }}</mat-label>
        <mat-select formControlName="kind" data-testid="step-kind">
          @for (kind of kinds; track kind) {
            <mat-option [value]="kind">{{ t(kindLabels[kind]) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-checkbox formControlName="required" data-testid="step-required">{{ t('boards.onboarding.requiredField') }}</mat-checkbox>
      <div class="cab-actions">
        <button type="submit" matButton="filled" data-testid="step-submit">{{ t('boards.onboarding.add.submit') }}</button>
      </div>
    </form>
  `,
})
export class OnboardingStepsSectionComponent {
  readonly boardId = input.required<string>();
  readonly steps = input.required<readonly OnboardingStepView[]>();
  readonly changed = output<void>();
  private readonly api = inject(BoardsApi);
  private readonly actionError = inject(ActionErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly kinds = ONBOARDING_KINDS;
  protected readonly kindLabels = ONBOARDING_KIND_LABEL_KEYS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', boardValidators.stepName],
    kind: this.fb.control<OnboardingKind>('confidentiality'),
    required: true,
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly status = signal<{ tone: 'error' | 'success'; message: string } | null>(null);

  protected submit(): void {
    const { name, kind, required } = this.form.getRawValue();
    this.status.set(null);
    this.submission.send(
      () => this.api.addOnboardingStep(this.boardId(), { name: name.trim(), kind, required }),
      (step) => {
        this.form.reset();
        this.status.set({ tone: 'success', message: this.t('boards.onboarding.added', { name: step.name }) });
        this.changed.emit();
      },
    );
  }

  protected remove(step: OnboardingStepView): void {
    this.status.set(null);
    this.api.removeOnboardingStep(this.boardId(), step.id).subscribe({
      next: () => {
        this.status.set({ tone: 'success', message: this.t('boards.onboarding.removed', { name: step.name }) });
        this.changed.emit();
      },
      error: (error: unknown) => this.status.set({ tone: 'error', message: this.actionError(error) }),
    });
  }
}
