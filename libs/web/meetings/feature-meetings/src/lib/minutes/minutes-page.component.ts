import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { MinutesView } from '@cabinet/shared/contracts';
import { isApiError } from '@cabinet/web/identity/data-access';
import { MeetingsApi, MinutesApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, formatDate, formatDay, FormStatusComponent } from '@cabinet/web/shared/ui';
import { catchError, of, throwError } from 'rxjs';
import { MinutesCommentsComponent } from './minutes-comments.component';
import { MinutesEditorComponent } from './minutes-editor.component';
import { markdownHtml, MINUTES_STATUS_LABEL_KEYS } from './minutes-labels';
import { MinutesVersionsComponent } from './minutes-versions.component';
import { MinutesWorkflowComponent } from './minutes-workflow.component';

/**
 * A meeting's minutes: organisers write and steer them (draft → circulated → approved → published),
 * members read them and comment per section while they are circulated.
 */
@Component({
  selector: 'cab-minutes-page',
  imports: [RouterLink, MatButton, FormStatusComponent, MinutesEditorComponent, MinutesCommentsComponent, MinutesVersionsComponent, MinutesWorkflowComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './minutes-page.component.html',
  styleUrl: './minutes.scss',
})
export class MinutesPageComponent {
  readonly boardId = input.required<string>();
  readonly meetingId = input.required<string>();

  private readonly meetingsApi = inject(MeetingsApi);
  private readonly api = inject(MinutesApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly statusLabels = MINUTES_STATUS_LABEL_KEYS;

  protected readonly meeting = rxResource({
    params: () => ({ boardId: this.boardId(), meetingId: this.meetingId() }),
    stream: ({ params }) => this.meetingsApi.get(params.boardId, params.meetingId),
  });

  /** The meeting once loaded; null while loading or if it failed (the minutes' own error is what the page shows). */
  protected readonly meetingInfo = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));

  /** Null while there are no minutes (or none the viewer may read yet): the same 404 either way. */
  protected readonly minutes = rxResource({
    params: () => ({ boardId: this.boardId(), meetingId: this.meetingId() }),
    stream: ({ params }) =>
      this.api.get(params.boardId, params.meetingId).pipe(catchError((error: unknown) => (isApiError(error) && error.status === 404 ? of(null) : throwError(() => error)))),
  });

  protected readonly html = computed(() => {
    const m = this.minutes.value();
    return m && !m.canEdit ? markdownHtml(m.body) : '';
  });
  protected readonly pdfUrl = computed(() => this.api.pdfUrl(this.boardId(), this.meetingId(), this.i18n.locale()));
  protected readonly starting = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected start(): void {
    this.starting.set(true);
    this.problem.set(null);
    this.api.start(this.boardId(), this.meetingId()).subscribe({
      next: (view) => {
        this.starting.set(false);
        this.minutes.set(view);
      },
      error: (error: unknown) => {
        this.starting.set(false);
        this.problem.set(this.errorText(error));
      },
    });
  }

  protected update(view: MinutesView): void {
    this.minutes.set(view);
  }

  protected date(iso: string): string {
    return formatDate(iso, this.i18n.locale());
  }

  protected isFuture(iso: string): boolean {
    return new Date(iso).getTime() > Date.now();
  }

  protected day(isoDate: string): string {
    return formatDay(isoDate, this.i18n.locale());
  }

  protected loadError(error: unknown): string {
    return this.errorText(error);
  }
}
