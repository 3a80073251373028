import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingSummary } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FORMAT_LABEL_KEYS, RESPONSE_LABEL_KEYS, STATUS_LABEL_KEYS } from '../shared/labels';
import { MeetingWhenComponent } from './meeting-when.component';

/**
 * One meeting in a list: its name (a link to the meeting), when, how, and the reader's answer. A
 * cancelled meeting is struck through and says so in words, with the reason.
 */
@Component({
  selector: 'cab-meeting-item',
  imports: [RouterLink, MeetingWhenComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = meeting();
    <h3 class="title" [class.cancelled]="m.status === 'cancelled'">
      <a [routerLink]="['/boards', m.boardId, 'meetings', m.id]" data-testid="meeting-link">{{ m.title }}</a>
    </h3>
    @if (showBoard()) {
      <p class="board" data-testid="meeting-board">{{ m.boardName }}</p>
    }
    <p [class.cancelled]="m.status === 'cancelled'"><cab-meeting-when [meeting]="m" [short]="true" /></p>
    <p class="facts">
      @if (m.status !== 'scheduled') {
        <span class="cab-badge" data-testid="meeting-status">{{ t(statusLabels[m.status]) }}</span>
      }
      <span>{{ t(formatLabels[m.format]) }}</span>
      @if (m.seriesId) {
        <span>· {{ t('meetings.item.series') }}</span>
      }
    </p>
    @if (m.status === 'cancelled' && m.cancelReason) {
      <p data-testid="meeting-cancel-reason">{{ t('meetings.item.cancelReason', { reason: m.cancelReason }) }}</p>
    }
    @if (showResponse() && m.status === 'scheduled') {
      <p class="hint" data-testid="meeting-my-response">{{ t('meetings.item.myResponse', { response: t(responseLabels[m.myResponse ?? 'none']) }) }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .title {
      margin: 0 0 0.25rem;
      font-size: 1.0625rem;
    }
    p {
      margin: 0 0 0.25rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      align-items: center;
    }
    .board,
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .cancelled {
      text-decoration: line-through;
    }
  `,
})
export class MeetingItemComponent {
  readonly meeting = input.required<MeetingSummary>();
  readonly showBoard = input(false);
  readonly showResponse = input(true);

  protected readonly t = inject(I18nService).t;
  protected readonly formatLabels = FORMAT_LABEL_KEYS;
  protected readonly statusLabels = STATUS_LABEL_KEYS;
  protected readonly responseLabels = RESPONSE_LABEL_KEYS;
}
