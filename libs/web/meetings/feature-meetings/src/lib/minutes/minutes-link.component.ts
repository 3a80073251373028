import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingDetail } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';

/** On the meeting page, once the meeting has begun: the way to its minutes. */
@Component({
  selector: 'cab-minutes-link',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown()) {
      <section aria-labelledby="minutes-link-heading">
        <h2 id="minutes-link-heading">{{ t('meetings.minutes.heading') }}</h2>
        <p>
          <a [routerLink]="['/boards', meeting().boardId, 'meetings', meeting().id, 'minutes']" data-testid="meeting-minutes-link">{{ t('meetings.minutes.link') }}</a>
        </p>
      </section>
    }
  `,
})
export class MinutesLinkComponent {
  readonly meeting = input.required<MeetingDetail>();
  protected readonly t = inject(I18nService).t;
  protected readonly shown = computed(() => {
    const m = this.meeting();
    return m.status === 'held' || (m.status === 'scheduled' && new Date(m.startsAt).getTime() <= Date.now());
  });
}
