import { ChangeDetectionStrategy, Component, effect, input, output, inject, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { AGENDA_ITEM_KINDS, type AgendaItemInput, type AgendaItemKind, type AgendaItemView, type AgendaView, MAX_AGENDA_ITEM_MINUTES } from '@cabinet/shared/contracts';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import type { Observable } from 'rxjs';
import { KIND_LABEL_KEYS } from './agenda-labels';

/** What a new item's form starts with. */
const NEW_ITEM = { kind: 'discussion' as AgendaItemKind, title: '', details: '', presenter: '', durationMinutes: 10 as number | null };

export function createAgendaItemForm() {
  return new FormGroup({
    kind: new FormControl<AgendaItemKind>(NEW_ITEM.kind, { nonNullable: true }),
    title: new FormControl(NEW_ITEM.title, { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    details: new FormControl(NEW_ITEM.details, { nonNullable: true, validators: [Validators.maxLength(2000)] }),
    presenter: new FormControl(NEW_ITEM.presenter, { nonNullable: true, validators: [Validators.maxLength(120)] }),
    durationMinutes: new FormControl<number | null>(NEW_ITEM.durationMinutes, { validators: [Validators.required, Validators.min(1), Validators.max(MAX_AGENDA_ITEM_MINUTES)] }),
  });
}

export type AgendaItemForm = ReturnType<typeof createAgendaItemForm>;

/** What the API is sent: trimmed text, empty optional text as null. */
export function agendaItemInput(form: AgendaItemForm): AgendaItemInput {
  const value = form.getRawValue();
  return {
    kind: value.kind,
    title: value.title.trim(),
    details: value.details.trim() || null,
    presenter: value.presenter.trim() || null,
    durationMinutes: value.durationMinutes ?? 0,
  };
}

/**
 * The fields of one agenda item, for a member's proposal, an organiser's new item, or an edit.
 * The parent says where it goes (`save`); the API's field errors appear next to their fields.
 */
@Component({
  selector: 'cab-agenda-item-form',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="cab-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.aria-labelledby]="labelledBy()" [attr.data-testid]="prefix() + '-form'">
      <cab-form-status [message]="submission.problem()" />
      <fieldset class="cab-fieldset">
        <legend [id]="prefix() + '-kind-legend'">{{ t('meetings.agenda.form.kind') }}</legend>
        <mat-radio-group formControlName="kind" class="kinds" [attr.aria-labelledby]="prefix() + '-kind-legend'">
          @for (kind of kinds; track kind) {
            <mat-radio-button [value]="kind" [attr.data-testid]="prefix() + '-kind-' + kind">{{ t(kindLabels[kind]) }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('meetings.agenda.form.title') }}</mat-label>
        <input matInput formControlName="title" maxlength="200" required [attr.data-testid]="prefix() + '-title'" />
        <mat-error>{{ errorOf(form.controls.title) }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('meetings.agenda.form.details') }}</mat-label>
        <textarea matInput formControlName="details" rows="3" maxlength="2000" [attr.data-testid]="prefix() + '-details'"></textarea>
        <mat-error>{{ errorOf(form.controls.details) }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('meetings.agenda.form.presenter') }}</mat-label>
        <input matInput formControlName="presenter" maxlength="120" [attr.data-testid]="prefix() + '-presenter'" />
        <mat-hint>{{ t('meetings.agenda.form.presenter.hint') }}</mat-hint>
        <mat-error>{{ errorOf(form.controls.presenter) }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('meetings.agenda.form.duration') }}</mat-label>
        <input matInput type="number" inputmode="numeric" min="1" [max]="maxMinutes" step="1" formControlName="durationMinutes" required [attr.data-testid]="prefix() + '-duration'" />
        <mat-hint>{{ t('meetings.agenda.form.duration.hint') }}</mat-hint>
        <mat-error>{{ errorOf(form.controls.durationMinutes) }}</mat-error>
      </mat-form-field>
      <div class="cab-actions">
        <button type="submit" matButton="filled" [disabled]="submission.pending()" [attr.data-testid]="prefix() + '-submit'">{{ t(submitLabel()) }}</button>
        @if (cancellable()) {
          <button type="button" matButton="outlined" (click)="cancelled.emit()" [attr.data-testid]="prefix() + '-cancel'">{{ t('meetings.agenda.cancelEdit') }}</button>
        }
      </div>
    </form>
  `,
  styles: `
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
  `,
})
export class AgendaItemFormComponent {
  /** The item being edited; null for a new one. */
  readonly item = input<AgendaItemView | null>(null);
  readonly save = input.required<(input: AgendaItemInput) => Observable<AgendaView>>();
  readonly submitLabel = input.required<MessageKey>();
  /** Prefix of the form's test ids and element ids, e.g. "agenda-propose". */
  readonly prefix = input.required<string>();
  readonly labelledBy = input<string | null>(null);
  readonly cancellable = input(false);
  readonly saved = output<AgendaView>();
  readonly cancelled = output<void>();

  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly kinds = AGENDA_ITEM_KINDS;
  protected readonly kindLabels = KIND_LABEL_KEYS;
  protected readonly maxMinutes = MAX_AGENDA_ITEM_MINUTES;
  protected readonly form = createAgendaItemForm();
  protected readonly submission = formSubmit(this.form);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  constructor() {
    effect(() => {
      const item = this.item();
      if (item) this.form.reset({ kind: item.kind, title: item.title, details: item.details ?? '', presenter: item.presenter ?? '', durationMinutes: item.durationMinutes });
    });
  }

  protected submit(): void {
    this.submission.send(
      () => this.save()(agendaItemInput(this.form)),
      (view) => {
        // A fresh form for the next item: its defaults back, and no "required" errors from the last send.
        if (!this.item()) this.formDirective().resetForm(NEW_ITEM);
        this.saved.emit(view);
      },
    );
  }
}
