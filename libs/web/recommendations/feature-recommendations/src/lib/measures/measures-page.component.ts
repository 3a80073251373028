import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { AccountabilityApi, type MeasuresPeriod } from '@cabinet/web/recommendations/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, formatDay } from '@cabinet/web/shared/ui';
import { type MeasureRow, measureRows } from './measure-rows';
import { PERIOD_PRESETS, type PeriodPreset, periodProblem, presetPeriod } from './measures-period';

const PRESET_LABELS: Readonly<Record<PeriodPreset, MessageKey>> = {
  last90: 'recommendations.measures.preset.last90',
  thisQuarter: 'recommendations.measures.preset.thisQuarter',
  lastQuarter: 'recommendations.measures.preset.lastQuarter',
  thisYear: 'recommendations.measures.preset.thisYear',
};

/**
 * A board's accountability measures over a period the reader picks (a quick choice or two days),
 * each figure with its plain definition underneath. Counts only: everyone who follows the board
 * may read them, the API decides who that is.
 */
@Component({
  selector: 'cab-measures-page',
  imports: [NgTemplateOutlet, RouterLink, ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measures-page.component.html',
  styleUrl: './measures-page.component.scss',
})
export class MeasuresPageComponent {
  readonly boardId = input.required<string>();

  private readonly api = inject(AccountabilityApi);
  private readonly boards = inject(BoardsApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  /** Types the shared list template's context (template contexts are untyped). */
  protected readonly asRows = (list: unknown): MeasureRow[] => list as MeasureRow[];
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly presets = PERIOD_PRESETS;
  protected readonly presetLabels = PRESET_LABELS;

  protected readonly chosen = signal<PeriodPreset | null>('last90');
  protected readonly period = signal<MeasuresPeriod>(presetPeriod('last90', new Date()));
  protected readonly form = new FormGroup({
    from: new FormControl(this.period().from, { nonNullable: true, validators: [Validators.required] }),
    to: new FormControl(this.period().to, { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly measures = rxResource({ params: () => ({ boardId: this.boardId(), period: this.period() }), stream: ({ params }) => this.api.measures(params.boardId, params.period) });
  protected readonly rows = computed(() => {
    // value() throws while the resource is in error: ask first.
    return this.measures.hasValue() ? measureRows(this.measures.value(), this.t, this.i18n.locale()) : null;
  });

  protected choose(preset: PeriodPreset): void {
    const period = presetPeriod(preset, new Date());
    this.form.setValue(period);
    this.chosen.set(preset);
    this.period.set(period);
  }

  protected show(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const period = this.form.getRawValue();
    const problem = periodProblem(period);
    if (problem) {
      this.form.controls.to.setErrors({ invalid: problem });
      this.form.controls.to.markAsTouched();
      return;
    }
    this.chosen.set(null);
    this.period.set(period);
  }

  protected day(isoDate: string): string {
    return formatDay(isoDate, this.i18n.locale());
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
