import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { SEAT_KINDS, type SeatKind, type SeatTypeView } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormErrorText, FormStatusComponent, SEAT_KIND_LABEL_KEYS, formSubmit } from '@cabinet/web/shared/ui';
import { ActionErrorText } from '../util/action-error';
import { boardValidators, numberOrNull, wholeNumber } from '../util/board-validators';

/** The board's seat types: list, add, edit and remove (refused by the API while people sit in one). */
@Component({
  selector: 'cab-seat-types-section',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './seat-types-section.component.html',
})
export class SeatTypesSectionComponent {
  readonly boardId = input.required<string>();
  readonly seatTypes = input.required<readonly SeatTypeView[]>();
  /** A seat type was added, changed or removed: the board reloads. */
  readonly changed = output<void>();
  private readonly api = inject(BoardsApi);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly actionError = inject(ActionErrorText).of;
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly kinds = SEAT_KINDS;
  protected readonly kindLabels = SEAT_KIND_LABEL_KEYS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', boardValidators.seatName],
    kind: this.fb.control<SeatKind>('peer'),
    voting: true,
    seatCount: this.fb.control<number | null>(null, wholeNumber(1, 500)),
  });
  protected readonly submission = formSubmit(this.form);
  /** The seat type being edited in the form; null while adding a new one. */
  protected readonly editing = signal<SeatTypeView | null>(null);
  protected readonly status = signal<{ tone: 'error' | 'success'; message: string } | null>(null);

  protected edit(seat: SeatTypeView): void {
    this.editing.set(seat);
    this.status.set(null);
    this.form.reset({ name: seat.name, kind: seat.kind, voting: seat.voting, seatCount: seat.seatCount });
    afterNextRender(() => this.host.querySelector<HTMLInputElement>('[data-testid="seat-name"]')?.focus(), { injector: this.injector });
  }

  protected cancelEdit(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected submit(): void {
    const { name, kind, voting, seatCount } = this.form.getRawValue();
    const input = { name: name.trim(), kind, voting, seatCount: numberOrNull(seatCount) };
    const editing = this.editing();
    this.status.set(null);
    this.submission.send(
      () => (editing ? this.api.updateSeatType(this.boardId(), editing.id, input) : this.api.addSeatType(this.boardId(), input)),
      (seat) => {
        this.editing.set(null);
        this.form.reset();
        this.status.set({ tone: 'success', message: this.t(editing ? 'boards.seats.saved' : 'boards.seats.added', { name: seat.name }) });
        this.changed.emit();
      },
    );
  }

  protected remove(seat: SeatTypeView): void {
    this.status.set(null);
    this.api.removeSeatType(this.boardId(), seat.id).subscribe({
      next: () => {
        if (this.editing()?.id === seat.id) this.cancelEdit();
        this.status.set({ tone: 'success', message: this.t('boards.seats.removed', { name: seat.name }) });
        this.changed.emit();
      },
      error: (error: unknown) => this.status.set({ tone: 'error', message: this.actionError(error) }),
    });
  }
}
