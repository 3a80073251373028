import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { RecommendationDetail } from '@cabinet/shared/contracts';
import { ApiError } from '@cabinet/web/identity/data-access';
import { RecommendationsApi, testRecommendationDetail } from '@cabinet/web/recommendations/data-access';
import { of, throwError } from 'rxjs';
import { PublishToggleComponent } from './publish-toggle.component';

describe('PublishToggleComponent', () => {
  let publish: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    publish = jest.fn();
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(detail: RecommendationDetail) {
    TestBed.configureTestingModule({ providers: [{ provide: RecommendationsApi, useValue: { publish } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(PublishToggleComponent);
    fixture.componentRef.setInput('recommendation', detail);
    const emitted: RecommendationDetail[] = [];
    fixture.componentInstance.changed.subscribe((one) => {
      emitted.push(one);
      fixture.componentRef.setInput('recommendation', one);
    });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    const click = async () => {
      byTestId('publish-toggle')?.click();
      await fixture.whenStable();
    };
    return { element, byTestId, click, emitted };
  }

  it('publishes a sent recommendation, saying what the public will and will not see', async () => {
    publish.mockReturnValue(of(testRecommendationDetail({ publishedAt: '2027-03-05T10:00:00.000Z', can: { publish: true } })));
    const { byTestId, click, emitted } = await open(testRecommendationDetail({ can: { publish: true } }));
    expect(byTestId('publish-state')?.textContent).toContain('Names are never shown.');
    expect(byTestId('publish-toggle')?.textContent).toContain('Publish on the public page');
    await click();
    expect(publish).toHaveBeenCalledWith('b1', 'r1', true);
    expect(emitted).toHaveLength(1);
    expect(byTestId('publish-state')?.textContent).toContain('since 5 Mar 2027');
    expect(byTestId('publish-toggle')?.textContent).toContain('Take it off the public page');
  });

  it('takes a published one off the public page', async () => {
    publish.mockReturnValue(of(testRecommendationDetail({ publishedAt: null, can: { publish: true } })));
    const { click } = await open(testRecommendationDetail({ publishedAt: '2027-03-05T10:00:00.000Z', can: { publish: true } }));
    await click();
    expect(publish).toHaveBeenCalledWith('b1', 'r1', false);
  });

  it('shows the API’s reason when the board’s public pages are off, and changes nothing', async () => {
    publish.mockReturnValue(throwError(() => new ApiError(422, 'validation_failed', 'published needs the board’s public pages: a manager can turn them on in the board’s settings, then try again', [{ field: 'published', message: 'needs the board’s public pages: a manager can turn them on in the board’s settings, then try again' }])));
    const { element, click, emitted } = await open(testRecommendationDetail({ can: { publish: true } }));
    await click();
    expect(element.textContent).toContain('public pages');
    expect(emitted).toEqual([]);
  });
});
