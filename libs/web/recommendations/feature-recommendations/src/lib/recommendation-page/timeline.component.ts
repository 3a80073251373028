import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { RecommendationDetail, RecommendationEventView } from '@cabinet/shared/contracts';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { formatDateTime, formatDay } from '@cabinet/web/shared/ui';
import { ACTOR_LABEL_KEYS, DECISION_LABEL_KEYS, EVENT_LABEL_KEYS } from '../shared/labels';

/** One line of detail under a step: a label and the person's own words, a plain label of ours (`key`), or a link. */
export interface StepDetail {
  label: MessageKey;
  text?: string;
  key?: MessageKey;
  href?: string;
}

export interface TimelineStep {
  at: string;
  what: MessageKey;
  by: MessageKey | null;
  details: StepDetail[];
}

/**
 * What each step refers to, in words: the agency's answer and its reasons, the board's answer to a
 * question, a milestone, a progress update with its link and percent, the board's review.
 */
export function timelineSteps(recommendation: RecommendationDetail, day: (isoDate: string) => string): TimelineStep[] {
  return recommendation.timeline.map((event) => ({
    at: event.at,
    what: EVENT_LABEL_KEYS[event.kind],
    by: event.actorRole ? ACTOR_LABEL_KEYS[event.actorRole] : null,
    details: detailsOf(event, recommendation, day),
  }));
}

function detailsOf(event: RecommendationEventView, recommendation: RecommendationDetail, day: (isoDate: string) => string): StepDetail[] {
  const ref = event.refId;
  switch (event.kind) {
    case 'sent':
      return recommendation.addressedOrganizationName ? [{ label: 'recommendations.timeline.to', text: recommendation.addressedOrganizationName }] : [];
    case 'responded':
    case 'info_requested': {
      const response = recommendation.responses.find((one) => one.id === ref);
      if (!response) return [];
      const reasonsLabel: MessageKey = response.decision === 'info_needed' ? 'recommendations.timeline.question' : 'recommendations.timeline.reasons';
      return [{ label: 'recommendations.timeline.answer', key: DECISION_LABEL_KEYS[response.decision] }, ...(response.reasons ? [{ label: reasonsLabel, text: response.reasons }] : [])];
    }
    case 'info_answered': {
      const response = recommendation.responses.find((one) => one.id === ref);
      return response?.boardAnswer ? [{ label: 'recommendations.timeline.boardAnswer', text: response.boardAnswer }] : [];
    }
    case 'reminded':
    case 'escalated':
    case 'proposed_for_agenda': {
      // About a milestone when it names one; about the agency's answer otherwise.
      const milestone = recommendation.milestones.find((one) => one.id === ref);
      return milestone ? [{ label: 'recommendations.timeline.milestone', text: milestone.title }, { label: 'recommendations.timeline.milestoneDue', text: day(milestone.dueOn) }] : [];
    }
    case 'milestone_added':
    case 'milestone_done': {
      const milestone = recommendation.milestones.find((one) => one.id === ref);
      if (!milestone) return [];
      return [
        { label: 'recommendations.timeline.milestone', text: milestone.title },
        { label: 'recommendations.timeline.owner', text: milestone.owner },
        { label: 'recommendations.timeline.milestoneDue', text: day(milestone.dueOn) },
      ];
    }
    case 'progress_reported': {
      const update = recommendation.progress.find((one) => one.id === ref);
      if (!update) return [];
      return [
        { label: 'recommendations.timeline.update', text: update.text },
        { label: 'recommendations.timeline.percent', text: `${update.percentComplete}%` },
        ...(update.link ? [{ label: 'recommendations.timeline.link' as MessageKey, text: update.link, href: update.link }] : []),
      ];
    }
    case 'review_satisfied':
    case 'review_not_satisfied': {
      const review = recommendation.reviews.find((one) => one.id === ref);
      return review?.reasons ? [{ label: 'recommendations.timeline.reasons', text: review.reasons }] : [];
    }
    default:
      return [];
  }
}

/** The recommendation's history, oldest first: when, what happened, by which role (never a name), and the details. */
@Component({
  selector: 'cab-recommendation-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{{ t('recommendations.timeline.heading') }}</h2>
      <ol class="timeline" data-testid="timeline">
        @for (step of steps(); track $index) {
          <li class="step" data-testid="timeline-step">
            <p class="when"><time [attr.datetime]="step.at">{{ when(step.at) }}</time></p>
            <p class="what" data-testid="timeline-what">
              {{ t(step.what) }}
              @if (step.by; as role) {
                <span data-testid="timeline-by">{{ t('recommendations.timeline.by', { role: t(role) }) }}</span>
              }
            </p>
            @if (step.details.length) {
              <dl class="cab-facts">
                @for (detail of step.details; track $index) {
                  <div>
                    <dt>{{ t(detail.label) }}</dt>
                    <dd data-testid="timeline-detail">
                      @if (detail.href) {
                        <a [href]="detail.href" target="_blank" rel="noopener noreferrer">{{ detail.text }}</a>
                      } @else {
                        {{ detail.key ? t(detail.key) : detail.text }}
                      }
                    </dd>
                  </div>
                }
              </dl>
            }
          </li>
        }
      </ol>
    </section>
  `,
  styles: `
    .timeline {
      margin: 0 0 1rem;
      padding-inline-start: 1.25rem;
    }
    .step {
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .when,
    .what {
      margin: 0 0 0.25rem;
    }
    .when {
      font-size: 0.875rem;
    }
    .what {
      font-weight: 700;
    }
    .what span {
      font-weight: 400;
    }
  `,
})
export class RecommendationTimelineComponent {
  readonly recommendation = input.required<RecommendationDetail>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly steps = computed(() => timelineSteps(this.recommendation(), (isoDate) => formatDay(isoDate, this.i18n.locale())));

  protected when(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }
}
