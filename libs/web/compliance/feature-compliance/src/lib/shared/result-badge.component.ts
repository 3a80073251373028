import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { RuleResult } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { RESULT_ICONS, RESULT_LABEL_KEYS } from './labels';

/** A rule's result as an icon and words; a different border style for each, so it never rests on colour. */
@Component({
  selector: 'cab-result-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="result()" data-testid="result-badge"
    ><span class="icon" aria-hidden="true">{{ icons[result()] }}</span> <span data-testid="result-text">{{ t(labels[result()]) }}</span></span
  >`,
  styles: `
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.125rem 0.625rem;
      border: 2px solid var(--mat-sys-outline);
      border-radius: 999px;
      font-weight: 700;
    }
    .icon {
      font-size: 1rem;
    }
    .pass {
      border-color: #1b6e2a;
      color: #1b6e2a;
    }
    .fail {
      border-color: var(--mat-sys-error);
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
    .at_risk {
      border-style: dashed;
      border-color: #8a5300;
      color: #6b4000;
    }
    .not_enough_data {
      border-style: dotted;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ResultBadgeComponent {
  readonly result = input.required<RuleResult>();
  protected readonly t = inject(I18nService).t;
  protected readonly icons = RESULT_ICONS;
  protected readonly labels = RESULT_LABEL_KEYS;
}
