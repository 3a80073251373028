import { provideHttpClient, withFetch } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslatedTitleStrategy, provideI18n } from '@cabinet/web/shared/i18n';
import { routes } from './app.routes';

// Zoneless change detection is Angular 21's default, so there is no zone.js and no provider for it.
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch()),
    provideI18n(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ],
};
