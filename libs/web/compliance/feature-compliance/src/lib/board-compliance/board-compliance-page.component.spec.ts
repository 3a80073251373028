import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { BoardComplianceView, Permission } from '@cabinet/shared/contracts';
import { BoardsApi, testBoardDetail } from '@cabinet/web/boards/data-access';
import { BoardComplianceApi, BoardReportsApi, ComplianceExportsApi, CompliancePacksApi, testBoardCompliance, testBoardPackCompliance, testCompliancePack, testComplianceRule } from '@cabinet/web/compliance/data-access';
import { ApiError, IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { of, throwError } from 'rxjs';
import { AUDITOR, MANAGER, READER, testSession } from '../testing/test-session';
import { BoardCompliancePageComponent } from './board-compliance-page.component';

const MEETINGS_RULE = testComplianceRule({
  ruleKey: 'four-meetings',
  kind: 'meetings_held',
  title: 'Four meetings a year',
  result: 'at_risk',
  measured: 2,
  threshold: 4,
  unit: 'count',
  source: { citation: 'Grant letter, section 3', url: null },
  evidence: [
    { type: 'meeting', id: 'mt1', note: 'held', on: '2027-02-10', label: 'February meeting', meetingId: 'mt1' },
    { type: 'recommendation', id: 'r1', note: 'late', on: '2027-03-01', label: 'Saturday opening', meetingId: null },
    { type: 'member', id: 'm1', note: 'something_new', on: null, label: 'Sam', meetingId: null },
  ],
});

describe('BoardCompliancePageComponent', () => {
  let api: Record<'get' | 'attach' | 'remove', jest.Mock>;
  let boards: { get: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    jest.useFakeTimers({ now: new Date('2027-05-20T10:00:00Z'), doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    api = { get: jest.fn(), attach: jest.fn(() => of(undefined)), remove: jest.fn(() => of(undefined)) };
    boards = { get: jest.fn(() => of(testBoardDetail())) };
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  async function open(view: BoardComplianceView | Error = testBoardCompliance(), permissions: Permission[] = READER, asOf?: string) {
    api.get.mockReturnValue(view instanceof Error ? throwError(() => view) : of(view));
    const packs = { list: jest.fn(() => of([testCompliancePack(), testCompliancePack({ id: 'p2', name: 'Massachusetts PFAC', seeded: true, organizationId: null })])) };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardComplianceApi, useValue: api },
        { provide: ComplianceExportsApi, useValue: { list: () => of([]) } },
        { provide: BoardReportsApi, useValue: { list: () => of([]) } },
        { provide: CompliancePacksApi, useValue: packs },
        { provide: BoardsApi, useValue: boards },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(SessionStore).set(testSession(permissions));
    const fixture = TestBed.createComponent(BoardCompliancePageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    if (asOf) fixture.componentRef.setInput('asOf', asOf);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const settle = () => TestBed.inject(ApplicationRef).whenStable();
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const all = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
    const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim();
    const click = async (testId: string) => {
      byTestId(testId)!.click();
      await settle();
    };
    return { fixture, element, byTestId, all, text, click, settle, packs };
  }

  it('shows each pack’s version, reporting year and day, and each rule’s status in words, measure and source', async () => {
    const { text, all, byTestId } = await open();
    expect(api.get).toHaveBeenCalledWith('b1', null);
    expect(text('compliance-intro')).toContain('Harbour Community Board');
    expect(text('board-pack-name')).toBe('City grant rules');
    expect(text('board-pack-version')).toBe('2');
    expect(text('board-pack-year')).toBe('1 Jan 2027 to 31 Dec 2027');
    expect(text('board-pack-as-of')).toBe('20 May 2027');
    expect(text('board-pack-summary')).toBe('Rules met: 0 of 1.');
    expect(text('rule-title')).toBe('A third of voting members are consumers');
    // The icon is decoration; the words carry the status.
    expect(text('result-text')).toBe('Not met');
    expect(byTestId('result-badge')?.querySelector('[aria-hidden="true"]')?.textContent).toBe('✖');
    expect(text('rule-measure')).toBe('In the group: 31.2% of the members counted. Needs at least 33%.');
    const source = byTestId<HTMLAnchorElement>('rule-source-link')!;
    expect(source.getAttribute('href')).toBe('https://www.mass.gov/regulations/105-CMR-130');
    expect(source.textContent).toContain('(opens in a new tab)');
    expect(all('evidence-note').map((note) => note.textContent?.trim())).toEqual(['— counted', '— not counted']);
    expect(byTestId('as-of-notice')).toBeNull();
  });

  it('lists the records behind a rule, linking meetings and recommendations to their pages, and explains "at risk"', async () => {
    const { all, text, byTestId } = await open(testBoardCompliance({ packs: [testBoardPackCompliance({ current: { ...testBoardPackCompliance().current!, rules: [MEETINGS_RULE] } })] }));
    expect(text('result-text')).toBe('At risk');
    expect(text('rule-hint')).toContain('will not be met by the end of the reporting year');
    expect(text('rule-measure')).toBe('Meetings held: 2. Needs at least 4.');
    expect(text('rule-source')).toBe('Source: Grant letter, section 3');
    expect(byTestId('rule-evidence')?.querySelector('summary')?.textContent).toBe('Records this result rests on (3)');
    expect(all('evidence-item').map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Meeting · 10 Feb 2027 · February meeting — held',
      'Recommendation · 1 Mar 2027 · Saturday opening — late',
      'Member · Sam — something new',
    ]);
    expect(all('evidence-link').map((link) => link.getAttribute('href'))).toEqual(['/boards/b1/meetings/mt1', '/boards/b1/recommendations/r1']);
  });

  it('shows earlier years as a table of counts', async () => {
    const { all, byTestId } = await open();
    expect(byTestId('pack-trend')?.querySelector('caption')?.textContent).toBe('Rules in earlier reporting years of City grant rules');
    expect(all('trend-row').map((row) => [...row.children].map((cell) => cell.textContent?.trim()))).toEqual([['1 Jan 2026 to 31 Dec 2026', '3', '1', '0', '1']]);
  });

  it('says when the board has no pack, and offers nothing to change to a reader', async () => {
    const { text, byTestId } = await open(testBoardCompliance({ packs: [] }));
    expect(text('compliance-empty')).toBe('This board is not checked against any compliance pack yet. A manager of the board can add one.');
    expect(byTestId('add-pack')).toBeNull();
    expect(byTestId('pack-remove')).toBeNull();
    expect(byTestId('annual-report')).toBeNull();
  });

  it('lets a manager add a pack the board is not checked against yet, and says results follow', async () => {
    const { all, byTestId, settle, text, packs } = await open(testBoardCompliance({ packs: [] }), MANAGER);
    expect(packs.list).toHaveBeenCalled();
    expect(byTestId('annual-report')).not.toBeNull();
    // p1 is not attached here: both packs are offered.
    expect(all('add-pack-select').flatMap((select) => [...(select as HTMLSelectElement).options].map((option) => option.textContent?.trim()))).toEqual([
      'Choose a pack',
      'City grant rules (version 2)',
      'Massachusetts PFAC (from Cabinet)',
    ]);
    const select = byTestId<HTMLSelectElement>('add-pack-select')!;
    select.value = 'p2';
    select.dispatchEvent(new Event('change'));
    api.get.mockReturnValue(of(testBoardCompliance()));
    byTestId('add-pack-submit')!.click();
    await settle();
    expect(api.attach).toHaveBeenCalledWith('b1', 'p2');
    expect(text('compliance-status')).toBe('Massachusetts PFAC was added. Results appear within a few seconds.');
    expect(api.get).toHaveBeenCalledTimes(2);
  });

  it('does not offer a pack the board already has, and asks to choose one before adding', async () => {
    const { byTestId, settle } = await open(testBoardCompliance(), MANAGER);
    expect([...byTestId<HTMLSelectElement>('add-pack-select')!.options].map((option) => option.value)).toEqual(['', 'p2']);
    byTestId('add-pack-submit')!.click();
    await settle();
    expect(api.attach).not.toHaveBeenCalled();
  });

  it('asks a manager to confirm before removing a pack, and removes it only on yes', async () => {
    const { click, text, byTestId } = await open(testBoardCompliance(), MANAGER);
    expect(text('pack-remove')).toBe('Remove this pack: City grant rules');
    await click('pack-remove');
    expect(text('pack-remove-question')).toBe('Remove City grant rules from this board? Cabinet will stop checking the board against it.');
    expect(document.activeElement).toBe(byTestId('pack-remove-question'));
    await click('pack-remove-no');
    expect(byTestId('pack-remove-confirm')).toBeNull();
    expect(api.remove).not.toHaveBeenCalled();

    await click('pack-remove');
    await click('pack-remove-yes');
    expect(api.remove).toHaveBeenCalledWith('b1', 'p1');
    expect(text('compliance-status')).toBe('City grant rules was removed from this board.');
  });

  it('puts a day in the address to look back, and says plainly that the results were worked out again', async () => {
    const { byTestId, settle } = await open();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const day = byTestId<HTMLInputElement>('as-of-day')!;
    day.value = '2026-12-31';
    day.dispatchEvent(new Event('input'));
    byTestId('as-of-show')!.click();
    await settle();
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { asOf: '2026-12-31' } }));
  });

  it('shows an "as of" view with its notice, without changes to packs', async () => {
    const pack = testBoardPackCompliance({ trend: [], current: { ...testBoardPackCompliance().current!, asOf: '2026-12-31', evaluatedAt: null } });
    const { text, byTestId } = await open(testBoardCompliance({ asOf: '2026-12-31', packs: [pack] }), MANAGER, '2026-12-31');
    expect(api.get).toHaveBeenCalledWith('b1', '2026-12-31');
    expect(text('as-of-notice')).toContain('as of 31 Dec 2026. Cabinet worked them out again');
    expect(text('board-pack-checked')).toBe('Worked out for this page, not stored');
    expect(byTestId('pack-remove')).toBeNull();
    expect(byTestId('add-pack')).toBeNull();
    expect(byTestId<HTMLInputElement>('as-of-day')?.value).toBe('2026-12-31');
    expect(byTestId('as-of-clear')).not.toBeNull();
  });

  it('refuses a day after today without reloading', async () => {
    const { byTestId, settle, text } = await open();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const day = byTestId<HTMLInputElement>('as-of-day')!;
    day.value = '2027-05-21';
    day.dispatchEvent(new Event('input'));
    byTestId('as-of-show')!.click();
    await settle();
    expect(navigate).not.toHaveBeenCalled();
    expect(text('as-of-error')).toBe('Choose today or a day before.');
  });

  it('shows a funder’s auditor the results without asking for the board or linking its records', async () => {
    const { byTestId, all } = await open(testBoardCompliance({ packs: [testBoardPackCompliance({ current: { ...testBoardPackCompliance().current!, rules: [MEETINGS_RULE] } })] }), AUDITOR);
    expect(boards.get).not.toHaveBeenCalled();
    expect(byTestId('compliance-back')).toBeNull();
    expect(all('evidence-link')).toHaveLength(0);
    expect(all('evidence-item')).toHaveLength(3);
  });

  it('says when a pack has no results yet, and looks again on request', async () => {
    const { text, click } = await open(testBoardCompliance({ packs: [testBoardPackCompliance({ current: null, trend: [] })] }));
    expect(text('board-pack-not-checked')).toBe('Not checked yet. Results usually appear within a few seconds.');
    await click('board-pack-refresh');
    expect(api.get).toHaveBeenCalledTimes(2);
  });

  it('says why when the results cannot be loaded', async () => {
    const { element } = await open(new ApiError(404, 'not_found', 'Not found'));
    expect(element.querySelector('cab-form-status')?.textContent).toBeTruthy();
  });
});
