import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import type { MilestoneView, RecommendationDetail } from '@cabinet/shared/contracts';
import { AgencyResponsesApi } from '@cabinet/web/recommendations/data-access';
import { ApiErrorText, FormErrorText, FormStatusComponent, formSubmit, formatDay } from '@cabinet/web/shared/ui';
import { I18nService } from '@cabinet/web/shared/i18n';

/**
 * The agency's plan: milestones with an owner and a due day, done or not (late ones say so in
 * words). The agency adds milestones and marks them done while `can.plan` allows.
 */
@Component({
  selector: 'cab-milestones',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="milestones-heading" data-testid="milestones">
      <h2 id="milestones-heading">{{ t('recommendations.milestones.heading') }}</h2>
      <cab-form-status [message]="doneProblem()" />
      @if (recommendation().milestones.length === 0) {
        <p data-testid="milestones-none">{{ t('recommendations.milestones.none') }}</p>
      } @else {
        <ul class="cab-card-list">
          @for (milestone of recommendation().milestones; track milestone.id) {
            <li class="cab-card" data-testid="milestone">
              <p class="title">{{ milestone.title }}</p>
              <p>{{ t('recommendations.milestones.owner', { owner: milestone.owner }) }}</p>
              <p>{{ t('recommendations.milestones.due', { date: day(milestone.dueOn) }) }}</p>
              <p data-testid="milestone-state">
                @if (milestone.doneAt) {
                  {{ t('recommendations.milestones.done') }}
                } @else if (milestone.overdue) {
                  <span class="cab-badge">{{ t('recommendations.milestones.late') }}</span>
                } @else {
                  {{ t('recommendations.milestones.open') }}
                }
              </p>
              @if (recommendation().can.plan && !milestone.doneAt) {
                <button type="button" matButton="outlined" (click)="markDone(milestone)" [disabled]="busy()" data-testid="milestone-done">
                  {{ t('recommendations.milestones.markDone') }}<span class="cab-visually-hidden">: {{ milestone.title }}</span>
                </button>
              }
            </li>
          }
        </ul>
      }

      @if (recommendation().can.plan) {
        <h3 id="milestone-add-heading">{{ t('recommendations.milestones.add') }}</h3>
        <form class="cab-form" [formGroup]="form" (ngSubmit)="add()" novalidate aria-labelledby="milestone-add-heading" data-testid="milestone-form">
          <cab-form-status [message]="submission.problem()" />
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('recommendations.milestones.title') }}</mat-label>
            <input matInput formControlName="title" maxlength="200" required data-testid="milestone-title" />
            <mat-error>{{ errorOf(form.controls.title) }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('recommendations.milestones.ownerField') }}</mat-label>
            <input matInput formControlName="owner" maxlength="120" required data-testid="milestone-owner" />
            <mat-error>{{ errorOf(form.controls.owner) }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('recommendations.milestones.dueOn') }}</mat-label>
            <input matInput type="date" formControlName="dueOn" required data-testid="milestone-due" />
            <mat-error>{{ errorOf(form.controls.dueOn) }}</mat-error>
          </mat-form-field>
          <div class="cab-actions">
            <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="milestone-submit">{{ t('recommendations.milestones.submit') }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .cab-card p {
      margin: 0.25rem 0;
    }
    .title {
      font-weight: 700;
    }
  `,
})
export class MilestonesComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(AgencyResponsesApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    owner: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    dueOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly busy = signal(false);
  protected readonly doneProblem = signal<string | null>(null);
  private readonly formDirective = viewChild(FormGroupDirective);

  protected day(isoDate: string): string {
    return formatDay(isoDate, this.i18n.locale());
  }

  protected add(): void {
    const { boardId, id } = this.recommendation();
    const value = this.form.getRawValue();
    this.submission.send(
      () => this.api.addMilestone(boardId, id, { title: value.title.trim(), owner: value.owner.trim(), dueOn: value.dueOn }),
      (detail) => {
        this.formDirective()?.resetForm({ title: '', owner: '', dueOn: '' });
        this.changed.emit(detail);
      },
    );
  }

  protected markDone(milestone: MilestoneView): void {
    const { boardId, id } = this.recommendation();
    this.busy.set(true);
    this.doneProblem.set(null);
    this.api.completeMilestone(boardId, id, milestone.id).subscribe({
      next: (detail) => {
        this.busy.set(false);
        this.changed.emit(detail);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.doneProblem.set(this.errorText(error));
      },
    });
  }
}
