import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LOCALES, type Locale } from '@cabinet/shared/contracts';
import { I18nService, LANGUAGE_NAMES } from '@cabinet/web/shared/i18n';

/**
 * Three plain toggle buttons rather than a dropdown: every language is visible at once, each named in
 * itself, one tap to switch, and `aria-pressed` tells screen readers which one is on.
 */
@Component({
  selector: 'cab-language-switch',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="language-switch" role="group" [attr.aria-label]="t('shell.language.label')" data-testid="language-switch">
      @for (option of options; track option.locale) {
        <button
          type="button"
          [matButton]="option.locale === i18n.locale() ? 'filled' : 'outlined'"
          [attr.lang]="option.locale"
          [attr.aria-pressed]="option.locale === i18n.locale()"
          (click)="i18n.setLocale(option.locale)"
        >
          {{ option.name }}
        </button>
      }
    </div>
  `,
  styles: `
    .language-switch {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    button {
      min-height: 44px;
      --mat-button-outlined-container-height: 44px;
      --mat-button-filled-container-height: 44px;
      --mat-button-outlined-horizontal-padding: 14px;
      --mat-button-filled-horizontal-padding: 14px;
    }
  `,
})
export class LanguageSwitchComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly t = this.i18n.t;
  protected readonly options: readonly { locale: Locale; name: string }[] = LOCALES.map((locale) => ({
    locale,
    name: LANGUAGE_NAMES[locale],
  }));
}
