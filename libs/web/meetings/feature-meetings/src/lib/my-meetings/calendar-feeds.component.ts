import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import type { CalendarFeedView } from '@cabinet/shared/contracts';
import { CalendarFeedsApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDate } from '@cabinet/web/shared/ui';

/**
 * Private calendar links: make one (shown once, with a copy button), see which exist, turn one
 * off. The page says plainly that the link is a key: whoever has it sees the meetings.
 * Given a board, the links are for that board's meetings only; otherwise for all of mine.
 */
@Component({
  selector: 'cab-calendar-feeds',
  imports: [MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="feeds-heading" data-testid="calendar-feeds">
      <h2 id="feeds-heading">{{ t(boardId() ? 'meetings.feeds.boardHeading' : 'meetings.feeds.heading') }}</h2>
      <p>{{ t(boardId() ? 'meetings.feeds.boardIntro' : 'meetings.feeds.intro') }}</p>
      <p class="cab-notice" data-testid="feeds-warning">{{ t('meetings.feeds.warning') }}</p>
      <cab-form-status [message]="problem()" />
      <p class="cab-visually-hidden" role="status">{{ announcement() }}</p>

      @if (created(); as feed) {
        <div class="created" data-testid="feed-created">
          <p><strong>{{ t('meetings.feeds.created') }}</strong></p>
          <label for="feed-url">{{ t('meetings.feeds.url') }}</label>
          <input id="feed-url" class="url" type="text" readonly [value]="feed.url" (focus)="select($event)" data-testid="feed-url" />
          <div class="cab-actions">
            <button type="button" matButton="filled" (click)="copy(feed.url ?? '')" data-testid="feed-copy">{{ t('meetings.feeds.copy') }}</button>
          </div>
          @if (copyState(); as state) {
            <p aria-hidden="true" data-testid="feed-copy-state">{{ t(state === 'copied' ? 'meetings.feeds.copied' : 'meetings.feeds.copyFailed') }}</p>
          }
          <p>{{ t('meetings.feeds.howTo') }}</p>
        </div>
      } @else {
        <div class="cab-actions">
          <button type="button" matButton="outlined" (click)="create()" [disabled]="busy()" data-testid="feed-create">{{ t('meetings.feeds.create') }}</button>
        </div>
      }

      <h3>{{ t('meetings.feeds.list') }}</h3>
      @if (feeds.error()) {
        <cab-form-status [message]="errorText(feeds.error())" />
      } @else if (feeds.hasValue()) {
        @if (shown().length === 0) {
          <p data-testid="feeds-none">{{ t('meetings.feeds.none') }}</p>
        } @else {
          <ul class="cab-card-list">
            @for (feed of shown(); track feed.id) {
              <li class="cab-card feed" data-testid="feed">
                <span>{{ describe(feed) }}</span>
                <button type="button" matButton="outlined" class="cab-danger-outline" [disabled]="busy()" [attr.aria-label]="t('meetings.feeds.turnOff.label', { date: day(feed.createdAt) })" (click)="revoke(feed)" data-testid="feed-revoke">
                  {{ t('meetings.feeds.turnOff') }}
                </button>
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .created {
      margin-bottom: 1rem;
    }
    .url {
      display: block;
      box-sizing: border-box;
      width: 100%;
      margin: 0.25rem 0 0.5rem;
      padding: 0.5rem;
      font: inherit;
      font-family: monospace;
    }
    .feed {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
    }
  `,
})
export class CalendarFeedsComponent {
  readonly boardId = input<string | null>(null);

  private readonly api = inject(CalendarFeedsApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorText = inject(ApiErrorText).of;

  protected readonly feeds = rxResource({ stream: () => this.api.list() });
  /** On a board's page, only that board's links; on my meetings, all of them. */
  protected readonly shown = computed(() => {
    const boardId = this.boardId();
    return (this.feeds.value() ?? []).filter((feed) => !boardId || feed.boardId === boardId);
  });
  protected readonly created = signal<CalendarFeedView | null>(null);
  protected readonly copyState = signal<'copied' | 'failed' | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly busy = signal(false);

  protected day(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }

  protected describe(feed: CalendarFeedView): string {
    const date = this.day(feed.createdAt);
    return feed.scope === 'board' ? this.t('meetings.feeds.item.board', { board: feed.boardName ?? '', date }) : this.t('meetings.feeds.item.member', { date });
  }

  protected create(): void {
    this.busy.set(true);
    this.problem.set(null);
    const boardId = this.boardId();
    this.api.create(boardId ? { scope: 'board', boardId } : { scope: 'member', boardId: null }).subscribe({
      next: (feed) => {
        this.busy.set(false);
        this.created.set(feed);
        this.announcement.set(this.t('meetings.feeds.created'));
        // The list keeps no address: only this answer has it.
        this.feeds.update((list) => [...(list ?? []), { ...feed, url: undefined }]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(this.errorText(error));
      },
    });
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copyState.set('copied');
      this.announcement.set(this.t('meetings.feeds.copied'));
    } catch {
      this.copyState.set('failed');
      this.announcement.set(this.t('meetings.feeds.copyFailed'));
    }
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected revoke(feed: CalendarFeedView): void {
    this.busy.set(true);
    this.problem.set(null);
    this.api.revoke(feed.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.feeds.update((list) => list?.filter((item) => item.id !== feed.id));
        if (this.created()?.id === feed.id) this.created.set(null);
        this.announcement.set(this.t('meetings.feeds.turnedOff'));
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(this.errorText(error));
      },
    });
  }
}
