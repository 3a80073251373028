import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { I18nService } from '@cabinet/web/shared/i18n';
import { QuickExitService } from './quick-exit.service';

@Component({
  selector: 'cab-quick-exit-button',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" matButton="filled" class="quick-exit" data-testid="quick-exit" (click)="leave()">
      <!-- Material "logout" icon, inline: no icon font is loaded from the web. -->
      <svg matButtonIcon aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M17 7l-1.41 1.41L18.17 11H8v2h10.17l-2.58 2.58L17 17l5-5zM4 5h8V3H4c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h8v-2H4V5z"
        />
      </svg>
      {{ t('shell.quickExit') }}
    </button>
  `,
  styles: `
    .quick-exit {
      /* Dark red with white text: 6.5:1, and the colour people expect for an exit button. */
      --mat-button-filled-container-color: #b3261e;
      --mat-button-filled-label-text-color: #ffffff;
      --mat-button-filled-label-text-weight: 700;
      --mat-button-filled-container-height: 44px;
      min-height: 44px;
      white-space: nowrap;
    }
    svg {
      margin-inline-end: 0.375rem;
      fill: currentColor;
    }
  `,
})
export class QuickExitButtonComponent {
  private readonly quickExit = inject(QuickExitService);
  protected readonly t = inject(I18nService).t;

  constructor() {
    inject(DestroyRef).onDestroy(this.quickExit.listenForEscape());
  }

  protected leave(): void {
    this.quickExit.leave();
  }
}
