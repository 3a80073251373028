import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { I18nService } from '@cabinet/web/shared/i18n';

/**
 * "Show" / "Hide" for a password field (put it in the field's `matTextSuffix`). Seeing what you
 * type helps on a phone and for people who find typing hard; the password is hidden again on submit
 * by the form if it wants to.
 */
@Component({
  selector: 'cab-password-toggle',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      matButton
      class="toggle"
      [attr.aria-controls]="field().id || null"
      [attr.aria-label]="shown() ? t('form.hidePassword') : t('form.showPassword')"
      (click)="toggle()"
    >
      {{ shown() ? t('form.hide') : t('form.show') }}
    </button>
  `,
  styles: `
    .toggle {
      min-width: 44px;
      min-height: 44px;
      margin-inline-end: -0.5rem;
    }
  `,
})
export class PasswordToggleComponent {
  readonly field = input.required<HTMLInputElement>();
  protected readonly t = inject(I18nService).t;
  protected readonly shown = signal(false);

  protected toggle(): void {
    const next = !this.shown();
    this.shown.set(next);
    this.field().type = next ? 'text' : 'password';
  }
}
