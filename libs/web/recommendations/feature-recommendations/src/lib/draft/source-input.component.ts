import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { PeerInputKind, PeerInputView } from '@cabinet/shared/contracts';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { formatDay } from '@cabinet/web/shared/ui';

const KIND_KEYS: Readonly<Record<PeerInputKind, MessageKey>> = {
  idea: 'peerInput.kind.idea',
  concern: 'peerInput.kind.concern',
  complaint: 'peerInput.kind.complaint',
  question: 'peerInput.kind.question',
};

/**
 * The input a recommendation is drafted from, as its organisers see it in triage: what kind it
 * is, the day it arrived, its words, and who sent it, or that it came anonymously (the API never
 * says who sent anonymous input, so there is nothing else to show).
 */
@Component({
  selector: 'cab-source-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="source" aria-labelledby="source-input-heading" data-testid="source-input">
      <h2 id="source-input-heading">{{ t('recommendations.sourceInput.heading') }}</h2>
      <p>
        <strong data-testid="source-input-kind">{{ t(kinds[source().kind]) }}</strong>
        · <span data-testid="source-input-received">{{ t('recommendations.sourceInput.received', { date: day(source().receivedOn) }) }}</span>
      </p>
      @if (source().author; as name) {
        <p data-testid="source-input-sender">{{ t('recommendations.sourceInput.from', { name }) }}</p>
      } @else {
        <p data-testid="source-input-sender">{{ t('recommendations.sourceInput.anonymous') }}</p>
      }
      <blockquote data-testid="source-input-body">{{ source().body }}</blockquote>
      <p>{{ t('recommendations.sourceInput.prefilled') }}</p>
    </section>
  `,
  styles: `
    .source {
      margin-block: 1rem;
    }
    blockquote {
      margin: 0.5rem 0;
      padding-inline-start: 1rem;
      border-inline-start: 4px solid var(--mat-sys-outline);
      white-space: pre-line;
    }
  `,
})
export class SourceInputComponent {
  readonly source = input.required<PeerInputView>();

  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly kinds = KIND_KEYS;

  protected day(isoDate: string): string {
    return formatDay(isoDate, this.i18n.locale());
  }
}
