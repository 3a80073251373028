import { Injectable, Injector, inject } from '@angular/core';
import type { MatDialogRef } from '@angular/material/dialog';
import type { IdleWarningChoice } from './idle-warning-dialog.component';

/** How long before the sign-out the warning appears. */
export const IDLE_WARNING_SECONDS = 60;

export interface IdleHandlers {
  /** "Stay signed in": tell the API the person is still here. */
  stay(): Promise<void>;
  /** "Sign out now" from the warning. */
  signOut(): void;
  /** Time is up. */
  expire(): void;
}

/**
 * Mirrors the API's idle timeout in the browser: warns a minute before and acts at the end. Any API
 * call restarts it ({@link touch}), because any API call restarts the server's clock too.
 * The warning dialog (and Material's dialog code) loads only when first needed.
 */
@Injectable({ providedIn: 'root' })
export class IdleWatcher {
  private readonly injector = inject(Injector);
  private idleMs = 0;
  private handlers: IdleHandlers | null = null;
  private warnTimer: ReturnType<typeof setTimeout> | null = null;
  private expireTimer: ReturnType<typeof setTimeout> | null = null;
  private dialog: MatDialogRef<unknown, IdleWarningChoice> | null = null;
  /** Bumped on every restart, so a dialog that finishes loading late knows it is no longer wanted. */
  private generation = 0;

  watch(idleTimeoutSeconds: number, handlers: IdleHandlers): void {
    this.idleMs = Math.max(1, idleTimeoutSeconds) * 1000;
    this.handlers = handlers;
    this.restart();
  }

  /** Activity happened: start counting again (and put away a warning that is showing). */
  touch(): void {
    if (this.handlers) this.restart();
  }

  stop(): void {
    this.handlers = null;
    this.clearTimers();
    this.closeWarning();
  }

  private restart(): void {
    this.clearTimers();
    this.closeWarning();
    const warnAfter = Math.max(0, this.idleMs - IDLE_WARNING_SECONDS * 1000);
    this.warnTimer = setTimeout(() => void this.warn(), warnAfter);
    this.expireTimer = setTimeout(() => {
      const handlers = this.handlers;
      this.stop();
      handlers?.expire();
    }, this.idleMs);
  }

  private async warn(): Promise<void> {
    const generation = this.generation;
    const { openIdleWarning } = await import('./idle-warning-dialog.component');
    if (generation !== this.generation || !this.handlers) return;
    const dialog = openIdleWarning(this.injector);
    this.dialog = dialog;
    dialog.afterClosed().subscribe((choice) => {
      if (this.dialog === dialog) this.dialog = null;
      if (choice === 'stay') void this.handlers?.stay().catch(() => undefined);
      if (choice === 'sign-out') {
        const handlers = this.handlers;
        this.stop();
        handlers?.signOut();
      }
    });
  }

  private clearTimers(): void {
    this.generation++;
    if (this.warnTimer) clearTimeout(this.warnTimer);
    if (this.expireTimer) clearTimeout(this.expireTimer);
    this.warnTimer = null;
    this.expireTimer = null;
  }

  private closeWarning(): void {
    const dialog = this.dialog;
    this.dialog = null;
    dialog?.close();
  }
}
