import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PublicMinutesApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { formatDate } from '@cabinet/web/shared/ui';
import { catchError, of } from 'rxjs';

/** On a board's public page: its published minutes, newest meeting first, each with its plain-language summary. */
@Component({
  selector: 'cab-public-minutes-list',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (minutes.value(); as list) {
      <section aria-labelledby="public-minutes-heading" data-testid="public-minutes">
        <h2 id="public-minutes-heading">{{ t('meetings.minutes.public.heading') }}</h2>
        @if (list.length === 0) {
          <p data-testid="public-minutes-none">{{ t('meetings.minutes.public.none') }}</p>
        } @else {
          <ul class="cab-card-list">
            @for (item of list; track item.meetingId) {
              <li class="cab-card" data-testid="public-minutes-item">
                <h3>
                  <a [routerLink]="['/join', slug(), 'minutes', item.meetingId]" data-testid="public-minutes-link">{{ t('meetings.minutes.public.read', { date: date(item.meetingStartsAt) }) }}</a>
                </h3>
                <p>{{ item.summary }}</p>
              </li>
            }
          </ul>
        }
      </section>
    }
  `,
})
export class PublicMinutesListComponent {
  readonly slug = input.required<string>();

  private readonly api = inject(PublicMinutesApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;

  /** A board without public pages has no list: the section is left out rather than shown as an error. */
  protected readonly minutes = rxResource({
    params: () => this.slug(),
    stream: ({ params }) => this.api.list(params).pipe(catchError(() => of(null))),
  });

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }
}
