import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { QUICK_EXIT_URL } from '@cabinet/web/shell/feature-shell';
import { AppComponent } from './app.component';
import { appConfig } from './app.config';

describe('the web app', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-US');
    TestBed.configureTestingModule({
      providers: [...appConfig.providers, { provide: QUICK_EXIT_URL, useValue: 'about:blank' }],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(url: string) {
    const fixture = TestBed.createComponent(AppComponent);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the landing page at the root address, inside the shell', async () => {
    const element = await open('/');

    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Have a say in the services you use');
    expect(element.querySelector('[data-testid="quick-exit"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="language-switch"]')).not.toBeNull();
    expect(document.title).toBe('Community advisory boards that get answers · Cabinet');
  });

  it('shows a page-not-found message for an unknown address', async () => {
    const element = await open('/no/such/page');

    expect(element.querySelector('main h1')?.textContent?.trim()).toBe("We can't find that page");
    expect(document.title).toBe('Page not found · Cabinet');
  });

  it('opens in the language chosen on an earlier visit', async () => {
    localStorage.setItem('cabinet.locale', 'pt');

    const element = await open('/');

    expect(document.documentElement.lang).toBe('pt');
    expect(element.querySelector('main h1')?.textContent?.trim()).toBe('Tenha voz nos serviços que usa');
  });
});
