import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { ActivatedRoute } from '@angular/router';
import { AccountApi, SessionStore, TWO_FACTOR_SETUP_FRAGMENT, type TwoFactorSetup, isApiError } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormErrorText, FormStatusComponent, PasswordToggleComponent, cabValidators, formSubmit } from '@cabinet/web/shared/ui';

/** The secret as people copy it by hand: blocks of four, which authenticator apps accept with or without spaces. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Two-step sign-in with an authenticator app: turn it on (a secret to add to the app, then a code to
 * prove it was added) or off (password and a code). No QR code: drawing one would need a library or
 * a third-party service that would see the secret; the otpauth link opens the app on the same phone.
 * Also where the person lands when their organisation requires it ({@link TWO_FACTOR_SETUP_FRAGMENT}).
 */
@Component({
  selector: 'cab-two-factor-section',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSuffix, FormStatusComponent, PasswordToggleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      #section
      [id]="fragment"
      class="two-factor"
      tabindex="-1"
      aria-labelledby="two-factor-heading"
      [attr.aria-describedby]="required() ? 'two-factor-required-notice' : null"
      data-testid="two-factor-section"
    >
      <h2 id="two-factor-heading">{{ t('twoFactor.heading') }}</h2>
      @if (required()) {
        <div class="cab-notice" id="two-factor-required-notice" data-testid="two-factor-required-notice">
          <p class="notice-lead">{{ t('twoFactor.required.notice') }}</p>
          <p>{{ t('twoFactor.required.more') }}</p>
        </div>
      }
      <p>{{ t('twoFactor.intro') }}</p>
      <p>
        {{ t('twoFactor.status') }}:
        <strong class="cab-badge" data-testid="two-factor-status">{{ enabled() ? t('twoFactor.status.on') : t('twoFactor.status.off') }}</strong>
      </p>
      <cab-form-status tone="success" [message]="done()" data-testid="two-factor-done" />

      @if (enabled()) {
        <p>{{ t('twoFactor.on.body') }}</p>
        <p>{{ t('twoFactor.turnOff.intro') }}</p>
        <form class="cab-form" [formGroup]="disableForm" (ngSubmit)="turnOff()" novalidate data-testid="two-factor-disable-form">
          <cab-form-status [message]="disableSubmission.problem()" />
          <mat-form-field appearance="outline">
            <mat-label>{{ t('field.currentPassword') }}</mat-label>
            <input
              matInput
              #current
              type="password"
              formControlName="currentPassword"
              autocomplete="current-password"
              data-testid="two-factor-current-password"
            />
            <cab-password-toggle matTextSuffix [field]="current" />
            <mat-error>{{ errorOf(disableForm.controls.currentPassword) }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('twoFactor.code') }}</mat-label>
            <input
              matInput
              formControlName="code"
              inputmode="numeric"
              autocomplete="one-time-code"
              maxlength="6"
              data-testid="two-factor-disable-code"
            />
            <mat-hint>{{ t('signIn.code.hint') }}</mat-hint>
            <mat-error>{{ errorOf(disableForm.controls.code) }}</mat-error>
          </mat-form-field>
          <div class="cab-actions">
            <button type="submit" matButton="outlined" class="cab-danger-outline" data-testid="two-factor-turn-off">{{ t('twoFactor.turnOff') }}</button>
          </div>
        </form>
      } @else if (setup(); as setup) {
        <div #setupPanel class="setup" tabindex="-1" role="group" aria-labelledby="two-factor-setup-heading" data-testid="two-factor-setup">
          <h3 id="two-factor-setup-heading">{{ t('twoFactor.setup.heading') }}</h3>
          <p>{{ t('twoFactor.appNeeded') }}</p>
          @if (appLink(); as link) {
            <p>
              {{ t('twoFactor.setup.openIntro') }}
              <a [href]="link" data-testid="two-factor-otpauth-link">{{ t('twoFactor.setup.open') }}</a>
            </p>
          }
          <p>{{ t('twoFactor.setup.keyIntro') }}</p>
          <dl class="cab-facts">
            <div>
              <dt id="two-factor-secret-label">{{ t('twoFactor.setup.key') }}</dt>
              <dd>
                <code class="secret" aria-labelledby="two-factor-secret-label" data-testid="two-factor-secret">{{ groupedSecret() }}</code>
              </dd>
            </div>
          </dl>
          <p>{{ t('twoFactor.setup.codeIntro') }}</p>
          <form class="cab-form" [formGroup]="confirmForm" (ngSubmit)="confirm()" novalidate data-testid="two-factor-confirm-form">
            <cab-form-status [message]="confirmSubmission.problem()" />
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('twoFactor.code') }}</mat-label>
              <input matInput formControlName="code" inputmode="numeric" autocomplete="one-time-code" maxlength="6" data-testid="two-factor-code" />
              <mat-hint>{{ t('signIn.code.hint') }}</mat-hint>
              <mat-error>{{ errorOf(confirmForm.controls.code) }}</mat-error>
            </mat-form-field>
            <div class="cab-actions">
              <button type="submit" matButton="filled" data-testid="two-factor-confirm">{{ t('twoFactor.confirm') }}</button>
              <button type="button" matButton="outlined" (click)="cancelSetup()" data-testid="two-factor-cancel">{{ t('common.cancel') }}</button>
            </div>
          </form>
        </div>
      } @else {
        <cab-form-status [message]="startProblem()" />
        <div class="cab-actions">
          <button #turnOnButton type="button" matButton="filled" (click)="turnOn()" data-testid="two-factor-turn-on">{{ t('twoFactor.turnOn') }}</button>
        </div>
      }
    </section>
  `,
  styles: `
    .two-factor:focus {
      outline: none;
    }
    .two-factor:focus-visible,
    .setup:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 4px;
    }
    .notice-lead {
      margin-top: 0;
      font-weight: 700;
    }
    .setup {
      max-width: 32rem;
      padding: 1rem 1.25rem;
      border: 2px solid var(--mat-sys-primary);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    .setup h3 {
      margin-top: 0;
    }
    .secret {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
      font-size: 1.25rem;
      font-weight: 700;
      letter-spacing: 0.06em;
      overflow-wrap: anywhere;
      user-select: all;
    }
  `,
})
export class TwoFactorSectionComponent {
  private readonly account = inject(AccountApi);
  private readonly store = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly errorText = inject(ApiErrorText).of;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly t = inject(I18nService).t;
  protected readonly errorOf = inject(FormErrorText).of;
  protected readonly fragment = TWO_FACTOR_SETUP_FRAGMENT;

  protected readonly enabled = computed(() => this.store.session()?.user.twoFactorEnabled === true);
  protected readonly required = this.store.twoFactorSetupRequired;
  /** The secret of a set-up in progress: in memory only, gone when the page closes. */
  protected readonly setup = signal<TwoFactorSetup | null>(null);
  protected readonly groupedSecret = computed(() => groupSecret(this.setup()?.secret ?? ''));
  /** Only the authenticator's own scheme: this link must never run script or leave for a web page. */
  protected readonly appLink = computed(() => {
    const url = this.setup()?.otpauthUrl ?? '';
    return url.startsWith('otpauth://') ? url : null;
  });
  protected readonly done = signal<string | null>(null);
  protected readonly startProblem = signal<string | null>(null);
  private starting = false;

  protected readonly confirmForm = this.fb.group({ code: ['', cabValidators.authenticatorCode] });
  protected readonly confirmSubmission = formSubmit(this.confirmForm);
  protected readonly disableForm = this.fb.group({
    currentPassword: ['', cabValidators.currentPassword],
    code: ['', cabValidators.authenticatorCode],
  });
  protected readonly disableSubmission = formSubmit(this.disableForm);

  private readonly section = viewChild.required<ElementRef<HTMLElement>>('section');
  private readonly setupPanel = viewChild<ElementRef<HTMLElement>>('setupPanel');
  private readonly turnOnButton = viewChild('turnOnButton', { read: ElementRef });

  constructor() {
    // Sent here to turn it on (#two-factor): take focus, so the reason is read out and the section is in view.
    inject(ActivatedRoute)
      .fragment.pipe(takeUntilDestroyed())
      .subscribe((fragment) => {
        if (fragment === TWO_FACTOR_SETUP_FRAGMENT) this.focusAfterRender(() => this.section());
      });
  }

  protected turnOn(): void {
    if (this.starting) return;
    this.starting = true;
    this.startProblem.set(null);
    this.done.set(null);
    this.account.startTwoFactorSetup().subscribe({
      next: (setup) => {
        this.starting = false;
        this.confirmForm.reset();
        this.setup.set(setup);
        this.focusAfterRender(() => this.setupPanel());
      },
      error: (error: unknown) => {
        this.starting = false;
        // 409: already on (from another device): show how things are.
        if (isApiError(error) && error.status === 409) void this.reloadSession(true);
        else this.startProblem.set(this.errorText(error));
      },
    });
  }

  protected cancelSetup(): void {
    this.setup.set(null);
    this.confirmSubmission.succeed();
    this.focusAfterRender(() => this.turnOnButton());
  }

  protected confirm(): void {
    if (!this.confirmSubmission.start()) return;
    this.account.confirmTwoFactor(this.confirmForm.getRawValue().code.trim()).subscribe({
      next: async () => {
        await this.reloadSession(true);
        this.confirmSubmission.succeed();
        this.setup.set(null);
        this.confirmForm.reset();
        this.done.set(this.t('twoFactor.turnedOn'));
        this.focusAfterRender(() => this.section());
      },
      error: (error: unknown) => this.confirmSubmission.fail(error),
    });
  }

  protected turnOff(): void {
    this.done.set(null);
    if (!this.disableSubmission.start()) return;
    const { currentPassword, code } = this.disableForm.getRawValue();
    this.account.disableTwoFactor({ currentPassword, code: code.trim() }).subscribe({
      next: async () => {
        await this.reloadSession(false);
        this.disableSubmission.succeed();
        this.disableForm.reset();
        this.done.set(this.t('twoFactor.turnedOff'));
        this.focusAfterRender(() => this.section());
      },
      error: (error: unknown) => {
        this.disableSubmission.fail(error);
        // Refused without a field to point at: an organisation of the person requires it. The API says which.
        if (isApiError(error) && error.status === 422 && error.fieldErrors.length === 0 && error.message) {
          this.disableSubmission.problem.set(error.message);
        }
      },
    });
  }

  /** Asks the API for the session (so the organisation's block lifts); without an answer, records what we know. */
  private async reloadSession(enabled: boolean): Promise<void> {
    try {
      await this.store.refresh();
    } catch {
      this.store.noteTwoFactor(enabled);
    }
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
