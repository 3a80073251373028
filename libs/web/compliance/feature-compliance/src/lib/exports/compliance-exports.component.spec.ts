import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ComplianceExportView } from '@cabinet/shared/contracts';
import { ComplianceExportsApi, type ExportAudience, testBoardPackCompliance, testComplianceExport, testPortfolioPack } from '@cabinet/web/compliance/data-access';
import { ApiError, IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { of, throwError } from 'rxjs';
import { MANAGER, testSession } from '../testing/test-session';
import { ComplianceExportsComponent, EXPORT_POLL_MS } from './compliance-exports.component';

const READY = testComplianceExport({ status: 'ready', finishedAt: '2027-05-20T10:00:03.000Z', fileName: 'harbour-cab-2027-evidence.pdf', sizeBytes: 20_480, auditHeadHash: 'ab'.repeat(32) });

describe('ComplianceExportsComponent', () => {
  let api: { list: jest.Mock; request: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = { list: jest.fn(() => of([])), request: jest.fn(() => of(testComplianceExport())) };
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  async function open(audience: ExportAudience = 'board', packs: unknown[] = [testBoardPackCompliance()], fakeTimers = false) {
    TestBed.configureTestingModule({ providers: [{ provide: ComplianceExportsApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    TestBed.inject(SessionStore).set(testSession(MANAGER));
    TestBed.inject(I18nService).setLocale('en');
    const fixture = TestBed.createComponent(ComplianceExportsComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    fixture.componentRef.setInput('audience', audience);
    fixture.componentRef.setInput('packs', packs);
    // With fake timers (the polling test) the app never turns stable on its own: run the timers instead.
    const settle = async () => {
      if (!fakeTimers) return fixture.whenStable();
      fixture.detectChanges();
      await jest.advanceTimersByTimeAsync(0);
      fixture.detectChanges();
    };
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim();
    const texts = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    return { fixture, element, byTestId, text, texts, settle };
  }

  it('offers both files for the year the page shows, and says when there is none yet', async () => {
    const { text, byTestId, element } = await open();
    expect(api.list).toHaveBeenCalledWith('b1', 'board');
    expect(element.querySelector('h2')?.textContent).toBe('Export');
    expect(text('exports-period')).toBe('Reporting year: 1 Jan 2027 to 31 Dec 2027');
    expect(text('export-csv')).toBe('Download results (CSV)');
    expect(text('export-pdf')).toBe('Evidence packet (PDF)');
    expect(text('exports-none')).toBe('No exports yet.');
    expect(byTestId('exports-no-period')).toBeNull();

    TestBed.resetTestingModule();
    const empty = await open('board', [testBoardPackCompliance({ current: null })]);
    expect(empty.text('exports-no-period')).toBe('You can export once the board has its first results.');
    expect(empty.byTestId('export-pdf')).toBeNull();
  });

  it('asks a funder’s exports through its portfolio, for the year chosen among the packs’ years', async () => {
    const fiscal = testPortfolioPack({ packId: 'p2', period: { from: '2026-07-01', to: '2027-06-30', evaluatedAt: '2027-05-20T05:00:00.000Z' } });
    const { byTestId, fixture } = await open('funder', [testPortfolioPack(), fiscal]);
    const select = byTestId<HTMLSelectElement>('exports-period')!;
    expect([...select.options].map((option) => option.textContent?.trim())).toEqual(['1 Jan 2027 to 31 Dec 2027', '1 Jul 2026 to 30 Jun 2027']);
    select.value = '2026-07-01';
    select.dispatchEvent(new Event('change'));
    byTestId('export-csv')!.click();
    await fixture.whenStable();
    expect(api.request).toHaveBeenCalledWith('b1', 'funder', { kind: 'results_csv', periodFrom: '2026-07-01' });
  });

  it('polls every 2 seconds while a file is being made, then announces it and links the download', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    const queued = testComplianceExport();
    api.list.mockReturnValueOnce(of([])).mockReturnValueOnce(of([queued])).mockReturnValueOnce(of([queued])).mockReturnValue(of([READY]));
    const { byTestId, text, texts, settle } = await open('board', [testBoardPackCompliance()], true);
    byTestId('export-pdf')!.click();
    await settle();
    expect(api.request).toHaveBeenCalledWith('b1', 'board', { kind: 'evidence_pdf', periodFrom: '2027-01-01' });
    expect(text('exports-notice')).toBe('Cabinet is making your file. It appears in the list below when it is ready.');
    expect(texts('export-status')).toEqual(['Being made…']);
    expect(api.list).toHaveBeenCalledTimes(2);

    await jest.advanceTimersByTimeAsync(EXPORT_POLL_MS);
    await settle();
    expect(api.list).toHaveBeenCalledTimes(3);
    expect(texts('export-status')).toEqual(['Being made…']);

    await jest.advanceTimersByTimeAsync(EXPORT_POLL_MS);
    await settle();
    expect(api.list).toHaveBeenCalledTimes(4);
    expect(byTestId('exports-notice')?.closest('[role="status"]')).not.toBeNull();
    expect(text('exports-notice')).toBe('Evidence packet (PDF) for 1 Jan 2027 to 31 Dec 2027 is ready to download.');
    const link = byTestId<HTMLAnchorElement>('export-download')!;
    expect(link.getAttribute('href')).toBe('/api/compliance/exports/e1/file');
    expect(link.hasAttribute('download')).toBe(true);
    expect(link.textContent).toBe('Download harbour-cab-2027-evidence.pdf');
    expect(text('export-hash')).toBe(`Audit chain head when made: ${'ab'.repeat(32)}`);

    // Nothing left to wait for: no more reads.
    await jest.advanceTimersByTimeAsync(EXPORT_POLL_MS * 3);
    expect(api.list).toHaveBeenCalledTimes(4);
  });

  it('shows an export that failed, and a refusal from the API', async () => {
    api.list.mockReturnValue(of([testComplianceExport({ status: 'failed', error: 'The export could not be made.' }) as ComplianceExportView]));
    api.request.mockReturnValue(throwError(() => new ApiError(422, 'validation_failed', 'periodFrom must be the first day of a reporting year this board has results for', [{ field: 'periodFrom', message: 'must be the first day of a reporting year this board has results for' }])));
    const { byTestId, texts, element, fixture } = await open();
    expect(texts('export-status')).toEqual(['Could not be made. Please ask for it again.']);
    byTestId('export-csv')!.click();
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('!The board has no stored results for that reporting year yet.');
  });
});
