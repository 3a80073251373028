import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { OrganizationSettingsApi, SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { ApiErrorText, FormStatusComponent } from '@cabinet/web/shared/ui';

/**
 * The organisation's security settings, for those with `organization.manage`: whether administrators
 * and funder auditors (everyone, in a funder) must use two-step sign-in. The switch saves at once;
 * a failure puts it back and says why.
 */
@Component({
  selector: 'cab-organization-security',
  imports: [MatSlideToggle, FormStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="cab-card security" aria-labelledby="organization-security-heading" data-testid="organization-security">
      <h2 id="organization-security-heading">{{ t('members.security.heading') }}</h2>
      @if (settings.error()) {
        <cab-form-status [message]="errorText(settings.error())" />
      } @else if (settings.hasValue()) {
        <mat-slide-toggle
          [checked]="settings.value().requireTwoFactor"
          [disabled]="saving()"
          disabledInteractive
          aria-describedby="require-two-factor-hint"
          (change)="change($event.checked)"
          data-testid="require-two-factor"
          >{{ t('members.security.requireTwoFactor') }}</mat-slide-toggle
        >
        <div id="require-two-factor-hint" class="hint">
          <p>{{ t('members.security.requireTwoFactor.hint') }}</p>
          @if (isFunder()) {
            <p>{{ t('members.security.requireTwoFactor.funderHint') }}</p>
          }
          @if (!ownTwoFactor()) {
            <p data-testid="require-two-factor-self-hint">{{ t('members.security.requireTwoFactor.selfHint') }}</p>
          }
        </div>
      } @else {
        <p role="status">{{ t('common.loading') }}</p>
      }
      <cab-form-status [tone]="status()?.tone ?? 'error'" [message]="status()?.message ?? null" data-testid="organization-security-status" />
    </section>
  `,
  styles: `
    .security {
      max-width: 36rem;
      margin-block: 1.5rem;
    }
    .security h2 {
      margin-top: 0.25rem;
    }
    .hint {
      margin-top: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.9375rem;
    }
    .hint p {
      margin: 0.25rem 0;
    }
  `,
})
export class OrganizationSecurityComponent {
  private readonly api = inject(OrganizationSettingsApi);
  private readonly store = inject(SessionStore);
  protected readonly errorText = inject(ApiErrorText).of;
  protected readonly t = inject(I18nService).t;

  protected readonly settings = rxResource({ params: () => this.store.activeOrganization()?.id, stream: () => this.api.settings() });
  protected readonly isFunder = computed(() => this.store.activeOrganization()?.kind === 'funder');
  protected readonly ownTwoFactor = computed(() => this.store.session()?.user.twoFactorEnabled === true);
  protected readonly saving = signal(false);
  protected readonly status = signal<{ tone: 'error' | 'success'; message: string } | null>(null);
  private readonly toggle = viewChild(MatSlideToggle);

  protected change(requireTwoFactor: boolean): void {
    if (this.saving() || !this.settings.hasValue()) return;
    const previous = this.settings.value();
    this.saving.set(true);
    this.status.set(null);
    this.settings.value.set({ ...previous, requireTwoFactor });
    this.api.change({ requireTwoFactor }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.settings.value.set(saved);
        this.status.set({ tone: 'success', message: this.t(saved.requireTwoFactor ? 'members.security.required' : 'members.security.notRequired') });
        // Requiring it of themselves: the API now holds everything else back until they turn it on.
        if (saved.requireTwoFactor && !this.ownTwoFactor()) void this.checkOwnSession();
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.settings.value.set(previous);
        // The switch moved when clicked: if the answer came before the page re-rendered, the binding saw no change.
        const toggle = this.toggle();
        if (toggle) toggle.checked = previous.requireTwoFactor;
        this.status.set({ tone: 'error', message: this.errorText(error) });
      },
    });
  }

  private async checkOwnSession(): Promise<void> {
    try {
      const session = await this.store.refresh();
      if (session.twoFactorSetupRequired) this.store.twoFactorSetupNeeded();
    } catch {
      // The next call to the API will say so (the interceptor sends the person to set it up).
    }
  }
}
