import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { AccountabilityMeasuresView } from '@cabinet/shared/contracts';
import { BoardsApi, testBoardDetail } from '@cabinet/web/boards/data-access';
import { ApiError } from '@cabinet/web/identity/data-access';
import { AccountabilityApi, testAccountabilityMeasures } from '@cabinet/web/recommendations/data-access';
import { of, throwError } from 'rxjs';
import { MeasuresPageComponent } from './measures-page.component';

describe('MeasuresPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    jest.useFakeTimers({ now: new Date('2027-05-20T10:00:00Z'), doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate', 'setTimeout', 'setInterval'] });
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  async function open(answer: AccountabilityMeasuresView | Error = testAccountabilityMeasures()) {
    const measures = jest.fn(() => (answer instanceof Error ? throwError(() => answer) : of(answer)));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get: jest.fn(() => of(testBoardDetail())) } },
        { provide: AccountabilityApi, useValue: { measures } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(MeasuresPageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    const click = async (testId: string) => {
      (element.querySelector(`[data-testid="${testId}"]`) as HTMLElement).click();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const type = (testId: string, value: string) => {
      const field = element.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    return { element, fixture, measures, text, click, type };
  }

  it('measures the last 90 days at first, and shows each share as a count with its percentage and its definition', async () => {
    const { measures, text, element } = await open();
    expect(measures).toHaveBeenCalledWith('b1', { from: '2027-02-20', to: '2027-05-20' });
    expect(text('[data-testid="measures-showing"]')).toBe('From 1 Jan 2027 to 31 Mar 2027. Counted on 2 Apr 2027.');
    expect(text('[data-testid="measure-on-time"] dt')).toBe('Answered on time');
    expect(text('[data-testid="measure-on-time"] [data-testid="measure-value"]')).toBe('12 of 15 (80%)');
    expect(text('[data-testid="measure-median"] [data-testid="measure-value"]')).toBe('21.5 days');
    expect(text('[data-testid="measure-input-on-time"] [data-testid="measure-definition"]')).toContain('within its 14 days');
    expect([...element.querySelectorAll('h2')].map((heading) => heading.textContent?.trim())).toEqual(['Period', 'Messages from members and the community', 'Recommendations to the agency']);
    expect(element.querySelectorAll('[data-testid="measure-definition"]')).toHaveLength(9);
  });

  it('says "No data yet" where there is nothing to count', async () => {
    const empty = testAccountabilityMeasures({
      input: { ackDays: 14, received: 0, acknowledged: 0, medianDaysToAcknowledge: null, acknowledgedOnTime: null },
      recommendations: { sent: 0, medianDaysToAnswer: null, answeredOnTime: null, implemented: null, satisfied: null },
    });
    const { text } = await open(empty);
    expect(text('[data-testid="measure-sent"] [data-testid="measure-value"]')).toBe('0');
    expect(text('[data-testid="measure-satisfied"] [data-testid="measure-value"]')).toBe('No data yet');
    expect(text('[data-testid="measure-input-median"] [data-testid="measure-value"]')).toBe('No data yet');
  });

  it('measures a quick choice and marks it as chosen in words for screen readers', async () => {
    const { click, measures, element } = await open();
    await click('measures-preset-lastQuarter');
    expect(measures).toHaveBeenLastCalledWith('b1', { from: '2027-01-01', to: '2027-03-31' });
    expect(element.querySelector('[data-testid="measures-preset-lastQuarter"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelector('[data-testid="measures-preset-last90"]')?.getAttribute('aria-pressed')).toBe('false');
    expect((element.querySelector('[data-testid="measures-from"]') as HTMLInputElement).value).toBe('2027-01-01');
  });

  it('measures two days typed in, and refuses a last day before the first without asking the API', async () => {
    const { click, type, measures, text } = await open();
    type('measures-from', '2026-06-01');
    type('measures-to', '2026-06-30');
    await click('measures-show');
    expect(measures).toHaveBeenLastCalledWith('b1', { from: '2026-06-01', to: '2026-06-30' });

    const calls = measures.mock.calls.length;
    type('measures-to', '2026-05-01');
    await click('measures-show');
    expect(measures).toHaveBeenCalledTimes(calls);
    expect(text('[data-testid="measures-to-error"]')).toBe('The last day must be the same as the first day or later.');
  });

  it('links back to the board’s recommendations, and says why when the measures cannot be loaded', async () => {
    const { element } = await open(new ApiError(404, 'not_found', 'Not found'));
    expect(element.querySelector('[data-testid="measures-back"]')?.getAttribute('href')).toBe('/boards/b1/recommendations');
    expect(element.querySelector('cab-form-status')?.textContent).toBeTruthy();
  });
});
