import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, output } from '@angular/core';
import { rxResource, takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { BoardDetail, DraftRecommendationInput, EditRecommendationInput, RecommendationDetail, RecommendationSource } from '@cabinet/shared/contracts';
import { SessionStore } from '@cabinet/web/identity/data-access';
import { AgendaApi, MeetingsApi } from '@cabinet/web/meetings/data-access';
import { RecommendationsApi } from '@cabinet/web/recommendations/data-access';
import { I18nService, type MessageKey } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, formSubmit, formatDate } from '@cabinet/web/shared/ui';
import type { Observable } from 'rxjs';
import { addressees } from '../shared/addressees';
import { createRecommendationForm, draftInput, editInput } from './recommendation-form';

const SOURCE_LABEL_KEYS: Readonly<Record<RecommendationSource, MessageKey>> = {
  direct: 'recommendations.form.source.direct',
  agenda_item: 'recommendations.form.source.agenda_item',
  input: 'recommendations.form.source.input',
};

/**
 * A recommendation's words, where it came from, and who answers it: for a new one, or a draft
 * being changed (its source then stays as it was). The organisation and its people may be left
 * for later, but the recommendation cannot be sent without them.
 */
@Component({
  selector: 'cab-recommendation-form',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, MatRadioGroup, MatRadioButton, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recommendation-form.component.html',
  styles: `
    .choices {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
  `,
})
export class RecommendationFormComponent {
  readonly board = input.required<BoardDetail>();
  /** The draft being changed; null for a new recommendation. */
  readonly recommendation = input<RecommendationDetail | null>(null);
  /** Input to the board this recommendation is drafted from (opened from the input's triage). */
  readonly fromInputId = input<string | null>(null);
  /** That input's words, to start the text with. */
  readonly bodyFromInput = input<string | null>(null);
  readonly save = input.required<(input: DraftRecommendationInput | EditRecommendationInput) => Observable<RecommendationDetail>>();
  readonly submitLabel = input.required<MessageKey>();
  readonly saved = output<RecommendationDetail>();
  readonly cancelled = output<void>();

  private readonly api = inject(RecommendationsApi);
  private readonly meetingsApi = inject(MeetingsApi);
  private readonly agendaApi = inject(AgendaApi);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly sourceLabels = SOURCE_LABEL_KEYS;
  protected readonly form = createRecommendationForm();
  protected readonly submission = formSubmit(this.form);

  protected readonly editing = computed(() => this.recommendation() !== null);
  protected readonly sources = computed<RecommendationSource[]>(() => (this.fromInputId() ? ['input', 'direct', 'agenda_item'] : ['direct', 'agenda_item']));
  protected readonly organizations = computed(() => addressees(this.board(), this.session.activeOrganization()?.id ?? null));

  private readonly source = toSignal(this.form.controls.source.valueChanges, { initialValue: this.form.controls.source.value });
  private readonly meetingId = toSignal(this.form.controls.meetingId.valueChanges, { initialValue: '' });
  protected readonly organizationId = toSignal(this.form.controls.addressedOrganizationId.valueChanges, { initialValue: '' });
  protected readonly fromAgenda = computed(() => this.source() === 'agenda_item');

  /** Meetings that have an agenda to pick from: not cancelled. Asked for only when the source is an agenda item. */
  protected readonly meetings = rxResource({
    params: () => (this.fromAgenda() ? this.board().id : undefined),
    stream: ({ params }) => this.meetingsApi.list(params),
  });
  protected readonly meetingOptions = computed(() => (this.meetings.value() ?? []).filter((meeting) => meeting.status !== 'cancelled'));
  protected readonly agenda = rxResource({
    params: () => (this.fromAgenda() && this.meetingId() ? { boardId: this.board().id, meetingId: this.meetingId() } : undefined),
    stream: ({ params }) => this.agendaApi.get(params.boardId, params.meetingId),
  });
  protected readonly liaisons = rxResource({
    params: () => (this.organizationId() ? { boardId: this.board().id, organizationId: this.organizationId() } : undefined),
    stream: ({ params }) => this.api.liaisons(params.boardId, params.organizationId),
  });

  constructor() {
    const { source, meetingId, sourceAgendaItemId, addressedOrganizationId, liaisonUserIds } = this.form.controls;
    const destroyRef = inject(DestroyRef);
    source.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => {
      meetingId.updateValueAndValidity();
      sourceAgendaItemId.updateValueAndValidity();
    });
    meetingId.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => sourceAgendaItemId.setValue(''));
    // People answer for one organisation: a different organisation starts the choice again.
    addressedOrganizationId.valueChanges.pipe(takeUntilDestroyed(destroyRef)).subscribe(() => liaisonUserIds.setValue([]));

    effect(() => {
      const inputId = this.fromInputId();
      if (inputId && !this.recommendation()) this.form.patchValue({ source: 'input', sourceInputId: inputId });
    });
    effect(() => {
      const words = this.bodyFromInput();
      // The person's own words are the starting point; whatever the organiser already wrote stays.
      if (words && !this.recommendation() && !this.form.controls.body.value) this.form.controls.body.setValue(words);
    });
    effect(() => {
      const draft = this.recommendation();
      if (!draft) return;
      this.form.patchValue({ title: draft.title, body: draft.body, addressedOrganizationId: draft.addressedOrganizationId ?? '' });
      liaisonUserIds.setValue(draft.liaisonUserIds);
    });
  }

  protected meetingLabel(meeting: { title: string; startsAt: string }): string {
    return `${meeting.title} (${formatDate(meeting.startsAt, this.i18n.locale())})`;
  }

  protected isLiaison(userId: string): boolean {
    return this.form.controls.liaisonUserIds.value.includes(userId);
  }

  protected toggleLiaison(userId: string, checked: boolean): void {
    const control = this.form.controls.liaisonUserIds;
    const others = control.value.filter((id) => id !== userId);
    control.setValue(checked ? [...others, userId] : others);
    control.markAsTouched();
  }

  protected submit(): void {
    this.submission.send(
      () => this.save()(this.editing() ? editInput(this.form) : draftInput(this.form)),
      (recommendation) => this.saved.emit(recommendation),
    );
  }
}
