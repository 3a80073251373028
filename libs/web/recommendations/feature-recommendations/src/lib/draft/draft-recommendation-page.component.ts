import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import type { DraftRecommendationInput, EditRecommendationInput, RecommendationDetail } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { PeerInputApi } from '@cabinet/web/peer-input/data-access';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { map } from 'rxjs';
import { mayOrganize } from '../shared/organiser';
import { RecommendationFormComponent } from './recommendation-form.component';
import { SourceInputComponent } from './source-input.component';

/**
 * An organiser drafts a recommendation. `?fromInput=<id>` starts it from input to the board (the
 * input triage screen links here): the input is shown above the form and its words start the
 * text; the API marks that input as having become a recommendation.
 */
@Component({
  selector: 'cab-draft-recommendation-page',
  imports: [RouterLink, FormStatusComponent, RecommendationFormComponent, SourceInputComponent],
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
          @if (sourceInput.error()) {
            <cab-form-status [message]="loadError(sourceInput.error())" />
          } @else if (sourceInput.hasValue()) {
            @if (sourceInput.value(); as source) {
              <cab-source-input [source]="source" />
            } @else {
              <p data-testid="source-input-missing">{{ t('recommendations.sourceInput.missing') }}</p>
            }
          }
          <cab-recommendation-form
            [board]="detail"
            [fromInputId]="fromInput() ?? null"
            [bodyFromInput]="sourceInput.value()?.body ?? null"
            [save]="draft"
            submitLabel="recommendations.draft.submit"
            (saved)="open($event)"
          />
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
  private readonly inputs = inject(PeerInputApi);
  private readonly router = inject(Router);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly organizer = computed(() => {
    const board = this.board.value();
    return board ? mayOrganize(board) : false;
  });
  /** The input named in the address, from the board's triage list (organisers only); null when it is not there. */
  protected readonly sourceInput = rxResource({
    params: () => {
      const inputId = this.fromInput();
      return this.organizer() && inputId ? { boardId: this.boardId(), inputId } : undefined;
    },
    stream: ({ params }) => this.inputs.list(params.boardId).pipe(map((all) => all.find((one) => one.id === params.inputId) ?? null)),
  });

  protected readonly draft = (input: DraftRecommendationInput | EditRecommendationInput) => this.api.draft(this.boardId(), input as DraftRecommendationInput);

  protected open(recommendation: RecommendationDetail): void {
    void this.router.navigate(['/boards', this.boardId(), 'recommendations', recommendation.id]);
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
