import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n.service';
import type { MessageKey } from './messages/en.messages';
import { isMessageKey } from './messages/messages';

/**
 * Route `title`s are message keys; the document title follows both navigation and the language switch,
 * because screen readers announce it and people find their tab by it.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18nService);
  private readonly title = inject(Title);
  private readonly pageKey = signal<MessageKey | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.pageKey();
      const { t } = this.i18n;
      this.title.setTitle(key ? t('app.pageTitle', { page: t(key) }) : t('app.name'));
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const title = this.buildTitle(snapshot);
    this.pageKey.set(isMessageKey(title) ? title : null);
  }
}
