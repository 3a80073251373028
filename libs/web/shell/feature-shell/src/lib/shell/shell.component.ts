import { ChangeDetectionStrategy, Component, type ElementRef, inject, viewChild } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { I18nService } from '@cabinet/web/shared/i18n';
import { LanguageSwitchComponent } from '../language-switch/language-switch.component';
import { QuickExitButtonComponent } from '../quick-exit/quick-exit-button.component';
import { SessionNavComponent } from '../session-nav/session-nav.component';

/** The frame around every page: skip link, header with quick exit, navigation, main content, footer. */
@Component({
  selector: 'cab-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, LanguageSwitchComponent, QuickExitButtonComponent, SessionNavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  protected readonly t = inject(I18nService).t;
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /**
   * A plain `href="#main"` would resolve against `<base href="/">` and navigate to the home page,
   * so the skip link moves focus itself.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
