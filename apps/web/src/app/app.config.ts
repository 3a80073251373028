import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { apiInterceptor, provideSession } from '@cabinet/web/identity/data-access';
import { TranslatedTitleStrategy, provideI18n } from '@cabinet/web/shared/i18n';
import { provideTouchedErrorState } from '@cabinet/web/shared/ui';
import { routes } from './app.routes';

// Zoneless change detection is Angular 21's default, so there is no zone.js and no provider for it.
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withFetch(), withInterceptors([apiInterceptor])),
    provideI18n(),
    // Asks the API who is signed in before the first page, so a refresh stays signed in.
    provideSession(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideTouchedErrorState(),
  ],
};
