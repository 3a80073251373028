import type { WritableSignal } from '@angular/core';
import type { Observable } from 'rxjs';
import { isDeadLink } from '@cabinet/web/identity/data-access';

/** Where a page that consumes an emailed link on opening stands. */
export type LinkTokenState = 'confirming' | 'confirmed' | 'expired' | 'failed';

export interface LinkTokenFlow<T> {
  /** The page's state: set to `confirmed`, `expired` or `failed` as the request ends. */
  readonly state: WritableSignal<LinkTokenState>;
  /** The message shown when the request fails for another reason than a dead link. */
  readonly problem: WritableSignal<string | null>;
  /** Runs on success, before the state turns `confirmed`. */
  readonly done?: (value: T) => void;
  /** The message for a failure that is not a dead link. */
  readonly failure: (error: unknown) => string;
}

/**
 * Sends the token from an emailed link (`?token=…`) as soon as the page opens: a missing token or a
 * dead link shows "expired", any other error shows its message.
 */
export function consumeLinkToken<T>(token: string | undefined, request: (token: string) => Observable<T>, flow: LinkTokenFlow<T>): void {
  const trimmed = token?.trim();
  if (!trimmed) {
    flow.state.set('expired');
    return;
  }
  request(trimmed).subscribe({
    next: (value) => {
      flow.done?.(value);
      flow.state.set('confirmed');
    },
    error: (error: unknown) => {
      if (isDeadLink(error)) {
        flow.state.set('expired');
        return;
      }
      flow.problem.set(flow.failure(error));
      flow.state.set('failed');
    },
  });
}
