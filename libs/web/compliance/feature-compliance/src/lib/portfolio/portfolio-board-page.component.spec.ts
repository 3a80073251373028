import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { PortfolioBoardView } from '@cabinet/shared/contracts';
import { ComplianceExportsApi, PortfolioApi, testPortfolioBoard, testPortfolioPack, testPortfolioRule } from '@cabinet/web/compliance/data-access';
import { ApiError, IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { funderSession } from '../testing/funder-session';
import { AUDITOR } from '../testing/test-session';
import { PortfolioBoardPageComponent } from './portfolio-board-page.component';

const WITH_EVIDENCE = testPortfolioRule({
  evidence: [
    { type: 'member', id: 'm1', note: 'counted', on: null, label: 'Sam (peer seat)', meetingId: null },
    { type: 'meeting', id: 'mt1', note: 'held', on: '2027-02-10', label: 'February meeting', meetingId: 'mt1' },
  ],
});

describe('PortfolioBoardPageComponent', () => {
  let api: { board: jest.Mock; audit: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = { board: jest.fn(), audit: jest.fn(() => of({ boardId: 'b1', entries: [], chains: [] })) };
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.restoreAllMocks();
  });

  async function open(view: PortfolioBoardView | Error) {
    api.board.mockReturnValue(view instanceof Error ? throwError(() => view) : of(view));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: PortfolioApi, useValue: api }, { provide: ComplianceExportsApi, useValue: { list: () => of([]) } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    TestBed.inject(SessionStore).set(funderSession(AUDITOR));
    const fixture = TestBed.createComponent(PortfolioBoardPageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const texts = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    return { element, texts };
  }

  it('lists the records behind each rule as text, with no links into the organisation’s pages', async () => {
    const { element, texts } = await open(testPortfolioBoard({ packs: [testPortfolioPack({ rules: [WITH_EVIDENCE] })] }));
    expect(api.board).toHaveBeenCalledWith('b1');
    expect(element.querySelector('h1')?.textContent).toBe('Harbour Community Board');
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Ryan White Part A planning council');
    expect(element.querySelector('h3')?.textContent).toBe('A third of members are unaligned consumers');
    expect(texts('rule-measure')).toEqual(['In the group: 25% of the members counted. Needs at least 33%.']);
    expect(element.querySelector('[data-testid="rule-evidence"] summary')?.textContent).toBe('Records this result rests on (2)');
    expect(texts('evidence-item')).toEqual(['Member · Sam (peer seat) — counted', 'Meeting · 10 Feb 2027 · February meeting — held']);
    expect(element.querySelector('[data-testid="rule-evidence"] a')).toBeNull();
    expect(texts('portfolio-back')).toEqual(['Back to the portfolio']);
  });

  it('says a pack is not checked yet before its first results', async () => {
    const { texts } = await open(testPortfolioBoard({ packs: [testPortfolioPack({ period: null, rules: [], trend: [] })] }));
    expect(texts('portfolio-pack-not-checked')).toEqual(['Version 1. Not checked yet: results usually appear within a minute of the organisation accepting.']);
  });

  it('explains a board that is not in the portfolio', async () => {
    const { element } = await open(new ApiError(404, 'not_found', 'Not found'));
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('This board is not in your portfolio.');
  });
});
