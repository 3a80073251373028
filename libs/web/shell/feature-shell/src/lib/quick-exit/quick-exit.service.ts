import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { QUICK_EXIT_URL, QUICK_EXIT_WINDOW } from './quick-exit.tokens';

const ESCAPE_PRESSES_TO_EXIT = 3;
const ESCAPE_WINDOW_MS = 2000;

/**
 * Leaves Cabinet at once for a neutral site, for someone who needs to hide what they were reading
 * (for example when an abusive partner walks in, or on a shared computer in a drop-in centre).
 */
@Injectable({ providedIn: 'root' })
export class QuickExitService {
  private readonly document = inject(DOCUMENT);
  private readonly window = inject(QUICK_EXIT_WINDOW);
  private readonly url = inject(QUICK_EXIT_URL);
  private escapePresses: number[] = [];

  leave(): void {
    // Everything goes, the remembered language included: anything left behind could show this site was used.
    for (const storage of ['sessionStorage', 'localStorage'] as const) {
      try {
        this.window[storage].clear();
      } catch {
        // Storage is disabled, so nothing was stored.
      }
    }
    // Blank the page first so nothing stays on screen (or in the tab switcher) while the next site loads.
    this.document.title = '';
    this.document.body.replaceChildren();
    // replace(), not assign(): the Back button must not bring this page back.
    this.window.location.replace(this.url);
  }

  /**
   * Pressing Escape three times within two seconds, anywhere, leaves: the keyboard shortcut that
   * domestic-violence and harm-reduction sites commonly offer next to their exit button.
   * Listens in the capture phase so a dialog or menu that handles Escape cannot swallow it.
   * Returns a function that stops listening.
   */
  listenForEscape(): () => void {
    const onKeydown = (event: KeyboardEvent): void => {
      // A held-down key repeats; only deliberate, separate presses count.
      if (event.key === 'Escape' && !event.repeat) this.escapePressed(Date.now());
    };
    this.document.addEventListener('keydown', onKeydown, { capture: true });
    return () => this.document.removeEventListener('keydown', onKeydown, { capture: true });
  }

  private escapePressed(now: number): void {
    this.escapePresses = [...this.escapePresses, now].filter((at) => now - at < ESCAPE_WINDOW_MS);
    if (this.escapePresses.length >= ESCAPE_PRESSES_TO_EXIT) {
      this.escapePresses = [];
      this.leave();
    }
  }
}
