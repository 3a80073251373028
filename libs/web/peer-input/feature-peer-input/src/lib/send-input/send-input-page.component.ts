import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import type { MyInputView } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { PeerInputApi } from '@cabinet/web/peer-input/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formSubmit, formatDay } from '@cabinet/web/shared/ui';
import { InputBodyFieldComponent } from '../shared/body-field.component';
import { ClaimCodeReceiptComponent } from '../shared/claim-code-receipt.component';
import { memberInputForm } from '../shared/input-form';
import { KindChoiceComponent } from '../shared/kind-choice.component';
import { KIND_LABEL_KEYS, STATUS_LABEL_KEYS } from '../shared/labels';
import { mayOrganize } from '../shared/organiser';

/**
 * A member sends input to their board, with their name or without it, and follows what they sent
 * with their name. Anonymous input is not theirs on the screen afterwards: only its claim code is.
 */
@Component({
  selector: 'cab-send-input-page',
  imports: [ReactiveFormsModule, RouterLink, MatButton, MatCheckbox, FormStatusComponent, KindChoiceComponent, InputBodyFieldComponent, ClaimCodeReceiptComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <p><a [routerLink]="['/boards', boardId()]" data-testid="send-input-back">{{ t('peerInput.send.backToBoard') }}</a></p>
      @if (board.error(); as error) {
        <h1>{{ t('peerInput.send.pageTitle') }}</h1>
        <cab-form-status [message]="errorText(error)" />
      } @else if (board.value(); as detail) {
        <h1>{{ t('peerInput.send.heading', { board: detail.settings.name }) }}</h1>
        @if (organiser()) {
          <p><a [routerLink]="['/boards', boardId(), 'input']" data-testid="send-input-triage">{{ t('peerInput.send.triageLink') }}</a></p>
        }
        @if (detail.myMemberId === null) {
          <p data-testid="send-input-not-member">{{ t('peerInput.send.notMember') }}</p>
        } @else {
          <p>{{ t('peerInput.send.intro') }}</p>
          <p class="cab-visually-hidden" role="status">{{ sentText() }}</p>
          @if (sentText()) {
            <p class="cab-notice" aria-hidden="true" data-testid="send-input-sent">{{ sentText() }}</p>
          }
          @if (claimCode(); as code) {
            <cab-claim-code-receipt [code]="code" />
          }
          <form class="cab-form" [formGroup]="form" (ngSubmit)="send()" novalidate data-testid="send-input-form">
            <cab-form-status [message]="submission.problem()" />
            <cab-kind-choice [control]="form.controls.kind" idPrefix="send-input" />
            <cab-input-body-field [control]="form.controls.body" />
            <div>
              <mat-checkbox formControlName="anonymous" aria-describedby="send-input-anonymous-explain" data-testid="send-input-anonymous">{{ t('peerInput.send.anonymous') }}</mat-checkbox>
              <p class="cab-radio-description" id="send-input-anonymous-explain">{{ t('peerInput.send.anonymous.explain') }}</p>
            </div>
            <div class="cab-actions">
              <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="send-input-send">{{ t('peerInput.form.send') }}</button>
            </div>
          </form>

          <section aria-labelledby="my-input-heading">
            <h2 id="my-input-heading">{{ t('peerInput.mine.heading') }}</h2>
            @if (mine.error(); as error) {
              <cab-form-status [message]="errorText(error)" />
            } @else if (mine.hasValue()) {
              @if (mine.value().length === 0) {
                <p data-testid="my-input-empty">{{ t('peerInput.mine.empty') }}</p>
              } @else {
                <ul class="cab-card-list" data-testid="my-input">
                  @for (item of mine.value(); track item.id) {
                    <li class="cab-card" data-testid="my-input-item">
                      <p>
                        <strong>{{ t(kinds[item.kind]) }}</strong> · {{ t('peerInput.mine.sentOn', { date: day(item.receivedOn) }) }}
                        <span class="cab-badge" data-testid="my-input-status">{{ t(statuses[item.status]) }}</span>
                      </p>
                      <p class="text">{{ item.body }}</p>
                      @if (item.answer) {
                        <p class="text" data-testid="my-input-answer">{{ t('peerInput.mine.answer', { text: item.answer }) }}</p>
                      }
                      @if (item.declineReason) {
                        <p class="text">{{ t('peerInput.mine.reason', { text: item.declineReason }) }}</p>
                      }
                    </li>
                  }
                </ul>
              }
            }
          </section>
        }
      }
    </div>
  `,
  styles: `
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
  `,
})
export class SendInputPageComponent {
  readonly boardId = input.required<string>();

  private readonly boards = inject(BoardsApi);
  private readonly api = inject(PeerInputApi);
  private readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly errorText = inject(ApiErrorText).of;
  protected readonly kinds = KIND_LABEL_KEYS;
  protected readonly statuses = STATUS_LABEL_KEYS;

  protected readonly board = rxResource({ params: () => this.boardId(), stream: ({ params }) => this.boards.get(params) });
  protected readonly organiser = computed(() => {
    const detail = this.board.value();
    return detail ? mayOrganize(detail) : false;
  });
  protected readonly mine = rxResource<MyInputView[], string>({ params: () => this.boardId(), stream: ({ params }) => this.api.mine(params) });
  protected readonly form = memberInputForm();
  protected readonly submission = formSubmit(this.form);
  protected readonly claimCode = signal<string | null>(null);
  protected readonly sentText = signal('');

  protected send(): void {
    this.sentText.set('');
    this.claimCode.set(null);
    const value = this.form.getRawValue();
    this.submission.send(
      () => this.api.submit(this.boardId(), { kind: value.kind ?? 'idea', body: value.body, anonymous: value.anonymous }),
      (sent) => {
        this.form.reset();
        this.claimCode.set(sent.claimCode);
        this.sentText.set(this.t(sent.claimCode ? 'peerInput.send.sentAnonymous' : 'peerInput.send.sent'));
        if (!sent.claimCode) this.mine.reload();
      },
    );
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }
}
