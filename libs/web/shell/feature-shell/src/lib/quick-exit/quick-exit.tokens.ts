import { DOCUMENT } from '@angular/common';
import { InjectionToken, inject } from '@angular/core';

/** Where quick exit sends the reader: an ordinary, neutral site that raises no questions if someone looks. */
export const QUICK_EXIT_URL = new InjectionToken<string>('QUICK_EXIT_URL', {
  providedIn: 'root',
  factory: () => 'https://www.bbc.com/weather',
});

/**
 * The window quick exit acts on. A token rather than a global so tests can watch `location.replace`,
 * which browsers (and jsdom) do not let anyone redefine.
 */
export const QUICK_EXIT_WINDOW = new InjectionToken<Pick<Window, 'localStorage' | 'sessionStorage' | 'location'>>(
  'QUICK_EXIT_WINDOW',
  {
    providedIn: 'root',
    factory: () => {
      const view = inject(DOCUMENT).defaultView;
      if (!view) throw new Error('Quick exit needs a browser window.');
      return view;
    },
  },
);
