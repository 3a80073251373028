import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@cabinet/web/shared/i18n';
import { NotFoundPageComponent } from './not-found-page.component';

describe('NotFoundPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('says the page was not found and links home', async () => {
    const fixture = TestBed.createComponent(NotFoundPageComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;

    expect(element.querySelector('h1')?.textContent?.trim()).toBe("We can't find that page");
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/');
  });

  it('says it in Spanish when Spanish is chosen', async () => {
    TestBed.inject(I18nService).setLocale('es');
    const fixture = TestBed.createComponent(NotFoundPageComponent);
    await fixture.whenStable();

    expect(fixture.nativeElement.querySelector('h1')?.textContent?.trim()).toBe('No encontramos esa página');
  });
});
