import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';

interface Audience {
  readonly id: string;
  readonly heading: MessageKey;
  readonly body: MessageKey;
}

/** The public front page: what Cabinet is, for each of the three kinds of people who use it. */
@Component({
  selector: 'cab-landing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './landing-page.component.html',
  styleUrl: './landing-page.component.scss',
})
export class LandingPageComponent {
  protected readonly t = inject(I18nService).t;

  protected readonly audiences: readonly Audience[] = [
    { id: 'peers', heading: 'landing.peers.heading', body: 'landing.peers.body' },
    { id: 'managers', heading: 'landing.managers.heading', body: 'landing.managers.body' },
    { id: 'funders', heading: 'landing.funders.heading', body: 'landing.funders.body' },
  ];
}
