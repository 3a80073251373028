import { ChangeDetectionStrategy, Component, type ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { PostProgressInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { AgencyResponsesApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { catchError, concatMap, EMPTY, from, last, type Observable, of, switchMap } from 'rxjs';
import { EVIDENCE_ACCEPT, fileSize, filesProblem } from '../shared/evidence-files';

export function createProgressForm() {
  return new FormGroup({
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    link: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500), Validators.pattern(/^https?:\/\/\S+$/i)] }),
    percentComplete: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(0), Validators.max(100), Validators.pattern(/^\d+$/)] }),
    milestoneId: new FormControl('', { nonNullable: true }),
  });
}

export type ProgressForm = ReturnType<typeof createProgressForm>;

export function progressInput(form: ProgressForm): PostProgressInput {
  const value = form.getRawValue();
  const link = value.link.trim();
  return {
    text: value.text.trim(),
    percentComplete: Number(value.percentComplete),
    ...(link ? { link } : {}),
    ...(value.milestoneId ? { milestoneId: value.milestoneId } : {}),
  };
}

/**
 * The agency tells the board how far it has got: what was done, a link and files to show it, and
 * how much is done in percent. Files go up one by one once the update is posted (they belong to
 * it); one that fails does not undo the update, and is named so it can be sent again.
 */
@Component({
  selector: 'cab-progress-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="progress-heading" data-testid="progress">
      <h3 id="progress-heading">{{ t('recommendations.progress.heading') }}</h3>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.progress.text') }}</mat-label>
          <textarea matInput formControlName="text" rows="4" maxlength="4000" required data-testid="progress-text"></textarea>
          <mat-error>{{ errorOf(form.controls.text) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.progress.link') }}</mat-label>
          <input matInput type="url" formControlName="link" maxlength="500" autocomplete="url" data-testid="progress-link" />
          <mat-hint>{{ t('recommendations.progress.link.hint') }}</mat-hint>
          <mat-error>{{ form.controls.link.hasError('pattern') ? t('recommendations.progress.link.invalid') : errorOf(form.controls.link) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('recommendations.progress.percent') }}</mat-label>
          <input matInput type="number" inputmode="numeric" min="0" max="100" step="1" formControlName="percentComplete" required data-testid="progress-percent" />
          <mat-hint>{{ t('recommendations.progress.percent.hint') }}</mat-hint>
          <mat-error>{{ errorOf(form.controls.percentComplete) }}</mat-error>
        </mat-form-field>
        @if (recommendation().milestones.length) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('recommendations.progress.milestone') }}</mat-label>
            <select matNativeControl formControlName="milestoneId" data-testid="progress-milestone">
              <option value="">{{ t('recommendations.progress.milestone.none') }}</option>
              @for (milestone of recommendation().milestones; track milestone.id) {
                <option [value]="milestone.id">{{ milestone.title }}</option>
              }
            </select>
            <mat-error>{{ errorOf(form.controls.milestoneId) }}</mat-error>
          </mat-form-field>
        }
        <div class="files">
          <label for="progress-files" class="files-label">{{ t('recommendations.evidence.files.label') }}</label>
          <p id="progress-files-hint" class="files-hint">{{ t('recommendations.evidence.files.hint') }}</p>
          <input
            #fileInput
            id="progress-files"
            type="file"
            multiple
            [accept]="accept"
            (change)="pick(fileInput)"
            [attr.aria-describedby]="fileProblem() ? 'progress-files-hint progress-files-problem' : 'progress-files-hint'"
            [attr.aria-invalid]="fileProblem() ? 'true' : null"
            data-testid="progress-files"
          />
          @if (fileProblem(); as problem) {
            <p id="progress-files-problem" class="files-problem" role="alert" data-testid="progress-files-problem">{{ problem }}</p>
          }
          @if (files().length) {
            <p class="files-chosen" id="progress-files-chosen">{{ t('recommendations.evidence.files.chosen') }}</p>
            <ul aria-labelledby="progress-files-chosen" data-testid="progress-files-chosen">
              @for (file of files(); track $index) {
                <li>{{ file.name }} ({{ size(file.size) }})</li>
              }
            </ul>
            <p><button type="button" matButton (click)="clearFiles()" data-testid="progress-files-clear">{{ t('recommendations.evidence.files.clear') }}</button></p>
          }
        </div>
        @if (notAttached().length) {
          <p class="files-problem" role="alert" data-testid="progress-files-not-attached">{{ t('recommendations.evidence.files.notAttached', { names: notAttached().join(', ') }) }}</p>
        }
        <div class="cab-actions">
          <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="progress-submit">{{ t('recommendations.progress.submit') }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .files-label {
      font-weight: 700;
    }
    .files-hint,
    .files-chosen {
      margin: 0.25rem 0;
    }
    .files-problem {
      font-weight: 700;
      color: var(--mat-sys-error);
    }
  `,
})
export class ProgressFormComponent {
  readonly recommendation = input.required<RecommendationDetail>();
  readonly changed = output<RecommendationDetail>();

  private readonly api = inject(AgencyResponsesApi);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly form = createProgressForm();
  protected readonly submission = formSubmit(this.form);
  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private readonly locale = inject(I18nService).locale;
  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly files = signal<File[]>([]);
  protected readonly fileProblem = signal<string | null>(null);
  /** Files that could not be added to the update just posted. */
  protected readonly notAttached = signal<string[]>([]);

  protected pick(picker: HTMLInputElement): void {
    const files = Array.from(picker.files ?? []);
    this.files.set(files);
    this.fileProblem.set(filesProblem(files, this.t));
  }

  protected clearFiles(): void {
    this.fileInput().nativeElement.value = '';
    this.files.set([]);
    this.fileProblem.set(null);
  }

  protected size(bytes: number): string {
    return fileSize(bytes, this.locale());
  }

  protected submit(): void {
    const files = this.files();
    const problem = filesProblem(files, this.t);
    if (problem) {
      this.fileProblem.set(problem);
      this.fileInput().nativeElement.focus();
      return;
    }
    const { boardId, id, progress } = this.recommendation();
    const before = new Set(progress.map((update) => update.id));
    this.notAttached.set([]);
    this.submission.send(
      () => this.api.postProgress(boardId, id, progressInput(this.form)).pipe(switchMap((posted) => this.attach(posted, before, files))),
      (detail) => {
        this.formDirective().resetForm({ text: '', link: '', percentComplete: null, milestoneId: '' });
        this.clearFiles();
        this.changed.emit(detail);
      },
    );
  }

  /** Each file in turn on the update just posted; the answer is the recommendation after the last one that went up. */
  private attach(posted: RecommendationDetail, before: ReadonlySet<string>, files: readonly File[]): Observable<RecommendationDetail> {
    const update = posted.progress.find((one) => !before.has(one.id));
    if (!update || !files.length) return of(posted);
    return from(files).pipe(
      concatMap((file) =>
        this.api.attachEvidence(posted.boardId, posted.id, update.id, file).pipe(
          catchError(() => {
            this.notAttached.update((names) => [...names, file.name]);
            return EMPTY;
          }),
        ),
      ),
      last(null, posted),
    );
  }
}
