import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { RecommendationSettingsApi } from '@cabinet/web/recommendations/data-access';
import { of } from 'rxjs';
import { ResponseDaysFormComponent } from './response-days-form.component';

describe('ResponseDaysFormComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(canChange = true) {
    const api = { get: jest.fn(() => of({ responseDays: 30, canChange })), change: jest.fn(() => of({ responseDays: 45, canChange: true })) };
    TestBed.configureTestingModule({ providers: [{ provide: RecommendationSettingsApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(ResponseDaysFormComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, element, api, byTestId: <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`) };
  }

  it('shows the board’s days to a manager and saves a new number', async () => {
    const { fixture, api, byTestId } = await open();
    const days = byTestId<HTMLInputElement>('response-days-input')!;
    expect(days.value).toBe('30');
    days.value = '45';
    days.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('response-days-save')!.click();
    await fixture.whenStable();
    expect(api.change).toHaveBeenCalledWith('b1', { responseDays: 45 });
    expect(byTestId('response-days-saved')?.textContent).toContain('Saved.');
  });

  it('refuses a number past 180 without calling the API', async () => {
    const { fixture, api, byTestId } = await open();
    const days = byTestId<HTMLInputElement>('response-days-input')!;
    days.value = '365';
    days.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('response-days-save')!.click();
    await fixture.whenStable();
    expect(api.change).not.toHaveBeenCalled();
  });

  it('shows nothing to someone who may not change it', async () => {
    const { byTestId } = await open(false);
    expect(byTestId('response-days')).toBeNull();
  });
});
