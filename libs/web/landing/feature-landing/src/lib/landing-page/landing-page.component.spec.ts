import { TestBed } from '@angular/core/testing';
import { I18nService } from '@cabinet/web/shared/i18n';
import { LandingPageComponent } from './landing-page.component';

describe('LandingPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-US');
  });

  afterEach(() => jest.restoreAllMocks());

  async function render() {
    const fixture = TestBed.createComponent(LandingPageComponent);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const texts = (element: HTMLElement, selector: string) =>
    [...element.querySelectorAll(selector)].map((node) => node.textContent?.trim());

  it('has one main heading, then a section for each kind of user', async () => {
    const { element } = await render();

    expect(texts(element, 'h1')).toEqual(['Have a say in the services you use']);
    expect(texts(element, 'h2')).toEqual(['For people who use a service', 'For service managers', 'For funders']);
  });

  it('says what Cabinet is in plain words', async () => {
    const { element } = await render();

    expect(element.querySelector('.lead')?.textContent).toContain('Cabinet is a simple tool for community advisory boards');
  });

  it('states the promise that the agency answers every recommendation on time', async () => {
    const { element } = await render();

    expect(element.querySelector('.promise')?.textContent).toContain(
      'Every recommendation a board makes gets a documented answer from the agency, on time, and the board decides whether the answer is good enough.',
    );
  });

  it('shows the landing page heading in Spanish when Spanish is chosen', async () => {
    const { fixture, element } = await render();

    TestBed.inject(I18nService).setLocale('es');
    await fixture.whenStable();

    expect(texts(element, 'h1')).toEqual(['Ten voz en los servicios que usas']);
    expect(texts(element, 'h2')).toEqual(['Para quienes usan un servicio', 'Para responsables de servicios', 'Para financiadores']);
  });

  it('shows the landing page in Portuguese when Portuguese is chosen', async () => {
    const { fixture, element } = await render();

    TestBed.inject(I18nService).setLocale('pt');
    await fixture.whenStable();

    expect(texts(element, 'h1')).toEqual(['Tenha voz nos serviços que usa']);
    expect(element.querySelector('.promise')?.textContent).toContain('A nossa promessa');
  });
});
