import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { RecommendationStatus, RecommendationSummary } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { ResponseDaysFormComponent } from '../settings/response-days-form.component';
import { addresseeName } from '../shared/addressees';
import { DueLineComponent } from '../shared/due-line.component';
import { STATUS_GROUP_KEYS, STATUS_LABEL_KEYS } from '../shared/labels';
import { mayOrganize } from '../shared/organiser';

/** The order of the groups: what waits on someone first, what is finished last. */
const GROUP_ORDER: readonly RecommendationStatus[] = ['draft', 'adopted', 'sent', 'info_requested', 'reopened', 'responded', 'in_progress', 'reported', 'closed'];

export interface StatusGroup {
  status: RecommendationStatus;
  recommendations: RecommendationSummary[];
}

/** Recommendations grouped by status, in {@link GROUP_ORDER}, leaving out empty groups; overdue first within a group. */
export function groupByStatus(recommendations: readonly RecommendationSummary[]): StatusGroup[] {
  return GROUP_ORDER.map((status) => ({
    status,
    recommendations: recommendations.filter((one) => one.status === status).sort((a, b) => Number(b.overdue) - Number(a.overdue)),
  })).filter((group) => group.recommendations.length > 0);
}

/**
 * A board's recommendations, grouped by where they stand: side by side on a wide screen, one
 * group under another on a phone. Organisers may start a new one; managers set the answer time.
 */
@Component({
  selector: 'cab-board-recommendations-page',
  imports: [RouterLink, MatButton, FormStatusComponent, DueLineComponent, ResponseDaysFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './board-recommendations-page.component.html',
  styleUrl: './board-recommendations-page.component.scss',
})
export class BoardRecommendationsPageComponent {
  readonly boardId = input.required<string>();

  private readonly boards = inject(BoardsApi);
  private readonly recommendations = inject(RecommendationsApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly statusLabels = STATUS_LABEL_KEYS;
  protected readonly groupLabels = STATUS_GROUP_KEYS;

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly list = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.recommendations.list(params) });
  protected readonly mayOrganize = computed(() => {
    const board = this.board.value();
    return board ? mayOrganize(board) : false;
  });
  protected readonly groups = computed(() => groupByStatus(this.list.value()?.recommendations ?? []));

  protected addressee(recommendation: RecommendationSummary): string | null {
    const board = this.board.value();
    return board ? addresseeName(board, recommendation.addressedOrganizationId) : null;
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
