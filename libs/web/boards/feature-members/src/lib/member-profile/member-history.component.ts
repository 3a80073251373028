import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDate, formatDateTime } from '@cabinet/web/shared/ui';
import { endReasonLabel, statusLabel } from '../shared/labels';

/** Terms served (with the count in a row and whether another is possible) and every change of status. */
@Component({
  selector: 'cab-member-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './member-history.component.scss',
  template: `
    <section aria-labelledby="member-terms-heading" data-testid="member-terms">
      <h2 id="member-terms-heading">{{ t('boardMembers.terms.heading') }}</h2>
      @if (profile().terms.length === 0) {
        <p>{{ t('boardMembers.terms.none') }}</p>
      } @else {
        <p data-testid="member-consecutive">
          {{ t('boardMembers.terms.consecutive', { count: profile().consecutiveTerms }) }}
          {{ profile().mayRenew ? t('boardMembers.terms.mayRenew') : t('boardMembers.terms.mayNotRenew') }}
        </p>
        <ol class="cab-card-list">
          @for (term of terms(); track term.id) {
            <li class="cab-card" data-testid="member-term">
              <span>{{ t('boardMembers.terms.range', { from: date(term.startsOn), to: date(term.endsOn) }) }}</span>
              @if (term.endedOn) {
                <span class="ended">
                  {{ t('boardMembers.terms.endedOn', { date: date(term.endedOn) }) }}
                  @if (term.endReason) {
                    ({{ t(reasonLabel(term.endReason)) }})
                  }
                </span>
              }
            </li>
          }
        </ol>
      }
    </section>

    <section aria-labelledby="member-history-heading" data-testid="member-history">
      <h2 id="member-history-heading">{{ t('boardMembers.history.heading') }}</h2>
      <ol class="timeline">
        @for (event of history(); track $index) {
          <li data-testid="member-event">
            <time [attr.datetime]="event.at">{{ dateTime(event.at) }}</time>
            <span class="change">
              @if (event.fromStatus) {
                {{ t('boardMembers.history.change', { from: t(status(event.fromStatus)), to: t(status(event.toStatus)) }) }}
              } @else {
                {{ t('boardMembers.history.start', { to: t(status(event.toStatus)) }) }}
              }
            </span>
            @if (event.reason) {
              <span class="reason">{{ event.reason }}</span>
            }
          </li>
        }
      </ol>
    </section>
  `,
})
export class MemberHistoryComponent {
  readonly profile = input.required<BoardMemberProfile>();
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly status = statusLabel;
  protected readonly reasonLabel = endReasonLabel;
  /** Newest first: what people look for is the current term and the latest change. */
  protected readonly terms = computed(() => [...this.profile().terms].sort((a, b) => b.startsOn.localeCompare(a.startsOn)));
  protected readonly history = computed(() => [...this.profile().history].sort((a, b) => b.at.localeCompare(a.at)));

  /** Term days are calendar dates: shown as they are, not shifted into the reader's time zone. */
  protected date(day: string): string {
    return formatDate(`${day}T12:00:00`, this.i18n.locale());
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }
}
