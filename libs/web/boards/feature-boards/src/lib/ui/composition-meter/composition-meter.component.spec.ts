import { TestBed } from '@angular/core/testing';
import type { CompositionMeterRow } from '@cabinet/shared/contracts';
import { I18nService } from '@cabinet/web/shared/i18n';
import { meterRow } from '../../testing/board-fixtures';
import { CompositionMeterComponent } from './composition-meter.component';

describe('CompositionMeterComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.inject(I18nService).setLocale('en');
  });

  async function render(rows: CompositionMeterRow[]): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(CompositionMeterComponent);
    fixture.componentRef.setInput('rows', rows);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const texts = (element: HTMLElement, testId: string) => [...element.querySelectorAll(`[data-testid="${testId}"]`)].map((node) => node.textContent?.trim());

  it('says the share, the target and that it is met, in words', async () => {
    const element = await render([meterRow()]);

    expect(texts(element, 'meter-label')).toEqual(['Lived experience']);
    expect(texts(element, 'meter-share')).toEqual(['7 of 12 voting members = 58 %']);
    expect(texts(element, 'meter-target')).toEqual(['Target: at least 51 %']);
    expect(texts(element, 'meter-verdict')).toEqual(['✓Meets the target']);
    expect(element.querySelector<HTMLElement>('.fill')?.style.width).toBe('58%');
    // The bar only repeats the words: screen readers skip it.
    expect(element.querySelector('.bar')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says when a share is below its target, with a mark as well as colour', async () => {
    const element = await render([meterRow({ count: 5, percent: 42, meets: false })]);

    expect(texts(element, 'meter-share')).toEqual(['5 of 12 voting members = 42 %']);
    expect(texts(element, 'meter-verdict')).toEqual(['!Below the target']);
  });

  it('shows "fewer than 5" instead of a hidden small count, with no verdict and no filled bar', async () => {
    const element = await render([meterRow({ count: null, percent: null, meets: null, suppressed: true, votingMembers: 12 })]);

    expect(texts(element, 'meter-share')).toEqual(['Fewer than 5 of 12 voting members']);
    expect(element.textContent).not.toContain('58');
    expect(element.textContent).not.toMatch(/Meets the target|Below the target/);
    expect(element.querySelector<HTMLElement>('.fill')?.style.width).toBe('0%');
  });

  it('says there are no voting members yet instead of a share', async () => {
    const element = await render([meterRow({ count: 0, votingMembers: 0, percent: null, meets: null })]);

    expect(texts(element, 'meter-share')).toEqual([]);
    expect(texts(element, 'meter-verdict')).toEqual(['–No voting members yet']);
  });

  it('lists what a pending join or an ending term would do to the share', async () => {
    const element = await render([
      meterRow({
        scenarios: [
          { memberId: 'p1', displayName: 'Sky', change: 'joins', onDate: null, count: 8, votingMembers: 13, percent: 62, meets: true },
          { memberId: 'm4', displayName: 'Ali', change: 'leaves', onDate: '2027-01-31', count: 6, votingMembers: 11, percent: 55, meets: true },
          { memberId: 'm5', displayName: 'Jo', change: 'leaves', onDate: '2027-02-28', count: 6, votingMembers: 12, percent: 50, meets: false },
        ],
      }),
    ]);

    expect(texts(element, 'meter-scenario')).toEqual([
      'If Sky joins: 8 of 13 = 62 % (meets the target)',
      "If Ali's term ends on Jan 31, 2027: 6 of 11 = 55 % (meets the target)",
      "If Jo's term ends on Feb 28, 2027: 6 of 12 = 50 % (below the target)",
    ]);
  });

  it('dates the join of someone made active ahead of their term', async () => {
    const element = await render([
      meterRow({ scenarios: [{ memberId: 'p2', displayName: 'Noor', change: 'joins', onDate: '2027-03-01', count: 8, votingMembers: 13, percent: 62, meets: true }] }),
    ]);

    expect(texts(element, 'meter-scenario')).toEqual(['When Noor’s term begins on Mar 1, 2027: 8 of 13 = 62 % (meets the target)']);
  });

  it('shows no scenarios when the API sends none (everyone but managers)', async () => {
    const element = await render([meterRow()]);

    expect(element.querySelector('details')).toBeNull();
  });

  it('says so when the board has no targets', async () => {
    const element = await render([]);

    expect(texts(element, 'meter-empty')).toEqual(['This board has no targets yet.']);
  });
});
