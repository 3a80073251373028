import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MINUTES_BODY_MAX, MINUTES_SUMMARY_MAX, minutesSections, type MinutesView } from '@cabinet/shared/contracts';
import { MinutesApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';
import { markdownHtml } from './minutes-labels';

/**
 * The organisers' editor for draft or circulated minutes: the Markdown text with a Write/Preview
 * switch, the plain-language summary, and which sections stay out of the public version.
 */
@Component({
  selector: 'cab-minutes-editor',
  imports: [FormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatInput, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './minutes-editor.component.html',
  styleUrl: './minutes.scss',
})
export class MinutesEditorComponent {
  readonly minutes = input.required<MinutesView>();
  readonly saved = output<MinutesView>();

  private readonly api = inject(MinutesApi);
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly bodyMax = MINUTES_BODY_MAX;
  protected readonly summaryMax = MINUTES_SUMMARY_MAX;

  protected readonly mode = signal<'write' | 'preview'>('write');
  protected readonly body = linkedSignal(() => this.minutes().body);
  protected readonly summary = linkedSignal(() => this.minutes().summary ?? '');
  protected readonly privateSections = linkedSignal(() => new Set(this.minutes().privateSections));
  protected readonly sections = computed(() => minutesSections(this.body()));
  protected readonly preview = computed(() => (this.mode() === 'preview' ? markdownHtml(this.body()) : ''));
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly done = signal<string>('');

  protected setPrivate(slug: string, checked: boolean): void {
    const next = new Set(this.privateSections());
    if (checked) next.add(slug);
    else next.delete(slug);
    this.privateSections.set(next);
  }

  protected save(): void {
    const m = this.minutes();
    // Only sections still in the text: a heading that was removed has nothing left to hide.
    const privateSections = this.sections().map((s) => s.slug).filter((slug) => this.privateSections().has(slug));
    this.busy.set(true);
    this.problem.set(null);
    this.done.set('');
    this.api.save(m.boardId, m.meetingId, { body: this.body(), summary: this.summary(), privateSections, version: m.version }).subscribe({
      next: (view) => {
        this.busy.set(false);
        this.done.set(this.t('meetings.minutes.saved', { version: view.version }));
        this.saved.emit(view);
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
