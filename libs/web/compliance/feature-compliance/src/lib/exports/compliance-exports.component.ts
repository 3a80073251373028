import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { BoardPackComplianceView, ComplianceExportKind, ComplianceExportStatus, ComplianceExportView, PortfolioPackView } from '@cabinet/shared/contracts';
import { ComplianceExportsApi, type ExportAudience, exportFileUrl } from '@cabinet/web/compliance/data-access';
import { SessionStore, isApiError } from '@cabinet/web/identity/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDateTime, formatDay } from '@cabinet/web/shared/ui';

/** While an export is being made, the list is read again this often. */
export const EXPORT_POLL_MS = 2000;

const KIND_LABEL_KEYS: Readonly<Record<ComplianceExportKind, MessageKey>> = {
  results_csv: 'compliance.exports.kind.results_csv',
  evidence_pdf: 'compliance.exports.kind.evidence_pdf',
  annual_report_pdf: 'compliance.exports.kind.annual_report_pdf',
};

interface Period {
  from: string;
  to: string;
}

/**
 * The "Export" section of a board's compliance page and of a funder's drill-down: ask for the
 * shown reporting year's results as a CSV or its evidence packet as a PDF, then download them from
 * the list once ready. The list is read again every 2 s while a file is being made, and a polite
 * live region says when one is ready (or could not be made).
 */
@Component({
  selector: 'cab-compliance-exports',
  imports: [FormStatusComponent, MatButton, MatFormField, MatLabel, MatInput],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './compliance-exports.component.html',
  styleUrl: './compliance-exports.component.scss',
})
export class ComplianceExportsComponent {
  readonly boardId = input.required<string>();
  readonly audience = input.required<ExportAudience>();
  /** The packs the page shows: their reporting years are the ones offered (a pack may count a fiscal year). */
  readonly packs = input.required<ReadonlyArray<BoardPackComplianceView | PortfolioPackView>>();

  private readonly api = inject(ComplianceExportsApi);
  private readonly store = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;

  protected readonly periods = computed(() => {
    const unique = new Map<string, Period>();
    for (const pack of this.packs()) {
      const shown = 'current' in pack ? pack.current : pack.period;
      if (shown) unique.set(shown.from, { from: shown.from, to: shown.to });
    }
    return [...unique.values()].sort((a, b) => b.from.localeCompare(a.from));
  });
  private readonly chosen = signal<string | null>(null);
  protected readonly period = computed(() => this.periods().find((one) => one.from === this.chosen()) ?? this.periods()[0] ?? null);

  protected readonly asking = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected readonly exports = rxResource({
    // The organisation is part of the key: switching it reloads what this person may see.
    params: () => ({ boardId: this.boardId(), audience: this.audience(), organizationId: this.store.activeOrganization()?.id }),
    stream: ({ params }) => this.api.list(params.boardId, params.audience),
  });
  // value() throws while a resource is in error: ask first.
  protected readonly list = computed(() => (this.exports.hasValue() ? this.exports.value() : []));

  /** What each export was when last seen, to announce the ones that just finished. */
  private readonly seen = new Map<string, ComplianceExportStatus>();
  private poll: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      const list = this.list();
      untracked(() => this.announce(list));
      clearTimeout(this.poll);
      if (list.some((one) => one.status === 'queued')) this.poll = setTimeout(() => this.exports.reload(), EXPORT_POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.poll));
  }

  protected choose(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value);
  }

  protected ask(kind: ComplianceExportKind): void {
    const period = this.period();
    if (!period || this.asking()) return;
    this.asking.set(true);
    this.problem.set(null);
    this.notice.set(null);
    this.api.request(this.boardId(), this.audience(), { kind, periodFrom: period.from }).subscribe({
      next: (made) => {
        this.seen.set(made.id, made.status);
        this.asking.set(false);
        this.notice.set(this.t('compliance.exports.asked'));
        this.exports.reload();
      },
      error: (error: unknown) => {
        this.asking.set(false);
        // The one refusal worth its own words: a year the board has no stored results for (yet).
        const noYear = isApiError(error) && error.fieldErrors.some((problem) => problem.field === 'periodFrom');
        this.problem.set(noYear ? this.t('compliance.exports.periodRefused') : this.errorText(error));
      },
    });
  }

  protected periodText(period: Period): string {
    const locale = this.i18n.locale();
    return this.t('compliance.exports.periodOption', { from: formatDay(period.from, locale), to: formatDay(period.to, locale) });
  }

  protected exportPeriod(one: ComplianceExportView): string {
    return this.periodText({ from: one.periodFrom, to: one.periodTo });
  }

  protected kindLabel(one: ComplianceExportView): string {
    return this.t(KIND_LABEL_KEYS[one.kind]);
  }

  protected requested(one: ComplianceExportView): string {
    return this.t('compliance.exports.requested', { when: formatDateTime(one.requestedAt, this.i18n.locale()) });
  }

  protected size(bytes: number | null): string {
    return new Intl.NumberFormat(this.i18n.locale(), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round((bytes ?? 0) / 1024)));
  }

  protected fileUrl(one: ComplianceExportView): string {
    return exportFileUrl(one.id);
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }

  /** Says once when an export this page saw being made is ready, or could not be made. */
  private announce(list: readonly ComplianceExportView[]): void {
    for (const one of list) {
      const before = this.seen.get(one.id);
      this.seen.set(one.id, one.status);
      if (before !== 'queued' || one.status === 'queued') continue;
      const params = { kind: this.kindLabel(one), period: this.exportPeriod(one) };
      this.notice.set(this.t(one.status === 'ready' ? 'compliance.exports.readyNotice' : 'compliance.exports.failedNotice', params));
    }
  }
}
