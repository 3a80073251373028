import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { I18nService } from './i18n.service';

/** Creates the I18nService at start-up so `<html lang>` is right before the first paint, not after the shell renders. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([provideAppInitializer(() => void inject(I18nService))]);
}
