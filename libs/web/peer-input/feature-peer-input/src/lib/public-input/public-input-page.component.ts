import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { isDeadLink } from '@cabinet/web/identity/data-access';
import { PublicInputApi } from '@cabinet/web/peer-input/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent, formSubmit } from '@cabinet/web/shared/ui';
import { InputBodyFieldComponent } from '../shared/body-field.component';
import { ClaimCodeReceiptComponent } from '../shared/claim-code-receipt.component';
import { publicInputForm } from '../shared/input-form';
import { KindChoiceComponent } from '../shared/kind-choice.component';

/** Seconds a kiosk shows a receipt before it clears itself for the next person. */
export const KIOSK_RESET_SECONDS = 60;

/**
 * A board's public form, opened from a poster's QR code without an account. Nothing asks who the
 * person is. On a kiosk tablet (`?kiosk=1`, when the board has kiosk mode on) the receipt clears
 * itself after a minute; the page never navigates, so no history entry keeps anyone's words.
 */
@Component({
  selector: 'cab-public-input-page',
  imports: [ReactiveFormsModule, MatButton, FormStatusComponent, KindChoiceComponent, InputBodyFieldComponent, ClaimCodeReceiptComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      @if (channel.error(); as error) {
        <h1 tabindex="-1">{{ t('peerInput.public.pageTitle') }}</h1>
        <p data-testid="public-input-not-found">{{ dead(error) ? t('peerInput.public.notFound') : errorText(error) }}</p>
      } @else if (channel.value(); as board) {
        <h1 tabindex="-1" data-testid="public-input-heading">{{ t('peerInput.public.heading', { board: board.boardName }) }}</h1>
        @if (claimCode(); as code) {
          <p class="cab-notice" role="status" data-testid="public-input-sent">{{ t('peerInput.public.sent') }}</p>
          <cab-claim-code-receipt [code]="code" />
          @if (kioskMode()) {
            <p data-testid="kiosk-countdown">{{ t('peerInput.public.kiosk.countdown', { seconds: secondsLeft() }) }}</p>
            <div class="cab-actions">
              <button type="button" matButton="filled" (click)="startAgain()" data-testid="kiosk-restart">{{ t('peerInput.public.kiosk.restart') }}</button>
            </div>
          } @else {
            <div class="cab-actions">
              <button type="button" matButton (click)="startAgain()" data-testid="public-input-another">{{ t('peerInput.public.another') }}</button>
            </div>
          }
        } @else {
          <p>{{ t('peerInput.public.intro') }}</p>
          <p class="cab-notice" data-testid="public-input-anonymous">{{ t('peerInput.public.anonymous') }}</p>
          <form class="cab-form" [formGroup]="form" (ngSubmit)="send()" autocomplete="off" novalidate data-testid="public-input-form">
            <cab-form-status [message]="submission.problem()" />
            <cab-kind-choice [control]="form.controls.kind" idPrefix="public-input" />
            <cab-input-body-field [control]="form.controls.body" />
            <!-- Honeypot: hidden from sight, from screen readers and from the keyboard; only bots fill it in. -->
            <div class="cab-visually-hidden" aria-hidden="true">
              <label for="public-input-website">{{ t('peerInput.form.honeypot') }}</label>
              <input id="public-input-website" type="text" name="website" formControlName="website" tabindex="-1" autocomplete="off" data-testid="input-website" />
            </div>
            <div class="cab-actions">
              <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="public-input-send">{{ t('peerInput.form.send') }}</button>
            </div>
          </form>
        }
      }
    </div>
  `,
})
export class PublicInputPageComponent {
  readonly token = input.required<string>();
  /** `?kiosk=1` on the shared tablet's bookmark. */
  readonly kiosk = input<string>();

  private readonly api = inject(PublicInputApi);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  protected readonly t = inject(I18nService).t;
  protected readonly errorText = inject(ApiErrorText).of;
  protected readonly dead = isDeadLink;

  protected readonly channel = rxResource({ params: () => this.token(), stream: ({ params }) => this.api.view(params) });
  /** Kiosk behaviour only where the board allows it and the tablet asks for it. */
  protected readonly kioskMode = computed(() => this.kiosk() === '1' && this.channel.value()?.kiosk === true);
  protected readonly form = publicInputForm();
  protected readonly submission = formSubmit(this.form);
  protected readonly claimCode = signal<string | null>(null);
  protected readonly secondsLeft = signal(KIOSK_RESET_SECONDS);
  private countdown: ReturnType<typeof setInterval> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopCountdown());
  }

  protected send(): void {
    const value = this.form.getRawValue();
    this.submission.send(
      () => this.api.submit(this.token(), { kind: value.kind ?? 'idea', body: value.body, website: value.website, kiosk: this.kioskMode() }),
      (receipt) => {
        // The words are no longer needed on this screen once sent.
        this.form.reset();
        this.claimCode.set(receipt.claimCode);
        if (this.kioskMode()) this.startCountdown();
      },
    );
  }

  /** Clears everything the last person saw or typed, and puts focus back at the top for the next one. */
  protected startAgain(): void {
    this.stopCountdown();
    this.form.reset();
    this.submission.problem.set(null);
    this.claimCode.set(null);
    this.secondsLeft.set(KIOSK_RESET_SECONDS);
    queueMicrotask(() => this.host.querySelector<HTMLElement>('h1')?.focus());
  }

  private startCountdown(): void {
    this.stopCountdown();
    this.secondsLeft.set(KIOSK_RESET_SECONDS);
    this.countdown = setInterval(() => {
      const left = this.secondsLeft() - 1;
      if (left <= 0) this.startAgain();
      else this.secondsLeft.set(left);
    }, 1000);
  }

  private stopCountdown(): void {
    if (this.countdown !== null) clearInterval(this.countdown);
    this.countdown = null;
  }
}
