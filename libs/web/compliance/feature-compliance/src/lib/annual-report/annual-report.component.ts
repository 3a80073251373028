import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { BoardReportView, ComplianceExportStatus, ComplianceExportView } from '@cabinet/shared/contracts';
import { BoardReportsApi, ComplianceExportsApi, exportFileUrl } from '@cabinet/web/compliance/data-access';
import { SessionStore, isApiError } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, formSubmit, formatDay } from '@cabinet/web/shared/ui';
import { today } from '../board-compliance/as-of-form.component';
import { EXPORT_POLL_MS } from '../exports/compliance-exports.component';

/** This year and the four before it: the years Cabinet keeps results for. */
const YEARS_OFFERED = 5;

/** The calendar years offered, newest first. */
export function reportYears(now = new Date()): number[] {
  return Array.from({ length: YEARS_OFFERED }, (_, index) => now.getUTCFullYear() - index);
}

/**
 * The "Annual report" section of a board's compliance page, for its managers: make a year's
 * annual report as a PDF (in the background, like the other exports: the list is read again every
 * 2 s while it is being made, and a polite live region says when it is ready), then record the
 * day it was made public, which the "report due" rules judge. The year offered first is last
 * year's, whose report is due this year; the day defaults to today (UTC, as the API counts days).
 */
@Component({
  selector: 'cab-annual-report',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './annual-report.component.html',
  styleUrl: './annual-report.component.scss',
})
export class AnnualReportComponent {
  readonly boardId = input.required<string>();

  private readonly exportsApi = inject(ComplianceExportsApi);
  private readonly reportsApi = inject(BoardReportsApi);
  private readonly store = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;

  protected readonly years = reportYears();
  protected readonly max = today();
  protected readonly form = new FormGroup({
    year: new FormControl(this.years[1] ?? this.years[0]!, { nonNullable: true }),
    publishedOn: new FormControl(today(), { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submission = formSubmit(this.form);
  protected readonly asking = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  // The organisation is part of each key: switching it reloads what this person may see.
  private readonly key = computed(() => ({ boardId: this.boardId(), organizationId: this.store.activeOrganization()?.id }));
  protected readonly exports = rxResource({ params: this.key, stream: ({ params }) => this.exportsApi.list(params.boardId, 'board') });
  protected readonly reports = rxResource({ params: this.key, stream: ({ params }) => this.reportsApi.list(params.boardId) });
  // value() throws while a resource is in error: ask first.
  protected readonly files = computed(() => (this.exports.hasValue() ? this.exports.value().filter((one) => one.kind === 'annual_report_pdf') : []));
  protected readonly recorded = computed(() => (this.reports.hasValue() ? this.reports.value() : []));

  /** What each report file was when last seen, to announce the ones that just finished. */
  private readonly seen = new Map<string, ComplianceExportStatus>();
  private poll: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      const files = this.files();
      untracked(() => this.announce(files));
      clearTimeout(this.poll);
      if (files.some((one) => one.status === 'queued')) this.poll = setTimeout(() => this.exports.reload(), EXPORT_POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.poll));
  }

  protected make(): void {
    if (this.asking()) return;
    this.asking.set(true);
    this.problem.set(null);
    this.notice.set(null);
    this.exportsApi.request(this.boardId(), 'board', { kind: 'annual_report_pdf', periodFrom: `${this.form.controls.year.value}-01-01` }).subscribe({
      next: (made) => {
        this.seen.set(made.id, made.status);
        this.asking.set(false);
        this.notice.set(this.t('compliance.annual.asked'));
        this.exports.reload();
      },
      error: (error: unknown) => {
        this.asking.set(false);
        this.problem.set(this.errorText(error));
      },
    });
  }

  protected record(): void {
    const { year, publishedOn } = this.form.getRawValue();
    const day = this.form.controls.publishedOn;
    if (publishedOn > today()) day.setErrors({ invalid: 'compliance.annual.refused.future' });
    else if (publishedOn && publishedOn < `${year}-01-01`) day.setErrors({ invalid: 'compliance.annual.refused.beforeYear' });
    if (!this.submission.start()) return;
    this.notice.set(null);
    // The newest ready report Cabinet made for that year is the one made public, as far as Cabinet knows.
    const exportId = this.files().find((one) => one.status === 'ready' && one.periodFrom === `${year}-01-01`)?.id ?? null;
    this.reportsApi.record(this.boardId(), { year, publishedOn, exportId }).subscribe({
      next: (report) => {
        this.submission.succeed();
        this.notice.set(this.t('compliance.annual.recordedNotice', { year: report.year, day: this.day(report.publishedOn) }));
        this.reports.reload();
      },
      error: (error: unknown) => {
        this.submission.fail(error);
        // The one refusal worth its own words: that year already has a report.
        if (isApiError(error) && error.fieldErrors.some((problem) => problem.field === 'year')) this.form.controls.year.setErrors({ invalid: 'compliance.annual.refused.year' });
      },
    });
  }

  protected fileLabel(one: ComplianceExportView): string {
    return this.t('compliance.annual.fileItem', { year: one.periodFrom.slice(0, 4) });
  }

  protected fileUrl(one: ComplianceExportView): string {
    return exportFileUrl(one.id);
  }

  protected recordedLine(report: BoardReportView): string {
    return this.t('compliance.annual.recordedLine', { year: report.year, day: this.day(report.publishedOn) });
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }

  /** Says once when a report this page saw being made is ready, or could not be made. */
  private announce(files: readonly ComplianceExportView[]): void {
    for (const one of files) {
      const before = this.seen.get(one.id);
      this.seen.set(one.id, one.status);
      if (before !== 'queued' || one.status === 'queued') continue;
      this.notice.set(this.t(one.status === 'ready' ? 'compliance.annual.readyNotice' : 'compliance.annual.failedNotice', { year: one.periodFrom.slice(0, 4) }));
    }
  }
}
