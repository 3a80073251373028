import { ChangeDetectionStrategy, Component, ElementRef, Injector, type OnInit, afterNextRender, inject, input, output, signal } from '@angular/core';
import { type FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOptgroup, MatOption, MatSelect } from '@angular/material/select';
import { COMPOSITION_TAGS, type CompositionTag, type CompositionTargetView, type SeatTypeView } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { COMPOSITION_TAG_LABEL_KEYS, FormErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { boardValidators, wholeNumber } from '../util/board-validators';

/** At most this many targets per board (the API's limit). */
const MAX_TARGETS = 10;

/** "seat:<id>" or "tag:<tag>": what a target counts, as one choice in one select. */
export function basisOf(target: Pick<CompositionTargetView, 'seatTypeId' | 'tag'>): string {
  if (target.seatTypeId) return `seat:${target.seatTypeId}`;
  return target.tag ? `tag:${target.tag}` : '';
}

export function fromBasis(basis: string): { seatTypeId: string | null; tag: CompositionTag | null } {
  if (basis.startsWith('seat:')) return { seatTypeId: basis.slice(5), tag: null };
  if (basis.startsWith('tag:')) return { seatTypeId: null, tag: basis.slice(4) as CompositionTag };
  return { seatTypeId: null, tag: null };
}

/**
 * The board's make-up targets ("at least 51 % of voting members have lived experience"), edited as
 * rows and saved all at once, as the API replaces them all at once.
 */
@Component({
  selector: 'cab-targets-editor',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption, MatOptgroup, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './targets-editor.component.html',
})
export class TargetsEditorComponent implements OnInit {
  readonly boardId = input.required<string>();
  readonly seatTypes = input.required<readonly SeatTypeView[]>();
  readonly targets = input.required<readonly CompositionTargetView[]>();
  readonly changed = output<void>();
  private readonly api = inject(BoardsApi);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly tags = COMPOSITION_TAGS;
  protected readonly tagLabels = COMPOSITION_TAG_LABEL_KEYS;
  protected readonly maxTargets = MAX_TARGETS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({ targets: this.fb.array<FormGroup>([]) });
  protected readonly submission = formSubmit(this.form);
  protected readonly done = signal<string | null>(null);

  ngOnInit(): void {
    for (const target of this.targets()) this.form.controls.targets.push(this.row(target.label, basisOf(target), target.minPercent));
  }

  protected get rows() {
    return this.form.controls.targets.controls;
  }

  protected add(): void {
    if (this.rows.length >= MAX_TARGETS) return;
    this.form.controls.targets.push(this.row('', '', 51));
    const index = this.rows.length - 1;
    afterNextRender(() => this.host.querySelector<HTMLInputElement>(`[data-testid="target-label-${index}"]`)?.focus(), { injector: this.injector });
  }

  protected remove(index: number): void {
    this.form.controls.targets.removeAt(index);
    this.done.set(null);
  }

  protected submit(): void {
    this.done.set(null);
    const targets = this.rows.map((row) => {
      const { label, basis, minPercent } = row.getRawValue() as { label: string; basis: string; minPercent: number | string };
      return { label: label.trim(), ...fromBasis(basis), minPercent: Number(minPercent) };
    });
    this.submission.send(
      () => this.api.setTargets(this.boardId(), { targets }),
      () => {
        this.form.markAsPristine();
        this.done.set(this.t('boards.targets.saved'));
        this.changed.emit();
      },
    );
  }

  private row(label: string, basis: string, minPercent: number): FormGroup {
    return this.fb.group({
      label: [label, boardValidators.targetLabel],
      basis: [basis, Validators.required],
      minPercent: this.fb.control<number | null>(minPercent, [Validators.required, wholeNumber(1, 100)]),
    });
  }
}
