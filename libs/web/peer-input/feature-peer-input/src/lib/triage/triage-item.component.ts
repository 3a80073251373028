import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { MAX_DECLINE_REASON_LENGTH, MAX_INPUT_LENGTH, type PeerInputView } from '@cabinet/shared/contracts';
import { PeerInputApi } from '@cabinet/web/peer-input/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formSubmit, formatDay, notBlank } from '@cabinet/web/shared/ui';
import type { Observable } from 'rxjs';
import { KIND_LABEL_KEYS, STATUS_LABEL_KEYS } from '../shared/labels';
import type { AgendaChoice } from './agenda-choices';

type Action = 'agenda' | 'answer' | 'decline';
const FINAL = ['answered', 'declined'];

/** One piece of input in the triage queue, with its actions as small inline forms. */
@Component({
  selector: 'cab-triage-item',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let it = item();
    <article [attr.aria-labelledby]="'triage-' + it.id" data-testid="triage-item">
      <h3 [id]="'triage-' + it.id" class="title">
        {{ t(kinds[it.kind]) }} · {{ t('peerInput.triage.received', { date: day(it.receivedOn) }) }}
      </h3>
      <p class="meta">
        <span class="cab-badge" data-testid="triage-status">{{ t(statuses[it.status]) }}</span>
        @if (it.overdue) {
          <span class="cab-badge overdue" data-testid="triage-overdue">{{ t('peerInput.triage.overdue') }}</span>
        }
      </p>
      <p data-testid="triage-author">{{ it.author ? t('peerInput.triage.from', { name: it.author }) : t('peerInput.triage.anonymous') }}</p>
      @if (it.status === 'new') {
        <p data-testid="triage-ack-by">{{ t('peerInput.triage.ackBy', { date: day(it.acknowledgeBy) }) }}</p>
      }
      <p class="text" data-testid="triage-body">{{ it.body }}</p>
      @if (it.status === 'on_agenda') {
        <p>{{ t('peerInput.triage.onAgenda') }}</p>
      }
      @if (it.answer) {
        <p class="text" data-testid="triage-answer">{{ t('peerInput.triage.answer.shown', { text: it.answer }) }}</p>
      }
      @if (it.declineReason) {
        <p class="text">{{ t('peerInput.triage.reason.shown', { text: it.declineReason }) }}</p>
      }
      <p class="cab-visually-hidden" role="status">{{ savedText() }}</p>
      <cab-form-status [message]="actionProblem()" />

      @if (!final()) {
        @if (open() === null) {
          <div class="cab-actions">
            @if (it.status === 'new') {
              <button type="button" matButton="filled" [disabled]="busy()" (click)="acknowledge()" data-testid="triage-acknowledge">{{ t('peerInput.triage.acknowledge') }}</button>
            }
            <button type="button" matButton="outlined" (click)="openAction('agenda')" data-testid="triage-open-agenda">{{ t('peerInput.triage.agenda') }}</button>
            <button type="button" matButton="outlined" (click)="openAction('answer')" data-testid="triage-open-answer">{{ t('peerInput.triage.answer') }}</button>
            <button type="button" matButton (click)="openAction('decline')" data-testid="triage-open-decline">{{ t('peerInput.triage.decline') }}</button>
            @if (it.status !== 'recommendation') {
              <a matButton="outlined" [routerLink]="['/boards', boardId(), 'recommendations', 'new']" [queryParams]="{ fromInput: it.id }" data-testid="triage-recommend">{{ t('peerInput.triage.recommend') }}</a>
            }
          </div>
        } @else if (open() === 'agenda') {
          <form class="cab-form" [formGroup]="agendaForm" (ngSubmit)="putOnAgenda()" novalidate>
            <cab-form-status [message]="agendaSubmit.problem()" />
            @if (agendaChoices() === null) {
              <p role="status">{{ t('peerInput.triage.agenda.loading') }}</p>
            } @else if (agendaChoices()!.length === 0) {
              <p data-testid="triage-agenda-none">{{ t('peerInput.triage.agenda.none') }}</p>
            } @else {
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('peerInput.triage.agenda.item') }}</mat-label>
                <mat-select formControlName="agendaItemId" data-testid="triage-agenda-item">
                  @for (choice of agendaChoices(); track choice.id) {
                    <mat-option [value]="choice.id">{{ choice.label }}</mat-option>
                  }
                </mat-select>
                <mat-error>{{ t('peerInput.triage.agenda.choose') }}</mat-error>
              </mat-form-field>
            }
            <div class="cab-actions">
              @if (agendaChoices()?.length) {
                <button type="submit" matButton="filled" [disabled]="agendaSubmit.pending()" data-testid="triage-agenda-save">{{ t('peerInput.triage.agenda.save') }}</button>
              }
              <button type="button" matButton (click)="close()">{{ t('common.cancel') }}</button>
            </div>
          </form>
        } @else if (open() === 'answer') {
          <form class="cab-form" [formGroup]="answerForm" (ngSubmit)="answer()" novalidate>
            <cab-form-status [message]="answerSubmit.problem()" />
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="cab-full-width">
              <mat-label>{{ t('peerInput.triage.answer.text') }}</mat-label>
              <textarea matInput formControlName="answer" rows="4" data-testid="triage-answer-text"></textarea>
              <mat-hint>{{ t('peerInput.triage.answer.hint') }}</mat-hint>
              <mat-error>{{ t('peerInput.triage.answer.required') }}</mat-error>
            </mat-form-field>
            <div class="cab-actions">
              <button type="submit" matButton="filled" [disabled]="answerSubmit.pending()" data-testid="triage-answer-send">{{ t('peerInput.triage.answer.send') }}</button>
              <button type="button" matButton (click)="close()">{{ t('common.cancel') }}</button>
            </div>
          </form>
        } @else {
          <form class="cab-form" [formGroup]="declineForm" (ngSubmit)="decline()" novalidate>
            <cab-form-status [message]="declineSubmit.problem()" />
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="cab-full-width">
              <mat-label>{{ t('peerInput.triage.decline.reason') }}</mat-label>
              <textarea matInput formControlName="reason" rows="3" data-testid="triage-decline-reason"></textarea>
              <mat-hint>{{ t('peerInput.triage.decline.hint') }}</mat-hint>
              <mat-error>{{ t('peerInput.triage.decline.required') }}</mat-error>
            </mat-form-field>
            <div class="cab-actions">
              <button type="submit" matButton="filled" [disabled]="declineSubmit.pending()" data-testid="triage-decline-send">{{ t('peerInput.triage.decline.send') }}</button>
              <button type="button" matButton (click)="close()">{{ t('common.cancel') }}</button>
            </div>
          </form>
        }
      }
    </article>
  `,
  styles: `
    .title {
      margin-bottom: 0.25rem;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .overdue {
      border-color: var(--mat-sys-error);
      color: var(--mat-sys-error);
    }
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class TriageItemComponent {
  readonly boardId = input.required<string>();
  readonly item = input.required<PeerInputView>();
  /** The board's upcoming agenda items; null while they load. */
  readonly agendaChoices = input<AgendaChoice[] | null>(null);
  readonly changed = output<PeerInputView>();
  /** Asks the page to load agenda items (only when someone wants to link one). */
  readonly agendaWanted = output<void>();

  private readonly api = inject(PeerInputApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  private readonly errorText = inject(ApiErrorText).of;
  protected readonly kinds = KIND_LABEL_KEYS;
  protected readonly statuses = STATUS_LABEL_KEYS;
  protected readonly open = signal<Action | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionProblem = signal<string | null>(null);
  protected readonly savedText = signal('');
  protected readonly final = computed(() => FINAL.includes(this.item().status));

  protected readonly agendaForm = new FormGroup({ agendaItemId: new FormControl<string | null>(null, { validators: [Validators.required] }) });
  protected readonly answerForm = new FormGroup({ answer: new FormControl('', { nonNullable: true, validators: [notBlank(), Validators.maxLength(MAX_INPUT_LENGTH)] }) });
  protected readonly declineForm = new FormGroup({ reason: new FormControl('', { nonNullable: true, validators: [notBlank(), Validators.maxLength(MAX_DECLINE_REASON_LENGTH)] }) });
  protected readonly agendaSubmit = formSubmit(this.agendaForm);
  protected readonly answerSubmit = formSubmit(this.answerForm);
  protected readonly declineSubmit = formSubmit(this.declineForm);

  protected openAction(action: Action): void {
    this.savedText.set('');
    this.actionProblem.set(null);
    this.open.set(action);
    if (action === 'agenda') this.agendaWanted.emit();
  }

  protected close(): void {
    this.open.set(null);
  }

  protected acknowledge(): void {
    this.busy.set(true);
    this.actionProblem.set(null);
    this.api.acknowledge(this.boardId(), this.item().id).subscribe({
      next: (view) => this.done(view),
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionProblem.set(this.errorText(error));
      },
    });
  }

  protected putOnAgenda(): void {
    this.run(this.agendaSubmit, () => this.api.putOnAgenda(this.boardId(), this.item().id, this.agendaForm.controls.agendaItemId.value ?? ''));
  }

  protected answer(): void {
    this.run(this.answerSubmit, () => this.api.answer(this.boardId(), this.item().id, this.answerForm.controls.answer.value.trim()));
  }

  protected decline(): void {
    this.run(this.declineSubmit, () => this.api.decline(this.boardId(), this.item().id, this.declineForm.controls.reason.value.trim()));
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  private run(submission: ReturnType<typeof formSubmit>, request: () => Observable<PeerInputView>): void {
    submission.send(request, (view) => this.done(view));
  }

  private done(view: PeerInputView): void {
    this.busy.set(false);
    this.open.set(null);
    this.savedText.set(this.t('peerInput.triage.saved', { status: this.t(STATUS_LABEL_KEYS[view.status]) }));
    this.changed.emit(view);
  }
}
