import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { BoardReportsApi, ComplianceExportsApi, testBoardReport, testComplianceExport } from '@cabinet/web/compliance/data-access';
import { ApiError, IdleWatcher, SessionStore } from '@cabinet/web/identity/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { of, throwError } from 'rxjs';
import { EXPORT_POLL_MS } from '../exports/compliance-exports.component';
import { MANAGER, testSession } from '../testing/test-session';
import { AnnualReportComponent, reportYears } from './annual-report.component';

const NOW = new Date('2027-05-20T10:00:00Z');
const QUEUED = testComplianceExport({ id: 'a1', kind: 'annual_report_pdf', periodFrom: '2026-01-01', periodTo: '2026-12-31' });
const READY = { ...QUEUED, status: 'ready' as const, finishedAt: '2027-05-20T10:00:03.000Z', fileName: 'harbour-cab-2026-annual-report.pdf', sizeBytes: 20_480 };

describe('AnnualReportComponent', () => {
  let exportsApi: { list: jest.Mock; request: jest.Mock };
  let reportsApi: { list: jest.Mock; record: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    exportsApi = { list: jest.fn(() => of([])), request: jest.fn(() => of(QUEUED)) };
    reportsApi = { list: jest.fn(() => of([])), record: jest.fn(() => of(testBoardReport())) };
  });

  afterEach(() => {
    TestBed.inject(IdleWatcher).stop();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  /** With fake timers the app never turns stable on its own (the polling test): run the timers instead. */
  async function open(fakeTimers = false) {
    jest.useFakeTimers({ now: NOW, doNotFake: fakeTimers ? ['queueMicrotask', 'nextTick', 'setImmediate'] : ['queueMicrotask', 'nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    TestBed.configureTestingModule({
      providers: [
        { provide: ComplianceExportsApi, useValue: exportsApi },
        { provide: BoardReportsApi, useValue: reportsApi },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(SessionStore).set(testSession(MANAGER));
    TestBed.inject(I18nService).setLocale('en');
    const fixture = TestBed.createComponent(AnnualReportComponent);
    fixture.componentRef.setInput('boardId', 'b1');
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
    const type = (testId: string, value: string) => {
      const field = byTestId<HTMLInputElement>(testId)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    return { fixture, element, byTestId, text, texts, type, settle };
  }

  it('offers this year and the four before, last year first, and says when nothing is made or recorded yet', async () => {
    expect(reportYears(NOW)).toEqual([2027, 2026, 2025, 2024, 2023]);
    const { byTestId, text, element } = await open();
    expect(element.querySelector('h2')?.textContent).toBe('Annual report');
    const year = byTestId<HTMLSelectElement>('annual-year')!;
    expect([...year.options].map((option) => option.textContent?.trim())).toEqual(['2027', '2026', '2025', '2024', '2023']);
    expect(year.selectedOptions[0]?.textContent?.trim()).toBe('2026');
    expect(byTestId<HTMLInputElement>('annual-published-on')!.value).toBe('2027-05-20');
    expect(text('annual-make')).toBe('Make the annual report (PDF)');
    expect(text('annual-no-files')).toBe('No annual report made yet.');
    expect(text('annual-none')).toBe('No report recorded as made public yet.');
    expect(exportsApi.list).toHaveBeenCalledWith('b1', 'board');
    expect(reportsApi.list).toHaveBeenCalledWith('b1');
  });

  it('makes the chosen year’s report, reads the list every 2 seconds while it is made, then announces it and links the download', async () => {
    exportsApi.list
      .mockReturnValueOnce(of([testComplianceExport()]))
      .mockReturnValueOnce(of([QUEUED]))
      .mockReturnValue(of([READY, testComplianceExport()]));
    const { byTestId, text, texts, settle } = await open(true);
    // Other exports are the "Export" section's: not listed here.
    expect(text('annual-no-files')).toBe('No annual report made yet.');
    byTestId('annual-make')!.click();
    await settle();
    expect(exportsApi.request).toHaveBeenCalledWith('b1', 'board', { kind: 'annual_report_pdf', periodFrom: '2026-01-01' });
    expect(text('annual-notice')).toBe('Cabinet is making the report. A download link appears below when it is ready.');
    expect(texts('annual-file-status')).toEqual(['Being made…']);

    await jest.advanceTimersByTimeAsync(EXPORT_POLL_MS);
    await settle();
    expect(byTestId('annual-notice')?.closest('[role="status"]')).not.toBeNull();
    expect(text('annual-notice')).toBe('The annual report for 2026 is ready to download.');
    expect(texts('annual-file')).toEqual(['Annual report 2026 · Download harbour-cab-2026-annual-report.pdf']);
    expect(byTestId<HTMLAnchorElement>('annual-download')!.getAttribute('href')).toBe('/api/compliance/exports/a1/file');
    await jest.advanceTimersByTimeAsync(EXPORT_POLL_MS * 3);
    expect(exportsApi.list).toHaveBeenCalledTimes(3);
  });

  it('records the year as made public on the day given, with the report Cabinet made for it, and lists it', async () => {
    exportsApi.list.mockReturnValue(of([READY]));
    reportsApi.list.mockReturnValueOnce(of([])).mockReturnValue(of([testBoardReport({ publishedOn: '2027-05-02', exportId: 'a1' })]));
    reportsApi.record.mockReturnValue(of(testBoardReport({ publishedOn: '2027-05-02', exportId: 'a1' })));
    const { byTestId, text, texts, type, fixture } = await open();
    type('annual-published-on', '2027-05-02');
    byTestId('annual-record')!.click();
    await fixture.whenStable();
    expect(reportsApi.record).toHaveBeenCalledWith('b1', { year: 2026, publishedOn: '2027-05-02', exportId: 'a1' });
    expect(text('annual-notice')).toBe('Recorded: the 2026 report was made public on 2 May 2027. The compliance results update in a moment.');
    expect(texts('annual-recorded')).toEqual(['2026 report: made public on 2 May 2027 (made with Cabinet)']);
  });

  it('refuses a day after today or before the year began without asking, and says when the year already has a report', async () => {
    const { byTestId, text, type, fixture } = await open();
    type('annual-published-on', '2027-05-21');
    byTestId('annual-record')!.click();
    await fixture.whenStable();
    expect(text('annual-published-on-error')).toBe('Choose today or an earlier day.');
    type('annual-published-on', '2025-12-31');
    byTestId('annual-record')!.click();
    await fixture.whenStable();
    expect(text('annual-published-on-error')).toBe('A report cannot be made public before its year began.');
    expect(reportsApi.record).not.toHaveBeenCalled();

    reportsApi.record.mockReturnValue(throwError(() => new ApiError(422, 'validation_failed', 'year already has an annual report recorded for this board', [{ field: 'year', message: 'already has an annual report recorded for this board' }])));
    type('annual-published-on', '2027-05-01');
    byTestId('annual-record')!.click();
    await fixture.whenStable();
    expect(reportsApi.record).toHaveBeenCalledWith('b1', { year: 2026, publishedOn: '2027-05-01', exportId: null });
    expect(text('annual-year-error')).toBe('This year already has a report recorded as made public.');
  });
});
