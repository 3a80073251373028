import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { MeetingSummary } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { dateLocale } from '@cabinet/web/shared/ui';
import { addMonths, type Month, monthGrid, monthOf } from '../shared/month-grid';
import { dayInZone, viewerTimeZone } from '../shared/zoned-time';

// 1 January 2024 was a Monday: the week's day names start from it.
const A_MONDAY = Date.UTC(2024, 0, 1);

/**
 * Meetings on a month calendar, on the reader's own clock. On a wide screen it is a table of weeks;
 * on a phone it becomes a list of the days that have meetings, each with its full date.
 */
@Component({
  selector: 'cab-meetings-calendar',
  imports: [RouterLink, MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="head">
      <button matButton type="button" (click)="move(-1)" data-testid="calendar-previous">{{ t('meetings.calendar.previous') }}</button>
      <h2 [id]="captionId" aria-live="polite" data-testid="calendar-month">{{ caption() }}</h2>
      <button matButton type="button" (click)="move(1)" data-testid="calendar-next">{{ t('meetings.calendar.next') }}</button>
    </div>
    @if (!hasMeetings()) {
      <p data-testid="calendar-empty">{{ t('meetings.calendar.empty') }}</p>
    }
    <table [attr.aria-labelledby]="captionId" [class.empty]="!hasMeetings()">
      <thead>
        <tr>
          @for (name of weekdays(); track name.long) {
            <th scope="col"><abbr [title]="name.long">{{ name.short }}</abbr></th>
          }
        </tr>
      </thead>
      <tbody>
        @for (week of weeks(); track week[0]?.date) {
          <tr>
            @for (day of week; track day.date) {
              <td [class.outside]="!day.inMonth" [class.today]="day.isToday" [class.busy]="day.items.length > 0" [attr.aria-current]="day.isToday ? 'date' : null" [attr.data-date]="day.date">
                <span class="number">{{ day.day }}</span>
                <span class="full">{{ fullDate(day.date) }}</span>
                @if (day.items.length) {
                  <ul>
                    @for (meeting of day.items; track meeting.id) {
                      <li [class.cancelled]="meeting.status === 'cancelled'">
                        <a [routerLink]="['/boards', meeting.boardId, 'meetings', meeting.id]" data-testid="calendar-meeting">
                          {{ time(meeting.startsAt) }} {{ meeting.title }}
                        </a>
                        @if (meeting.status === 'cancelled') {
                          <span> ({{ t('meetings.labels.status.cancelled') }})</span>
                        }
                      </li>
                    }
                  </ul>
                }
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    h2 {
      margin: 0;
      font-size: 1.125rem;
      text-align: center;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    th,
    td {
      border: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
      padding: 0.25rem;
    }
    td {
      height: 5rem;
    }
    abbr {
      text-decoration: none;
    }
    .outside .number {
      color: var(--mat-sys-on-surface-variant);
    }
    .today .number {
      font-weight: 700;
      text-decoration: underline;
    }
    .full {
      display: none;
    }
    ul {
      margin: 0.25rem 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
    }
    li.cancelled a {
      text-decoration: line-through;
    }
    @media (max-width: 40rem) {
      table,
      tbody,
      tr,
      td {
        display: block;
        border: none;
        height: auto;
      }
      thead,
      td:not(.busy),
      td.outside,
      .number,
      table.empty {
        display: none;
      }
      .full {
        display: block;
        font-weight: 700;
      }
      td {
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
      }
    }
  `,
})
export class MeetingsCalendarComponent {
  readonly meetings = input.required<readonly MeetingSummary[]>();
  /** The reader's zone; the device's own unless given. */
  readonly zone = input<string>(viewerTimeZone());

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly captionId = `calendar-caption-${Math.random().toString(36).slice(2, 8)}`;

  private readonly shown = signal<Month | null>(null);
  /** Opens on this month; the reader moves from there. */
  protected readonly month = computed(() => this.shown() ?? monthOf(new Date().toISOString(), this.zone()));
  private readonly locale = computed(() => dateLocale(this.i18n.locale()));

  protected readonly weeks = computed(() => monthGrid(this.month(), this.meetings(), this.zone(), dayInZone(new Date().toISOString(), this.zone())));
  protected readonly hasMeetings = computed(() => this.weeks().some((week) => week.some((day) => day.inMonth && day.items.length > 0)));
  protected readonly caption = computed(() => {
    const { year, month } = this.month();
    return new Intl.DateTimeFormat(this.locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  });
  protected readonly weekdays = computed(() =>
    Array.from({ length: 7 }, (_, i) => {
      const day = A_MONDAY + i * 86_400_000;
      const name = (weekday: 'short' | 'long') => new Intl.DateTimeFormat(this.locale(), { weekday, timeZone: 'UTC' }).format(day);
      return { short: name('short'), long: name('long') };
    }),
  );

  protected move(count: number): void {
    this.shown.set(addMonths(this.month(), count));
  }

  protected time(iso: string): string {
    return new Intl.DateTimeFormat(this.locale(), { hour: '2-digit', minute: '2-digit', timeZone: this.zone() }).format(new Date(iso));
  }

  protected fullDate(date: string): string {
    return new Intl.DateTimeFormat(this.locale(), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  }
}
