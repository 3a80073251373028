import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Locale, isLocale, matchLocale } from '@cabinet/shared/contracts';
import { type MessageParams, interpolate } from './interpolate';
import type { MessageKey } from './messages/en.messages';
import { MESSAGES } from './messages/messages';

/** localStorage key that remembers the reader's language between visits. */
export const LOCALE_STORAGE_KEY = 'cabinet.locale';

/**
 * The current language and the translation function. Components call `t()` from their templates:
 * it reads the locale signal, so OnPush views re-render when the language changes.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(this.initialLocale());
  private readonly messages = computed(() => MESSAGES[this.current()]);

  readonly locale = this.current.asReadonly();

  constructor() {
    this.document.documentElement.lang = this.current();
  }

  setLocale(locale: Locale): void {
    this.current.set(locale);
    this.document.documentElement.lang = locale;
    try {
      this.document.defaultView?.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage can be disabled (private browsing, locked-down shared computers): the choice then lasts for this page only.
    }
  }

  /** An arrow function so components can expose it directly: `protected readonly t = inject(I18nService).t;` */
  readonly t = (key: MessageKey, params?: MessageParams): string =>
    interpolate(this.messages()[key], params);

  private initialLocale(): Locale {
    const view = this.document.defaultView;
    let stored: string | null = null;
    try {
      stored = view?.localStorage.getItem(LOCALE_STORAGE_KEY) ?? null;
    } catch {
      // See setLocale: fall back to the browser's language.
    }
    return isLocale(stored) ? stored : matchLocale(view?.navigator.language);
  }
}
