import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { LiaisonInboxItem } from '@cabinet/shared/contracts';
import { AgencyResponsesApi } from '@cabinet/web/recommendations/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { DueLineComponent } from '../shared/due-line.component';
import { STATUS_LABEL_KEYS } from '../shared/labels';

/** Awaiting an answer first (overdue, then soonest due), then the rest by latest change. */
export function inboxOrder(items: readonly LiaisonInboxItem[]): { awaiting: LiaisonInboxItem[]; others: LiaisonInboxItem[] } {
  const due = (item: LiaisonInboxItem) => item.dueInDays ?? Number.MAX_SAFE_INTEGER;
  return {
    awaiting: items.filter((item) => item.awaitingResponse).sort((a, b) => due(a) - due(b)),
    others: items.filter((item) => !item.awaitingResponse).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  };
}

/** One recommendation in the inbox: its title as a link, its board, where it stands, and when the answer is due. */
@Component({
  selector: 'cab-inbox-card',
  imports: [RouterLink, DueLineComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 class="title">
      <a [routerLink]="['/boards', item().boardId, 'recommendations', item().id]" data-testid="inbox-link">{{ item().title }}</a>
    </h3>
    <p data-testid="inbox-board">{{ t('recommendations.inbox.board', { board: item().boardName }) }}</p>
    <p data-testid="inbox-status">{{ t(statusLabels[item().status]) }}</p>
    <cab-due-line [recommendation]="item()" />
  `,
  styles: `
    .title {
      margin: 0 0 0.25rem;
      font-size: 1rem;
      overflow-wrap: anywhere;
    }
    p {
      margin: 0.25rem 0;
    }
  `,
})
export class InboxCardComponent {
  readonly item = input.required<LiaisonInboxItem>();
  protected readonly t = inject(I18nService).t;
  protected readonly statusLabels = STATUS_LABEL_KEYS;
}

/** The recommendations a liaison answers for, across boards: what waits for an answer first, with due days in words. */
@Component({
  selector: 'cab-inbox-page',
  imports: [FormStatusComponent, InboxCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <h1>{{ t('recommendations.inbox.heading') }}</h1>
      <p>{{ t('recommendations.inbox.intro') }}</p>
      @if (inbox.error()) {
        <cab-form-status [message]="loadError(inbox.error())" />
      } @else if (inbox.hasValue()) {
        <section aria-labelledby="inbox-awaiting-heading">
          <h2 id="inbox-awaiting-heading">{{ t('recommendations.inbox.awaiting') }}</h2>
          @if (order().awaiting.length === 0) {
            <p data-testid="inbox-none-awaiting">{{ t('recommendations.inbox.noneAwaiting') }}</p>
          } @else {
            <ul class="cab-card-list" data-testid="inbox-awaiting">
              @for (item of order().awaiting; track item.id) {
                <li class="cab-card" data-testid="inbox-item">
                  <cab-inbox-card [item]="item" />
                </li>
              }
            </ul>
          }
        </section>
        <section aria-labelledby="inbox-others-heading">
          <h2 id="inbox-others-heading">{{ t('recommendations.inbox.others') }}</h2>
          @if (order().others.length === 0) {
            <p data-testid="inbox-none-others">{{ t('recommendations.inbox.noneOthers') }}</p>
          } @else {
            <ul class="cab-card-list" data-testid="inbox-others">
              @for (item of order().others; track item.id) {
                <li class="cab-card" data-testid="inbox-item">
                  <cab-inbox-card [item]="item" />
                </li>
              }
            </ul>
          }
        </section>
      }
    </div>
  `,
})
export class InboxPageComponent {
  private readonly api = inject(AgencyResponsesApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly inbox = rxResource({ stream: () => this.api.inbox() });
  protected readonly order = computed(() => inboxOrder(this.inbox.value() ?? []));

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
