import { type CdkDragDrop, CdkDrag, CdkDragHandle, CdkDropList, moveItemInArray } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { AgendaItemInput, AgendaItemView, AgendaSlot, AgendaView, MeetingDetail } from '@cabinet/shared/contracts';
import { AgendaApi } from '@cabinet/web/meetings/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, dateLocale, FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import type { Observable } from 'rxjs';
import { zoneCity } from '../shared/zoned-time';
import { AgendaItemFormComponent } from './agenda-item-form.component';
import { ITEM_STATUS_LABEL_KEYS, KIND_LABEL_KEYS } from './agenda-labels';

/**
 * The meeting's agenda on its page: the running order with start times and total, the PDF, and
 * the reader's own proposals. Organisers also add, edit, accept or decline, publish, and reorder
 * (by dragging, or with the Move up / Move down buttons, announced to screen readers).
 */
@Component({
  selector: 'cab-agenda-section',
  imports: [
    ReactiveFormsModule,
    CdkDropList,
    CdkDrag,
    CdkDragHandle,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    FormStatusComponent,
    AgendaItemFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './agenda-section.component.html',
  styleUrl: './agenda-section.component.scss',
})
export class AgendaSectionComponent {
  readonly meeting = input.required<MeetingDetail>();
  /** After any change to the agenda, for the sections that depend on it (motions are opened on its decision items). */
  readonly changed = output<AgendaView>();

  private readonly api = inject(AgendaApi);
  private readonly i18n = inject(I18nService);
  private readonly errorText = inject(ApiErrorText).of;
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly t = this.i18n.t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly kindLabels = KIND_LABEL_KEYS;
  protected readonly statusLabels = ITEM_STATUS_LABEL_KEYS;

  /** Reloaded when the meeting moves or is cancelled: times and what may change follow it. */
  protected readonly agenda = rxResource({
    params: () => {
      const m = this.meeting();
      return { boardId: m.boardId, meetingId: m.id, startsAt: m.startsAt, endsAt: m.endsAt, status: m.status };
    },
    stream: ({ params }) => this.api.get(params.boardId, params.meetingId),
  });

  /** Said politely to screen readers after a change (a move, a decision, publishing). */
  protected readonly announcement = signal('');
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly declining = signal<string | null>(null);
  protected readonly canReorder = computed(() => {
    const view = this.agenda.value();
    return !!view && view.canOrganize && view.open && view.items.length > 1;
  });
  protected readonly pdfUrl = computed(() => this.api.pdfUrl(this.meeting().boardId, this.meeting().id, this.i18n.locale()));
  protected readonly zone = computed(() => zoneCity(this.meeting().timeZone));

  protected readonly declineForm = new FormGroup({ reason: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }) });
  protected readonly declineSubmission = formSubmit(this.declineForm);

  private readonly timeFormat = computed(() => new Intl.DateTimeFormat(dateLocale(this.i18n.locale()), { timeZone: this.meeting().timeZone, hour: '2-digit', minute: '2-digit' }));
  private readonly dateFormat = computed(() => new Intl.DateTimeFormat(dateLocale(this.i18n.locale()), { timeZone: this.meeting().timeZone, dateStyle: 'long', timeStyle: 'short' }));

  protected readonly propose = (input: AgendaItemInput): Observable<AgendaView> => this.api.propose(this.meeting().boardId, this.meeting().id, input);
  protected readonly add = (input: AgendaItemInput): Observable<AgendaView> => this.api.add(this.meeting().boardId, this.meeting().id, input);
  protected readonly changeOf = (itemId: string) => (input: AgendaItemInput): Observable<AgendaView> => this.api.change(this.meeting().boardId, this.meeting().id, itemId, input);

  protected time(iso: string): string {
    return this.timeFormat().format(new Date(iso));
  }

  protected date(iso: string): string {
    return this.dateFormat().format(new Date(iso));
  }

  protected duration(minutes: number): string {
    return minutes < 60
      ? this.t('meetings.agenda.minutes', { minutes })
      : this.t('meetings.agenda.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  }

  protected saved(view: AgendaView, message: 'meetings.agenda.propose.done' | 'meetings.agenda.add.done' | 'meetings.agenda.edit.done'): void {
    this.editing.set(null);
    this.agenda.set(view);
    this.announcement.set(this.t(message));
    this.changed.emit(view);
  }

  /** Keyboard reordering: one place up (-1) or down (+1). */
  protected move(index: number, delta: -1 | 1): void {
    const items = this.agenda.value()?.items ?? [];
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    const order = items.map((item) => item.id);
    moveItemInArray(order, index, target);
    this.reorder(order, items[index]!.id, delta < 0 ? 'up' : 'down');
  }

  protected drop(event: CdkDragDrop<AgendaSlot[]>): void {
    if (event.previousIndex === event.currentIndex) return;
    const items = this.agenda.value()?.items ?? [];
    const order = items.map((item) => item.id);
    moveItemInArray(order, event.previousIndex, event.currentIndex);
    this.reorder(order, items[event.previousIndex]!.id, null);
  }

  protected accept(item: AgendaItemView): void {
    this.run(
      this.api.decide(this.meeting().boardId, this.meeting().id, item.id, { outcome: 'accepted', reason: null }),
      () => this.t('meetings.agenda.accept.done', { title: item.title }),
      () => this.focusAfterDecision(item.id),
    );
  }

  protected startDecline(item: AgendaItemView): void {
    this.declineForm.reset();
    this.declining.set(item.id);
    afterNextRender(() => this.host.querySelector<HTMLElement>('[data-testid="agenda-decline-reason"]')?.focus(), { injector: this.injector });
  }

  protected decline(item: AgendaItemView): void {
    const reason = this.declineForm.getRawValue().reason.trim();
    this.declineSubmission.send(
      () => this.api.decide(this.meeting().boardId, this.meeting().id, item.id, { outcome: 'declined', reason }),
      (view) => {
        this.declining.set(null);
        this.agenda.set(view);
        this.announcement.set(this.t('meetings.agenda.decline.done'));
        this.changed.emit(view);
        this.focusAfterDecision(item.id);
      },
    );
  }

  protected publish(): void {
    this.run(this.api.publish(this.meeting().boardId, this.meeting().id), () => this.t('meetings.agenda.publish.done'));
  }

  /** Shows the new order at once (so a dropped item stays where it was dropped), then the server's times. */
  private reorder(order: string[], movedId: string, direction: 'up' | 'down' | null): void {
    const view = this.agenda.value();
    if (!view || this.busy()) return;
    const byId = new Map(view.items.map((item) => [item.id, item]));
    this.agenda.set({ ...view, items: order.map((id) => byId.get(id)!) });
    const moved = byId.get(movedId)!;
    this.run(
      this.api.order(view.boardId, view.meetingId, { order }),
      () => this.t('meetings.agenda.moved', { title: moved.title, position: order.indexOf(movedId) + 1, count: order.length }),
      () => direction && this.focusMoveButton(movedId, direction),
    );
  }

  private run(request: Observable<AgendaView>, announce: () => string, after?: () => void): void {
    this.busy.set(true);
    this.problem.set(null);
    this.announcement.set('');
    request.subscribe({
      next: (view) => {
        this.busy.set(false);
        this.agenda.set(view);
        this.announcement.set(announce());
        this.changed.emit(view);
        after?.();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(this.errorText(error));
        this.agenda.reload();
      },
    });
  }

  /**
   * The buttons pressed go away with the decision: the keyboard stays on the proposal (declined
   * ones stay listed with their reason), or moves to the next one waiting, or to the list's heading.
   */
  private focusAfterDecision(itemId: string): void {
    afterNextRender(
      () => {
        const target =
          this.host.querySelector<HTMLElement>(`[data-proposal-id="${itemId}"] .title`) ??
          this.host.querySelector<HTMLElement>('[data-testid="agenda-accept"]') ??
          this.host.querySelector<HTMLElement>('#agenda-proposals-heading');
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  /** Keeps the keyboard where it was: on the moved item's button, or its other one at the top or bottom. */
  private focusMoveButton(itemId: string, direction: 'up' | 'down'): void {
    afterNextRender(
      () => {
        const item = this.host.querySelector(`[data-item-id="${itemId}"]`);
        const same = item?.querySelector<HTMLButtonElement>(`[data-testid="agenda-move-${direction}"]`);
        const other = item?.querySelector<HTMLButtonElement>(`[data-testid="agenda-move-${direction === 'up' ? 'down' : 'up'}"]`);
        (same && !same.disabled ? same : other)?.focus();
      },
      { injector: this.injector },
    );
  }
}
