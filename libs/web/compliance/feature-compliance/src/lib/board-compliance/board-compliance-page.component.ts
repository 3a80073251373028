import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Permission } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { BoardComplianceApi } from '@cabinet/web/compliance/data-access';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDay } from '@cabinet/web/shared/ui';
import { AddPackFormComponent } from './add-pack-form.component';
import { AsOfFormComponent } from './as-of-form.component';
import { AnnualReportComponent } from '../annual-report/annual-report.component';
import { ComplianceExportsComponent } from '../exports/compliance-exports.component';
import { PackResultsComponent } from './pack-results.component';

/** Results are worked out in the background after a pack is added: look again once, after this. */
const RESULTS_FOLLOW_MS = 5000;

/**
 * How a board stands against each pack it is checked against, rule by rule, with the records
 * behind each result and the earlier years. Any past day can be looked at: the API works the
 * results out again as of that day, and the page says plainly that this is not a stored result.
 * Managers add and remove packs.
 */
@Component({
  selector: 'cab-board-compliance-page',
  imports: [RouterLink, FormStatusComponent, AsOfFormComponent, PackResultsComponent, AddPackFormComponent, ComplianceExportsComponent, AnnualReportComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-compliance-page.component.html',
})
export class BoardCompliancePageComponent {
  /** From the address: `/boards/:boardId/compliance`. */
  readonly boardId = input.required<string>();
  /** From the address's query, `?asOf=YYYY-MM-DD`. */
  readonly asOf = input<string | undefined>();

  private readonly api = inject(BoardComplianceApi);
  private readonly boards = inject(BoardsApi);
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;

  /** Funders read compliance without reading boards: no board name, back link or record links for them. */
  protected readonly readsBoards = computed(() => this.store.can(Permission.BoardsRead));
  protected readonly canManage = computed(() => this.store.can(Permission.ComplianceManage));
  protected readonly status = signal<string | null>(null);

  protected readonly board = rxResource({
    params: () => (this.readsBoards() ? this.boardId() : undefined),
    stream: ({ params }) => this.boards.get(params),
  });
  protected readonly compliance = rxResource({
    // The organisation is part of the key: switching it reloads what this person may see.
    params: () => ({ boardId: this.boardId(), asOf: this.asOf() || null, organizationId: this.store.activeOrganization()?.id }),
    stream: ({ params }) => this.api.get(params.boardId, params.asOf),
  });
  // value() throws while a resource is in error: ask first.
  protected readonly boardName = computed(() => (this.board.hasValue() ? this.board.value().settings.name : null));
  /** The day an "as of" view was worked out for; null for the stored, current results. */
  protected readonly shownDay = computed(() => (this.compliance.hasValue() ? this.compliance.value().asOf : null));
  protected readonly attachedIds = computed(() => (this.compliance.hasValue() ? this.compliance.value().packs.map((entry) => entry.pack.id) : []));

  private followUp: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.followUp));
  }

  protected chooseDay(day: string | null): void {
    this.status.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { asOf: day }, queryParamsHandling: 'merge' });
  }

  protected added(name: string): void {
    this.status.set(this.t('compliance.add.done', { pack: name }));
    this.compliance.reload();
    clearTimeout(this.followUp);
    this.followUp = setTimeout(() => this.compliance.reload(), RESULTS_FOLLOW_MS);
  }

  protected removed(name: string): void {
    this.status.set(this.t('compliance.remove.done', { pack: name }));
    this.compliance.reload();
  }

  protected reload(): void {
    this.compliance.reload();
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
