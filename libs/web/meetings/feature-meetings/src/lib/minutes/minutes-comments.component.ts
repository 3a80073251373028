import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatInput, MatLabel } from '@angular/material/input';
import { MINUTES_COMMENT_MAX, MINUTES_GENERAL_SECTION, type MinutesCommentView, type MinutesView } from '@cabinet/shared/contracts';
import { MinutesApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, formatDateTime, FormStatusComponent } from '@cabinet/web/shared/ui';

interface CommentGroup {
  slug: string;
  title: string;
  comments: MinutesCommentView[];
}

/** Members' comments on circulated minutes, grouped by section, with a comment form per section while comments are open. */
@Component({
  selector: 'cab-minutes-comments',
  imports: [FormsModule, MatButton, MatFormField, MatLabel, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './minutes.scss',
  template: `
    <section aria-labelledby="minutes-comments-heading" data-testid="minutes-comments">
      <h2 id="minutes-comments-heading">{{ t('meetings.minutes.comments') }}</h2>
      <p class="cab-visually-hidden" role="status">{{ done() }}</p>
      @if (!minutes().canComment && minutes().comments.length === 0) {
        <p>{{ t('meetings.minutes.comments.none') }}</p>
      }
      @for (group of groups(); track group.slug) {
        @if (group.comments.length > 0 || minutes().canComment) {
          <div class="comment-group" [attr.data-testid]="'minutes-comment-group-' + group.slug">
            <h3>{{ group.title }}</h3>
            <ul class="cab-card-list">
              @for (comment of group.comments; track comment.id) {
                <li class="cab-card" data-testid="minutes-comment">
                  <strong>{{ comment.mine ? t('meetings.minutes.comment.you') : comment.author }}</strong>, {{ when(comment.createdAt) }}
                  <p>{{ comment.body }}</p>
                </li>
              }
            </ul>
            @if (minutes().canComment) {
              @if (open() === group.slug) {
                <form class="cab-form" (ngSubmit)="send(group.slug)" novalidate [attr.aria-label]="t('meetings.minutes.comment.on', { section: group.title })">
                  <cab-form-status [message]="problem()" />
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ t('meetings.minutes.comment') }}</mat-label>
                    <textarea matInput rows="3" [attr.maxlength]="max" [value]="draft()" (input)="draft.set(text($event))" data-testid="minutes-comment-body"></textarea>
                  </mat-form-field>
                  <p><button mat-flat-button type="submit" [disabled]="busy()" data-testid="minutes-comment-send">{{ t('meetings.minutes.comment.send') }}</button></p>
                </form>
              } @else {
                <button mat-stroked-button type="button" (click)="start(group.slug)" [attr.data-testid]="'minutes-comment-on-' + group.slug">{{ t('meetings.minutes.comment.on', { section: group.title }) }}</button>
              }
            }
          </div>
        }
      }
    </section>
  `,
})
export class MinutesCommentsComponent {
  readonly minutes = input.required<MinutesView>();
  readonly changed = output<MinutesView>();

  private readonly api = inject(MinutesApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = this.i18n.t;
  protected readonly max = MINUTES_COMMENT_MAX;
  protected readonly open = signal<string | null>(null);
  protected readonly draft = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly done = signal('');

  /** The minutes as a whole first, then each section in the order of the text. */
  protected readonly groups = computed<CommentGroup[]>(() => {
    const m = this.minutes();
    const of = (slug: string) => m.comments.filter((c) => c.section === slug);
    const known = new Set(m.sections.map((s) => s.slug));
    return [
      { slug: MINUTES_GENERAL_SECTION, title: this.t('meetings.minutes.comments.general'), comments: [...of(MINUTES_GENERAL_SECTION), ...m.comments.filter((c) => c.section !== MINUTES_GENERAL_SECTION && !known.has(c.section))] },
      ...m.sections.map((s) => ({ slug: s.slug, title: s.title, comments: of(s.slug) })),
    ];
  });

  protected when(iso: string): string {
    return formatDateTime(iso, this.i18n.locale());
  }

  protected start(slug: string): void {
    this.open.set(slug);
    this.draft.set('');
    this.problem.set(null);
  }

  protected send(section: string): void {
    const m = this.minutes();
    this.busy.set(true);
    this.problem.set(null);
    this.api.comment(m.boardId, m.meetingId, { section, body: this.draft() }).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.open.set(null);
        this.done.set(this.t('meetings.minutes.comment.sent'));
        this.changed.emit(view);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(this.errorText(error));
      },
    });
  }

  protected text(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }
}
