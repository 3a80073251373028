import { TestBed } from '@angular/core/testing';
import { I18nService } from '@cabinet/web/shared/i18n';
import { LanguageSwitchComponent } from './language-switch.component';

describe('LanguageSwitchComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  afterEach(() => jest.restoreAllMocks());

  async function render() {
    const fixture = TestBed.createComponent(LanguageSwitchComponent);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const button = (name: string): HTMLButtonElement => {
      const found = [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
      if (!found) throw new Error(`no button named ${name}`);
      return found;
    };
    return { fixture, element, button };
  }

  it('names each language in its own language', async () => {
    const { element } = await render();

    const names = [...element.querySelectorAll('button')].map((b) => b.textContent?.trim());

    expect(names).toEqual(['English', 'Português', 'Español']);
  });

  it('is a labelled group that end-to-end tests can find', async () => {
    const { element } = await render();

    const group = element.querySelector('[data-testid="language-switch"]');

    expect(group?.getAttribute('role')).toBe('group');
    expect(group?.getAttribute('aria-label')).toBe('Language');
  });

  it('marks only the current language as pressed', async () => {
    const { button } = await render();

    expect(button('English').getAttribute('aria-pressed')).toBe('true');
    expect(button('Português').getAttribute('aria-pressed')).toBe('false');
    expect(button('Español').getAttribute('aria-pressed')).toBe('false');
  });

  it('switches the whole page to the chosen language', async () => {
    const { fixture, button } = await render();

    button('Español').click();
    await fixture.whenStable();

    expect(TestBed.inject(I18nService).locale()).toBe('es');
    expect(document.documentElement.lang).toBe('es');
    expect(button('Español').getAttribute('aria-pressed')).toBe('true');
    expect(button('English').getAttribute('aria-pressed')).toBe('false');
    expect(fixture.nativeElement.querySelector('[role="group"]').getAttribute('aria-label')).toBe('Idioma');
  });
});
