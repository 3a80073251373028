import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormGroup } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { DraftRecommendationInput, EditRecommendationInput, RecommendationDetail, RecommendationSource } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { AdoptFormComponent } from '../actions/adopt-form.component';
import { AnswerInfoFormComponent } from '../actions/answer-info-form.component';
import { MilestonesComponent } from '../actions/milestones.component';
import { ProgressFormComponent } from '../actions/progress-form.component';
import { PublishToggleComponent } from '../actions/publish-toggle.component';
import { ReportFormComponent } from '../actions/report-form.component';
import { RespondFormComponent } from '../actions/respond-form.component';
import { ReviewFormComponent } from '../actions/review-form.component';
import { RecommendationFormComponent } from '../draft/recommendation-form.component';
import { SourceInputLineComponent } from '../draft/source-input-line.component';
import { DueLineComponent } from '../shared/due-line.component';
import { STATUS_LABEL_KEYS } from '../shared/labels';
import { ProgressEvidenceComponent } from './progress-evidence.component';
import { RecommendationTimelineComponent } from './timeline.component';

const SOURCE_KEYS: Readonly<Record<RecommendationSource, MessageKey>> = {
  direct: 'recommendations.page.source.direct',
  agenda_item: 'recommendations.page.source.agenda_item',
  input: 'recommendations.page.source.input',
};

/**
 * One recommendation: its words, where it stands, who answers and by when, its history, and
 * only the actions the API allows this person now (`can.*`): the board's organisers draft, adopt,
 * send, answer questions and review; the addressed organisation answers, plans and reports.
 */
@Component({
  selector: 'cab-recommendation-page',
  imports: [
    RouterLink,
    MatButton,
    FormStatusComponent,
    DueLineComponent,
    SourceInputLineComponent,
    RecommendationTimelineComponent,
    ProgressEvidenceComponent,
    RecommendationFormComponent,
    AdoptFormComponent,
    AnswerInfoFormComponent,
    ReviewFormComponent,
    RespondFormComponent,
    MilestonesComponent,
    ProgressFormComponent,
    ReportFormComponent,
    PublishToggleComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recommendation-page.component.html',
  styles: `
    .body {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class RecommendationPageComponent {
  readonly boardId = input.required<string>();
  readonly id = input.required<string>();

  private readonly api = inject(RecommendationsApi);
  private readonly boards = inject(BoardsApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly statusLabels = STATUS_LABEL_KEYS;
  protected readonly sourceKeys = SOURCE_KEYS;

  protected readonly recommendation = rxResource({ params: () => ({ boardId: this.boardId(), id: this.id() }), stream: ({ params }) => this.api.get(params.boardId, params.id) });
  /** The board, for the organisation choices when a draft is changed; only organisers change drafts. */
  protected readonly board = rxResource({
    params: () => (this.recommendation.value()?.can.edit ? this.boardId() : undefined),
    stream: ({ params }) => this.boards.get(params),
  });
  protected readonly editing = signal(false);
  protected readonly notice = signal<string | null>(null);
  /** Sending has no fields; its refusals (no organisation, nobody to answer) are shown as one message. */
  protected readonly sending = formSubmit(new FormGroup({}));

  protected readonly boardActs = computed(() => {
    const can = this.recommendation.value()?.can;
    return !!can && (can.edit || can.adopt || can.send || can.answerInfo || can.review);
  });
  protected readonly agencyActs = computed(() => {
    const can = this.recommendation.value()?.can;
    return !!can && (can.respond || can.plan || can.report);
  });

  protected readonly saveEdit = (input: DraftRecommendationInput | EditRecommendationInput) => this.api.edit(this.boardId(), this.id(), input as EditRecommendationInput);

  /** Every action answers with the whole recommendation: show it, and say so to screen readers. */
  protected changed(detail: RecommendationDetail): void {
    this.editing.set(false);
    this.recommendation.set(detail);
    this.notice.set(this.t('recommendations.page.updated', { status: this.t(STATUS_LABEL_KEYS[detail.status]) }));
  }

  protected send(): void {
    this.notice.set(null);
    this.sending.send(() => this.api.send(this.boardId(), this.id()), (detail) => this.changed(detail));
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
