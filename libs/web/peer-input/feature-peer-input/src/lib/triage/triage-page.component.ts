import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { PEER_INPUT_STATUSES, type PeerInputStatus, type PeerInputView } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { AgendaApi, MeetingsApi } from '@cabinet/web/meetings/data-access';
import { PeerInputApi } from '@cabinet/web/peer-input/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formatDateTime } from '@cabinet/web/shared/ui';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { InputChannelSettingsComponent } from '../channel/input-channel-settings.component';
import { STATUS_LABEL_KEYS } from '../shared/labels';
import { agendaChoices, upcomingMeetings } from './agenda-choices';
import { TriageItemComponent } from './triage-item.component';

/**
 * The board's input for its organisers: newest first, filtered by status, each with its actions.
 * The board's managers also find the public link and kiosk settings here.
 */
@Component({
  selector: 'cab-triage-page',
  imports: [FormsModule, RouterLink, MatFormField, MatLabel, MatSelect, MatOption, FormStatusComponent, TriageItemComponent, InputChannelSettingsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <p class="no-print"><a [routerLink]="['/boards', boardId()]" data-testid="triage-back">{{ t('peerInput.send.backToBoard') }}</a></p>
      @if (board.error(); as error) {
        <h1>{{ t('peerInput.triage.pageTitle') }}</h1>
        <cab-form-status [message]="errorText(error)" />
      } @else if (board.value(); as detail) {
        <h1 class="no-print">{{ t('peerInput.triage.heading', { board: detail.settings.name }) }}</h1>
        <p class="no-print">{{ t('peerInput.triage.intro') }}</p>
        @if (detail.canManage) {
          <cab-input-channel-settings [boardId]="boardId()" [boardName]="detail.settings.name" />
        }
        <section aria-labelledby="triage-list-heading" class="no-print">
          <h2 id="triage-list-heading">{{ t('peerInput.triage.list') }}</h2>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('peerInput.triage.filter') }}</mat-label>
            <mat-select [ngModel]="status()" (ngModelChange)="status.set($event)" data-testid="triage-filter">
              <mat-option [value]="null">{{ t('peerInput.triage.filter.all') }}</mat-option>
              @for (option of statuses; track option) {
                <mat-option [value]="option">{{ t(statusLabels[option]) }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @if (list.error(); as error) {
            <cab-form-status [message]="errorText(error)" />
          } @else if (list.hasValue()) {
            @if (list.value().length === 0) {
              <p data-testid="triage-empty">{{ t('peerInput.triage.empty') }}</p>
            } @else {
              <ul class="cab-card-list" data-testid="triage-list">
                @for (item of list.value(); track item.id) {
                  <li class="cab-card">
                    <cab-triage-item [boardId]="boardId()" [item]="item" [agendaChoices]="choices.value() ?? null" (changed)="replace($event)" (agendaWanted)="agendaWanted.set(true)" />
                  </li>
                }
              </ul>
            }
          }
        </section>
      }
    </div>
  `,
  styles: `
    @media print {
      .no-print {
        display: none;
      }
    }
  `,
})
export class TriagePageComponent {
  readonly boardId = input.required<string>();

  private readonly boards = inject(BoardsApi);
  private readonly api = inject(PeerInputApi);
  private readonly meetings = inject(MeetingsApi);
  private readonly agendas = inject(AgendaApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorText = inject(ApiErrorText).of;
  protected readonly statuses = PEER_INPUT_STATUSES;
  protected readonly statusLabels = STATUS_LABEL_KEYS;

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly status = signal<PeerInputStatus | null>(null);
  protected readonly list = rxResource({
    params: () => ({ boardId: this.boardId(), status: this.status() }),
    stream: ({ params }) => this.api.list(params.boardId, params.status),
  });

  /** Agenda items are loaded once someone opens "Put on an agenda", not for every visit. */
  protected readonly agendaWanted = signal(false);
  protected readonly choices = rxResource({
    params: () => (this.agendaWanted() ? this.boardId() : undefined),
    stream: ({ params }) =>
      this.meetings.list(params).pipe(
        switchMap((meetings) => {
          const ahead = upcomingMeetings(meetings);
          return ahead.length === 0 ? of([]) : forkJoin(ahead.map((meeting) => this.agendas.get(params, meeting.id)));
        }),
        map((agendas) => agendaChoices(agendas, (iso) => formatDateTime(iso, this.i18n.locale()))),
      ),
  });

  /** Shows the changed input in place; a status filter may no longer match it, which the next load settles. */
  protected replace(changed: PeerInputView): void {
    this.list.update((items) => items?.map((item) => (item.id === changed.id ? changed : item)));
  }
}
