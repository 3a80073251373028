import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { DraftRecommendationInput, EditRecommendationInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { mayOrganize } from '../shared/organiser';
import { RecommendationFormComponent } from './recommendation-form.component';

/**
 * An organiser drafts a recommendation. `?fromInput=<id>` starts it from input to the board (the
 * input triage screen links here); the API marks that input as having become a recommendation.
 */
@Component({
  selector: 'cab-draft-recommendation-page',
  imports: [RouterLink, FormStatusComponent, RecommendationFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <p><a [routerLink]="['/boards', boardId(), 'recommendations']" data-testid="recommendation-back-to-list">{{ t('recommendations.common.backToList') }}</a></p>
      <h1>{{ t('recommendations.draft.heading') }}</h1>
      <p>{{ t('recommendations.draft.intro') }}</p>
      @if (board.error()) {
        <cab-form-status [message]="loadError(board.error())" />
      } @else if (board.value(); as detail) {
        @if (organizer()) {
          <cab-recommendation-form [board]="detail" [fromInputId]="fromInput() ?? null" [save]="draft" submitLabel="recommendations.draft.submit" (saved)="open($event)" />
        } @else {
          <p data-testid="recommendation-not-organizer">{{ t('recommendations.draft.notOrganizer') }}</p>
        }
      }
    </div>
  `,
})
export class DraftRecommendationPageComponent {
  readonly boardId = input.required<string>();
  /** Query parameter: the id of the input to the board this recommendation comes from. */
  readonly fromInput = input<string | undefined>(undefined);

  private readonly boards = inject(BoardsApi);
  private readonly api = inject(RecommendationsApi);
  private readonly router = inject(Router);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly organizer = computed(() => {
    const board = this.board.value();
    return board ? mayOrganize(board) : false;
  });

  protected readonly draft = (input: DraftRecommendationInput | EditRecommendationInput) => this.api.draft(this.boardId(), input as DraftRecommendationInput);

  protected open(recommendation: RecommendationDetail): void {
    void this.router.navigate(['/boards', this.boardId(), 'recommendations', recommendation.id]);
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
