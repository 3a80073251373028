import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { MinutesView } from '@cabinet/shared/contracts';
import { MinutesApi, testMinutes } from '@cabinet/web/meetings/data-access';
import { of } from 'rxjs';
import { MinutesEditorComponent } from './minutes-editor.component';

describe('MinutesEditorComponent', () => {
  let api: { save: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = { save: jest.fn() };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(minutes: MinutesView = testMinutes()) {
    TestBed.configureTestingModule({ providers: [{ provide: MinutesApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(MinutesEditorComponent);
    fixture.componentRef.setInput('minutes', minutes);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const one = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const type = async (testId: string, value: string) => {
      const field = one<HTMLTextAreaElement>(testId)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const click = async (testId: string) => {
      one(testId)!.click();
      await fixture.whenStable();
    };
    return { fixture, element, one, type, click };
  }

  it('switches between writing Markdown and a preview of it, saying which is pressed', async () => {
    const { one, click } = await open();
    expect(one('minutes-body')).not.toBeNull();
    expect(one('minutes-mode-write')?.getAttribute('aria-pressed')).toBe('true');
    await click('minutes-mode-preview');
    expect(one('minutes-body')).toBeNull();
    expect(one('minutes-mode-preview')?.getAttribute('aria-pressed')).toBe('true');
    // Under the page's heading: the text's "#" is an h2 here, its "## Welcome" an h3.
    expect(one('minutes-preview')?.querySelector('h1')).toBeNull();
    expect(one('minutes-preview')?.querySelector('h3')?.textContent).toBe('Welcome');
  });

  it('offers one private-section checkbox per section heading, following the text as it is typed', async () => {
    const { one, type } = await open();
    expect(one('minutes-private-welcome')).not.toBeNull();
    expect(one('minutes-private-staff-matters')).not.toBeNull();
    await type('minutes-body', '# Title\n\n## Budget\nAgreed.');
    expect(one('minutes-private-welcome')).toBeNull();
    expect(one('minutes-private-budget')?.textContent).toContain('Budget');
  });

  it('saves the text, summary and private sections from the version it started from', async () => {
    const saved = testMinutes({ version: 2, privateSections: ['staff-matters'], summary: 'In short.' });
    api.save.mockReturnValue(of(saved));
    const { fixture, one, type, click } = await open();
    const emitted: MinutesView[] = [];
    fixture.componentInstance.saved.subscribe((view) => emitted.push(view));
    await type('minutes-summary', 'In short.');
    (one('minutes-private-staff-matters')?.querySelector('input') as HTMLInputElement).click();
    await fixture.whenStable();
    await click('minutes-save');
    expect(api.save).toHaveBeenCalledWith('board-1', 'meeting-1', { body: testMinutes().body, summary: 'In short.', privateSections: ['staff-matters'], version: 1 });
    expect(emitted).toEqual([saved]);
    expect(one('minutes-saved')?.textContent).toContain('Saved. This is version 2.');
  });
});
