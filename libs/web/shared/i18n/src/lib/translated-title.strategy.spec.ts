import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { I18nService } from './i18n.service';
import { TranslatedTitleStrategy } from './translated-title.strategy';

@Component({ template: '' })
class BlankPageComponent {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: BlankPageComponent, title: 'landing.pageTitle' },
          { path: 'untitled', component: BlankPageComponent },
        ]),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('names the page in the tab after the route, followed by the product name', async () => {
    await RouterTestingHarness.create('/');
    TestBed.tick();

    expect(document.title).toBe('Community advisory boards that get answers · Cabinet');
  });

  it('renames the tab when the language changes', async () => {
    await RouterTestingHarness.create('/');
    TestBed.inject(I18nService).setLocale('pt');
    TestBed.tick();

    expect(document.title).toBe('Conselhos consultivos comunitários que obtêm respostas · Cabinet');
  });

  it('falls back to the product name for a page without a title', async () => {
    await RouterTestingHarness.create('/untitled');
    TestBed.tick();

    expect(document.title).toBe('Cabinet');
  });
});
