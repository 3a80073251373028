import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import type { MinutesDiff, MinutesView } from '@cabinet/shared/contracts';
import { MinutesApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, formatDateTime, FormStatusComponent } from '@cabinet/web/shared/ui';
import { MINUTES_STATUS_LABEL_KEYS } from './minutes-labels';

/** Every kept version of the minutes, and what changed in one of them: added and removed lines, marked in words and symbols. */
@Component({
  selector: 'cab-minutes-versions',
  imports: [MatButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './minutes.scss',
  template: `
    <section aria-labelledby="minutes-versions-heading" data-testid="minutes-versions">
      <h2 id="minutes-versions-heading">{{ t('meetings.minutes.versions') }}</h2>
      <cab-form-status [message]="problem()" />
      <ul class="cab-card-list">
        @for (v of versions.value() ?? []; track v.version) {
          <li class="cab-card" data-testid="minutes-version">
            {{ t('meetings.minutes.version', { version: v.version, status: t(statusLabels[v.status]), date: when(v.savedAt) }) }}
            @if (v.version > 1) {
              <button mat-button type="button" (click)="compare(v.version)" [attr.aria-label]="t('meetings.minutes.compare') + ' (' + v.version + ')'" data-testid="minutes-compare">{{ t('meetings.minutes.compare') }}</button>
            }
          </li>
        }
      </ul>
      @if (diff(); as d) {
        <h3 data-testid="minutes-diff-heading">{{ t('meetings.minutes.diff', { from: d.from, to: d.to }) }}</h3>
        @if (!changed(d)) {
          <p>{{ t('meetings.minutes.diff.none') }}</p>
        }
        <ul class="diff" data-testid="minutes-diff">
          @for (line of d.lines; track $index) {
            @if (line.kind === 'added') {
              <li><ins data-testid="minutes-diff-added"><span class="cab-visually-hidden">{{ t('meetings.minutes.diff.added') }}: </span><span aria-hidden="true">+ </span>{{ line.text }}</ins></li>
            } @else if (line.kind === 'removed') {
              <li><del data-testid="minutes-diff-removed"><span class="cab-visually-hidden">{{ t('meetings.minutes.diff.removed') }}: </span><span aria-hidden="true">− </span>{{ line.text }}</del></li>
            } @else {
              <li><span aria-hidden="true">&nbsp;&nbsp;</span>{{ line.text }}</li>
            }
          }
        </ul>
      }
    </section>
  `,
})
export class MinutesVersionsComponent {
  readonly minutes = input.required<MinutesView>();

  private readonly api = inject(MinutesApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly statusLabels = MINUTES_STATUS_LABEL_KEYS;
  protected readonly diff = signal<MinutesDiff | null>(null);
  protected readonly problem = signal<string | null>(null);

  /** Reloaded with each new version. */
  protected readonly versions = rxResource({
    params: () => ({ boardId: this.minutes().boardId, meetingId: this.minutes().meetingId, version: this.minutes().version }),
    stream: ({ params }) => this.api.versions(params.boardId, params.meetingId),
  });

  protected when(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected changed(diff: MinutesDiff): boolean {
    return diff.lines.some((line) => line.kind !== 'same');
  }

  protected compare(version: number): void {
    const m = this.minutes();
    this.problem.set(null);
    this.api.diff(m.boardId, m.meetingId, version - 1, version).subscribe({
      next: (diff) => this.diff.set(diff),
      error: (error: unknown) => this.problem.set(this.errorText(error)),
    });
  }
}
