export { I18nService, LOCALE_STORAGE_KEY } from './lib/i18n.service';
export { provideI18n } from './lib/provide-i18n';
export { TranslatedTitleStrategy } from './lib/translated-title.strategy';
export { type MessageParams, interpolate } from './lib/interpolate';
export { EN_MESSAGES, type MessageKey, type Messages } from './lib/messages/en.messages';
export { LANGUAGE_NAMES, MESSAGES, isMessageKey } from './lib/messages/messages';
