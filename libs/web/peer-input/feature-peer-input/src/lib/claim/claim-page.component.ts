import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel } from '@angular/material/input';
import type { ClaimView } from '@cabinet/shared/contracts';
import { isApiError } from '@cabinet/web/identity/data-access';
import { normalizeClaimCode, PublicInputApi } from '@cabinet/web/peer-input/data-access';
import { ClaimOutcomeComponent } from '@cabinet/web/recommendations/feature-recommendations';
import { I18nService } from '@cabinet/web/shared/i18n';
import { FormStatusComponent, formSubmit, formatDateTime, formatDay } from '@cabinet/web/shared/ui';
import { KIND_LABEL_KEYS, STATUS_TEXT_KEYS } from '../shared/labels';

const claimCodeValid = (control: AbstractControl<string>): ValidationErrors | null => (normalizeClaimCode(control.value) ? null : { claimCode: true });

/**
 * Reading what became of anonymous input with its claim code, without an account. The code is
 * typed the way people copy it (any case, spaces, dashes) and sent in a POST body, never the URL.
 */
@Component({
  selector: 'cab-claim-page',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, FormStatusComponent, ClaimOutcomeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cab-page">
      <h1>{{ t('peerInput.claim.heading') }}</h1>
      <p>{{ t('peerInput.claim.intro') }}</p>
      <form class="cab-form" [formGroup]="form" (ngSubmit)="show()" autocomplete="off" novalidate>
        <cab-form-status [message]="submission.problem()" />
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('peerInput.claim.code') }}</mat-label>
          <input matInput formControlName="code" autocomplete="off" autocapitalize="characters" spellcheck="false" data-testid="claim-code-input" />
          <mat-hint>{{ t('peerInput.claim.code.hint') }}</mat-hint>
          <mat-error>{{ t('peerInput.claim.code.invalid') }}</mat-error>
        </mat-form-field>
        <div class="cab-actions">
          <button type="submit" matButton="filled" [disabled]="submission.pending()" data-testid="claim-show">{{ t('peerInput.claim.show') }}</button>
        </div>
      </form>

      @if (claim(); as found) {
        <section aria-labelledby="claim-result-heading" tabindex="-1" class="result" data-testid="claim-result">
          <h2 id="claim-result-heading">{{ t('peerInput.claim.result') }}</h2>
          <dl class="cab-facts">
            <dt>{{ t('peerInput.claim.board') }}</dt>
            <dd data-testid="claim-board">{{ found.boardName }}</dd>
            <dt>{{ t('peerInput.claim.kind') }}</dt>
            <dd>{{ t(kinds[found.kind]) }}</dd>
            <dt>{{ t('peerInput.claim.sentOn') }}</dt>
            <dd>{{ day(found.submittedOn) }}</dd>
            <dt>{{ t('peerInput.claim.status') }}</dt>
            <dd data-testid="claim-status">{{ t(statusTexts[found.status]) }}</dd>
          </dl>
          @if (found.meetingStartsAt) {
            <p data-testid="claim-meeting">{{ t('peerInput.claim.meeting', { date: when(found.meetingStartsAt) }) }}</p>
          }
          @if (found.answer) {
            <h3>{{ t('peerInput.claim.answer') }}</h3>
            <p class="text" data-testid="claim-answer">{{ found.answer }}</p>
          }
          @if (found.declineReason) {
            <h3>{{ t('peerInput.claim.declineReason') }}</h3>
            <p class="text" data-testid="claim-decline-reason">{{ found.declineReason }}</p>
          }
          @if (found.status === 'recommendation' || found.status === 'answered') {
            <cab-claim-outcome [code]="claimedCode()" [madeRecommendation]="found.status === 'recommendation'" />
          }
        </section>
      }
    </div>
  `,
  styles: `
    .text {
      white-space: pre-line;
    }
    .result:focus {
      outline: none;
    }
  `,
})
export class ClaimPageComponent {
  private readonly api = inject(PublicInputApi);
  private readonly i18n = inject(I18nService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  protected readonly t = this.i18n.t;
  protected readonly kinds = KIND_LABEL_KEYS;
  protected readonly statusTexts = STATUS_TEXT_KEYS;
  protected readonly form = new FormGroup({ code: new FormControl('', { nonNullable: true, validators: [claimCodeValid] }) });
  protected readonly submission = formSubmit(this.form);
  protected readonly claim = signal<ClaimView | null>(null);
  /** The code the shown claim was read with, for what became of it (a recommendation's outcome). */
  protected readonly claimedCode = signal('');

  protected show(): void {
    this.claim.set(null);
    if (!this.submission.start()) return;
    const code = normalizeClaimCode(this.form.controls.code.value) ?? '';
    this.api.claim(code).subscribe({
      next: (view) => {
        this.submission.succeed();
        this.claimedCode.set(code);
        this.claim.set(view);
        queueMicrotask(() => this.host.querySelector<HTMLElement>('[data-testid="claim-result"]')?.focus());
      },
      error: (error: unknown) => {
        this.submission.fail(error);
        if (isApiError(error) && error.status === 404) this.submission.problem.set(this.t('peerInput.claim.notFound'));
      },
    });
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  protected when(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }
}
