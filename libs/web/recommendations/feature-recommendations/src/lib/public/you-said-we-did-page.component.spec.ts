import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { PublicRecommendationsView } from '@cabinet/shared/contracts';
import { ApiError } from '@cabinet/web/identity/data-access';
import { PublicOutcomesApi, testPublicRecommendation } from '@cabinet/web/recommendations/data-access';
import { type Observable, of, throwError } from 'rxjs';
import { PublicOutcomesLinkComponent } from './public-outcomes-link.component';
import { YouSaidWeDidPageComponent } from './you-said-we-did-page.component';

describe('"you said, we did" on a board’s public page', () => {
  let list: jest.Mock<Observable<PublicRecommendationsView>, [string]>;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    list = jest.fn();
  });

  afterEach(() => jest.restoreAllMocks());

  async function render<T>(component: Type<T>) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: PublicOutcomesApi, useValue: { list } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(component);
    fixture.componentRef.setInput('slug', 'harbour');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { element, byTestId: (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`), all: (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)] };
  }

  describe('YouSaidWeDidPageComponent', () => {
    it('lists each published recommendation with where it stands, the service’s answer and the plan, in plain words', async () => {
      list.mockReturnValue(of({ boardName: 'Harbour Peer Board', recommendations: [testPublicRecommendation()] }));
      const { element, byTestId } = await render(YouSaidWeDidPageComponent);
      expect(list).toHaveBeenCalledWith('harbour');
      expect(element.querySelector('h1')?.textContent).toContain('You said, we did');
      expect(byTestId('you-said-board')?.textContent).toContain('Harbour Peer Board');
      expect(byTestId('public-recommendation-title')?.getAttribute('aria-level')).toBe('2');
      expect(byTestId('public-recommendation-status')?.textContent).toContain('The service is working on it.');
      expect(byTestId('public-recommendation-decision')?.textContent).toContain('Partly. The service agreed to do some of it.');
      expect(byTestId('public-recommendation-answer')?.textContent).toContain('new boiler');
      const steps = [...(byTestId('public-recommendation-steps')?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
      expect(steps).toEqual(['Change the boiler timer: ✓ Done', 'Check the water temperature weekly: Planned by 30 Apr 2027']);
      expect(byTestId('you-said-back')?.getAttribute('href')).toBe('/join/harbour');
    });

    it('says when the service has not answered yet, and when nothing is published', async () => {
      list.mockReturnValue(of({ boardName: 'Harbour Peer Board', recommendations: [testPublicRecommendation({ status: 'sent', answer: null, milestones: [] })] }));
      const first = await render(YouSaidWeDidPageComponent);
      expect(first.byTestId('public-recommendation-no-answer')?.textContent).toContain('has not answered yet');
      expect(first.byTestId('public-recommendation-steps')).toBeNull();
      TestBed.resetTestingModule();
      list.mockReturnValue(of({ boardName: 'Harbour Peer Board', recommendations: [] }));
      expect((await render(YouSaidWeDidPageComponent)).byTestId('you-said-none')).not.toBeNull();
    });

    it('says plainly when the board shares nothing publicly', async () => {
      list.mockReturnValue(throwError(() => new ApiError(404, 'not_found', 'This board was not found.')));
      const { byTestId } = await render(YouSaidWeDidPageComponent);
      expect(byTestId('you-said-not-found')?.textContent).toContain('We can’t find this page');
    });
  });

  describe('PublicOutcomesLinkComponent', () => {
    it('links to the page once the board has published something', async () => {
      list.mockReturnValue(of({ boardName: 'Harbour Peer Board', recommendations: [testPublicRecommendation()] }));
      const { byTestId } = await render(PublicOutcomesLinkComponent);
      expect(byTestId('public-outcomes-link')?.getAttribute('href')).toBe('/join/harbour/you-said-we-did');
    });

    it('shows nothing for a board with nothing published or without public pages', async () => {
      list.mockReturnValue(of({ boardName: 'Harbour Peer Board', recommendations: [] }));
      expect((await render(PublicOutcomesLinkComponent)).byTestId('public-outcomes')).toBeNull();
      TestBed.resetTestingModule();
      list.mockReturnValue(throwError(() => new ApiError(404, 'not_found', 'This board was not found.')));
      expect((await render(PublicOutcomesLinkComponent)).byTestId('public-outcomes')).toBeNull();
    });
  });
});
