import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A message about the whole form (or page action), announced by screen readers. Both live regions
 * are always in the page: a region that appears together with its text is often not announced.
 * Errors start with a visible "!" mark and a border, not colour alone.
 */
@Component({
  selector: 'cab-form-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert" class="region">
      @if (message() && tone() === 'error') {
        <p class="message error"><span aria-hidden="true" class="mark">!</span>{{ message() }}</p>
      }
    </div>
    <div role="status" class="region">
      @if (message() && tone() !== 'error') {
        <p class="message" [class.success]="tone() === 'success'">{{ message() }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .message {
      margin: 0 0 1rem;
      padding: 0.75rem 1rem;
      border: 2px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
    }
    .error {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .success {
      border-color: var(--mat-sys-primary);
    }
    .mark {
      display: inline-block;
      margin-inline-end: 0.5rem;
      font-weight: 700;
    }
  `,
})
export class FormStatusComponent {
  readonly message = input<string | null>(null);
  readonly tone = input<'error' | 'success' | 'info'>('error');
}
