import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { AttendanceApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';

/** For organisers on the board's meetings page: members over the board's attendance rule, due a review. */
@Component({
  selector: 'cab-standing-reviews',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (reviews.hasValue()) {
      @let list = reviews.value();
      <section aria-labelledby="standing-heading" data-testid="standing-reviews">
        <h2 id="standing-heading">{{ t('meetings.standing.heading') }}</h2>
        @if (!list.length) {
          <p data-testid="standing-none">{{ t('meetings.standing.none') }}</p>
        }
        <ul>
          @for (review of list; track review.memberId) {
            <li [attr.data-testid]="'standing-' + review.memberId">
              {{ t('meetings.standing.line', { name: review.displayName, absences: review.absences, since: review.since, allowed: review.allowed, months: review.months }) }}
            </li>
          }
        </ul>
      </section>
    }
  `,
})
export class StandingReviewsComponent {
  readonly boardId = input.required<string>();
  protected readonly t = inject(I18nService).t;
  private readonly api = inject(AttendanceApi);
  protected readonly reviews = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.api.standingReviews(params) });
}
