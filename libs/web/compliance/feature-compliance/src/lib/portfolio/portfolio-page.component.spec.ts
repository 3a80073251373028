import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { PortfolioView } from '@cabinet/shared/contracts';
import { PortfolioApi, testPortfolio, testPortfolioBoard, testPortfolioPack, testPortfolioRule } from '@cabinet/web/compliance/data-access';
import { IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { of } from 'rxjs';
import { funderSession } from '../testing/funder-session';
import { AUDITOR } from '../testing/test-session';
import { PortfolioPageComponent } from './portfolio-page.component';

const MEETINGS = testPortfolioRule({ ruleKey: 'meetings', kind: 'meetings_held', title: 'Four meetings a year', result: 'pass', measured: 4, threshold: 4, unit: 'count' });

describe('PortfolioPageComponent', () => {
  let api: { get: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = { get: jest.fn() };
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.restoreAllMocks();
  });

  async function open(view: PortfolioView) {
    api.get.mockReturnValue(of(view));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: PortfolioApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    TestBed.inject(SessionStore).set(funderSession(AUDITOR));
    const fixture = TestBed.createComponent(PortfolioPageComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => TestBed.inject(ApplicationRef).whenStable();
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const texts = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    return { element, byTestId, texts, settle };
  }

  it('sums up the covered boards, then shows each board failing the unaligned-consumer rule with the share measured', async () => {
    const youth = testPortfolioBoard({
      boardId: 'b2',
      boardName: 'Youth Panel',
      packs: [testPortfolioPack({ rules: [MEETINGS], trend: [] })],
      counts: { pass: 1, fail: 0, atRisk: 0, notEnoughData: 0 },
    });
    const { texts, byTestId } = await open(testPortfolio({ boards: [testPortfolioBoard(), youth] }));
    expect(texts('portfolio-summary-boards')).toEqual(['2']);
    expect(texts('portfolio-summary-pass')).toEqual(['1']);
    expect(texts('portfolio-summary-fail')).toEqual(['1']);
    expect(texts('portfolio-summary-at-risk')).toEqual(['0']);
    expect(texts('portfolio-board-name')).toEqual(['Harbour Community Board', 'Youth Panel']);
    expect(texts('portfolio-board-organization')).toEqual(['Harbour Outreach', 'Harbour Outreach']);
    expect(texts('portfolio-board-grant')[0]).toBe('HIV care services 2027');
    expect(texts('portfolio-board-counts')[0]).toBe('Met: 0. Not met: 1. At risk: 0. Not enough data: 0.');
    // The moment is shown in the reader's time zone.
    expect(texts('portfolio-pack-period')[0]).toMatch(/^Version 1\. Reporting year 1 Jan 2027 to 31 Dec 2027, checked (19|20) May 2027, \d\d:\d\d\.$/);
    expect(texts('rule-title')).toEqual(['A third of members are unaligned consumers', 'Four meetings a year']);
    expect(texts('result-text')).toEqual(['Not met', 'Met']);
    expect(texts('rule-measure')[0]).toBe('In the group: 25% of the members counted. Needs at least 33%.');
    // Records are for the drill-down: none on the dashboard.
    expect(byTestId('rule-evidence')).toBeNull();
    expect(byTestId('portfolio-board-open')?.getAttribute('href')).toBe('/portfolio/boards/b1');
    expect(texts('portfolio-board-open')[0]).toBe('See the records: Harbour Community Board');
  });

  it('draws the years as a chart, with the same numbers in a table for screen readers', async () => {
    const { element, texts } = await open(testPortfolio());
    const chart = element.querySelector('[data-testid="trend-chart"]')!;
    expect(texts('trend-caption')).toEqual(['Rules by result in each reporting year: Ryan White Part A planning council, Harbour Community Board']);
    expect(chart.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(chart.querySelectorAll('[data-testid="trend-bar"]')).toHaveLength(2);
    expect([...chart.querySelectorAll('[data-testid="trend-table-row"]')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()))).toEqual([
      ['2026', '2', '1', '0', '1'],
      ['2027, so far', '0', '1', '0', '0'],
    ]);
    // Each result has its own fill pattern, not only its own colour.
    const fills = [...chart.querySelectorAll('[data-testid="trend-bar"] rect')].map((rect) => rect.getAttribute('fill'));
    expect(new Set(fills).size).toBe(3);
  });

  it('says "withheld" instead of any number when fewer than 5 people are counted', async () => {
    const withheld = testPortfolioRule({ measured: null, withheld: true });
    const { texts, byTestId, element } = await open(testPortfolio({ boards: [testPortfolioBoard({ packs: [testPortfolioPack({ rules: [withheld], trend: [] })] })] }));
    expect(texts('rule-withheld')).toEqual(['Withheld: the share would point to fewer than 5 people.']);
    expect(byTestId('rule-measure')).toBeNull();
    expect(element.querySelector('[data-testid="rule-result"]')?.textContent).not.toMatch(/\d+\s?%/);
  });

  it('says that a board shows once its organisation accepts the grant, when there is none yet', async () => {
    const { texts, byTestId } = await open({ boards: [] });
    expect(texts('portfolio-empty')).toEqual(['No boards yet: a grant shows here once the organisation accepts it.']);
    expect(byTestId('portfolio-grants-link')?.getAttribute('href')).toBe('/grants');
    expect(byTestId('portfolio-summary')).toBeNull();
  });

  it('looks for new results on request, and says when they are in', async () => {
    const { byTestId, texts, settle } = await open(testPortfolio());
    const passing = testPortfolioBoard({ packs: [testPortfolioPack({ rules: [testPortfolioRule({ result: 'pass', measured: 40 })] })], counts: { pass: 1, fail: 0, atRisk: 0, notEnoughData: 0 } });
    api.get.mockReturnValue(of(testPortfolio({ boards: [passing] })));
    byTestId('portfolio-refresh')!.click();
    await settle();
    expect(api.get).toHaveBeenCalledTimes(2);
    expect(texts('portfolio-status')).toEqual(['The results are up to date.']);
    expect(texts('result-text')).toEqual(['Met']);
    expect(texts('rule-measure')).toEqual(['In the group: 40% of the members counted. Needs at least 33%.']);
  });
});
