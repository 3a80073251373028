import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PublicMinutesApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, formatDate, FormStatusComponent } from '@cabinet/web/shared/ui';
import { markdownHtml } from './minutes-labels';

/** Published minutes for anyone, without signing in: the summary first, then the public version of the text. */
@Component({
  selector: 'cab-public-minutes-page',
  imports: [RouterLink, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './minutes.scss',
  template: `
    <div class="cab-page">
      @if (minutes.error()) {
        <h1>{{ t('meetings.minutes.public.pageTitle') }}</h1>
        <cab-form-status [message]="errorText(minutes.error())" />
      } @else if (minutes.value(); as m) {
        <p><a [routerLink]="['/join', m.boardSlug]" data-testid="public-minutes-back">{{ t('meetings.minutes.public.back', { board: m.boardName }) }}</a></p>
        <h1 data-testid="public-minutes-title">{{ m.meetingTitle }}, {{ date(m.meetingStartsAt) }}</h1>
        <section aria-labelledby="public-summary-heading">
          <h2 id="public-summary-heading">{{ t('meetings.minutes.public.summary') }}</h2>
          <p data-testid="public-minutes-summary">{{ m.summary }}</p>
        </section>
        <section aria-labelledby="public-text-heading">
          <h2 id="public-text-heading">{{ t('meetings.minutes.public.full') }}</h2>
          @if (m.redacted) {
            <p class="cab-notice" data-testid="public-minutes-redacted">{{ t('meetings.minutes.public.redacted') }}</p>
          }
          <article class="markdown" data-testid="public-minutes-text" [innerHTML]="html()"></article>
        </section>
        <p><a [href]="pdfUrl()" download data-testid="public-minutes-pdf">{{ t('meetings.minutes.pdf') }}</a></p>
      }
    </div>
  `,
})
export class PublicMinutesPageComponent {
  readonly slug = input.required<string>();
  readonly meetingId = input.required<string>();

  private readonly api = inject(PublicMinutesApi);
  private readonly i18n = inject(I18nService);
  protected readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;

  protected readonly minutes = rxResource({
    params: () => ({ slug: this.slug(), meetingId: this.meetingId() }),
    stream: ({ params }) => this.api.get(params.slug, params.meetingId),
  });
  protected readonly html = computed(() => markdownHtml(this.minutes.value()?.body ?? '', 3));
  protected readonly pdfUrl = computed(() => this.api.pdfUrl(this.slug(), this.meetingId(), this.i18n.locale()));

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }
}
