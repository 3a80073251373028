import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18nService } from '@cabinet/web/shared/i18n';
import { QUICK_EXIT_WINDOW } from '../quick-exit/quick-exit.tokens';
import { ShellComponent } from './shell.component';

@Component({ template: '<h1>Page</h1>' })
class PageComponent {}

const FOCUSABLE = 'a[href], button, select, input, textarea, [tabindex]:not([tabindex="-1"])';

describe('ShellComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-US');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '', component: PageComponent }]),
        // Never let a test navigate jsdom away.
        { provide: QUICK_EXIT_WINDOW, useValue: { localStorage, sessionStorage, location: { replace: jest.fn() } } },
      ],
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render() {
    const fixture = TestBed.createComponent(ShellComponent);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('offers "Skip to main content" as the first thing to tab to', async () => {
    const { element } = await render();

    const first = element.querySelector(FOCUSABLE);

    expect(first?.textContent?.trim()).toBe('Skip to main content');
  });

  it('moves focus to the main content when the skip link is used', async () => {
    const { element } = await render();

    element.querySelector<HTMLAnchorElement>('.skip-link')?.click();

    expect(document.activeElement).toBe(element.querySelector('main#main'));
  });

  it('shows the page inside the main content', async () => {
    const { element } = await render();

    expect(element.querySelector('main h1')?.textContent).toBe('Page');
  });

  it('has the banner, navigation, main and footer landmarks', async () => {
    const { element } = await render();

    expect(element.querySelectorAll('header')).toHaveLength(1);
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe('Main');
    expect(element.querySelectorAll('main')).toHaveLength(1);
    expect(element.querySelectorAll('footer')).toHaveLength(1);
  });

  it('shows the product name as a link home, and a quick exit at the top', async () => {
    const { element } = await render();

    const header = element.querySelector('header');

    expect(header?.querySelector('a.brand')?.getAttribute('href')).toBe('/');
    expect(header?.querySelector('a.brand')?.textContent?.trim()).toBe('Cabinet');
    expect(header?.querySelector('[data-testid="quick-exit"]')).not.toBeNull();
  });

  it('shows the shell in Portuguese when Portuguese is chosen', async () => {
    const { fixture, element } = await render();

    TestBed.inject(I18nService).setLocale('pt');
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="quick-exit"]')?.textContent?.trim()).toBe('Saída rápida');
    expect(element.querySelector('.skip-link')?.textContent?.trim()).toBe('Ir para o conteúdo principal');
    expect(element.querySelector('nav a')?.textContent?.trim()).toBe('Início');
  });
});
