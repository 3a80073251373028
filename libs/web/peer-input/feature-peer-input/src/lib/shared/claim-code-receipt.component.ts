import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18nService } from '@cabinet/web/shared/i18n';

/**
 * A claim code shown once, large and in its two groups, with how to keep it and a print button.
 * Screen readers also get it letter by letter, since "K7M2P" read as a word is no use.
 */
@Component({
  selector: 'cab-claim-code-receipt',
  imports: [MatButton, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="receipt" aria-labelledby="claim-code-label" data-testid="claim-code-receipt">
      <h2 id="claim-code-label">{{ t('peerInput.code.label') }}</h2>
      <p class="code" aria-hidden="true" data-testid="claim-code">
        @for (group of groups(); track $index) {
          <span class="group">{{ group }}</span>
        }
      </p>
      <p class="cab-visually-hidden">{{ t('peerInput.code.spelled', { letters: spelled() }) }}</p>
      <p class="keep">{{ t('peerInput.code.keep') }}</p>
      <div class="cab-actions no-print">
        <button type="button" matButton="outlined" (click)="print()" data-testid="claim-code-print">{{ t('peerInput.code.print') }}</button>
        <a matButton routerLink="/claim" data-testid="claim-code-read-link">{{ t('peerInput.code.readAnswer') }}</a>
      </div>
    </section>
  `,
  styles: `
    .receipt {
      border: 2px solid var(--mat-sys-primary);
      border-radius: 1rem;
      padding: 1rem;
    }
    .code {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin: 0.5rem 0;
      font-family: ui-monospace, 'Courier New', monospace;
      font-size: clamp(2rem, 9vw, 3rem);
      font-weight: 700;
      letter-spacing: 0.12em;
    }
    .keep {
      font-weight: 700;
    }
    @media print {
      .no-print {
        display: none;
      }
    }
  `,
})
export class ClaimCodeReceiptComponent {
  readonly code = input.required<string>();
  protected readonly t = inject(I18nService).t;
  protected readonly groups = computed(() => this.code().split('-'));
  protected readonly spelled = computed(() => [...this.code().replace(/-/g, '')].join(' '));

  protected print(): void {
    window.print();
  }
}
