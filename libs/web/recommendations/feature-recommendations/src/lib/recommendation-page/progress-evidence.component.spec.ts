import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { EvidenceFileView, RecommendationDetail } from '@cabinet/shared/contracts';
import { RecommendationsApi, testRecommendationDetail } from '@cabinet/web/recommendations/data-access';
import { of } from 'rxjs';
import { ProgressEvidenceComponent } from './progress-evidence.component';

const evidence = (overrides: Partial<EvidenceFileView>): EvidenceFileView => ({
  id: 'f1',
  name: 'Report.pdf',
  contentType: 'application/pdf',
  sizeBytes: 1_572_864,
  uploadedAt: '2027-04-01T10:00:00.000Z',
  canRemove: false,
  ...overrides,
});

describe('ProgressEvidenceComponent', () => {
  let removeEvidence: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    removeEvidence = jest.fn(() => of(testRecommendationDetail({ title: 'After removal' })));
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(detail: RecommendationDetail) {
    TestBed.configureTestingModule({ providers: [{ provide: RecommendationsApi, useValue: { removeEvidence } }] });
    const fixture = TestBed.createComponent(ProgressEvidenceComponent);
    fixture.componentRef.setInput('recommendation', detail);
    const emitted: RecommendationDetail[] = [];
    fixture.componentInstance.changed.subscribe((changed) => emitted.push(changed));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const all = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
    return { element, all, emitted, settle: () => TestBed.inject(ApplicationRef).whenStable() };
  }

  const withFiles = (files: EvidenceFileView[]) =>
    testRecommendationDetail({
      status: 'in_progress',
      progress: [
        { id: 'p1', milestoneId: null, text: 'Advert out', link: null, percentComplete: 10, createdAt: '2027-03-01T10:00:00.000Z', files: [] },
        { id: 'p2', milestoneId: null, text: 'Staff hired', link: null, percentComplete: 50, createdAt: '2027-04-01T10:00:00.000Z', files },
      ],
    });

  it('shows nothing until a progress update has a file', async () => {
    const { element } = await open(withFiles([]));
    expect(element.querySelector('section')).toBeNull();
  });

  it('lists each file under its update as a download link, with its kind and size in words', async () => {
    const { element, all } = await open(withFiles([evidence({}), evidence({ id: 'f2', name: 'Rota.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sizeBytes: 20_480 })]));
    expect(element.querySelector('h2')?.textContent).toBe('Evidence files');
    expect(element.querySelector('h3')?.textContent?.trim()).toBe('Update of 1 Apr 2027 (50% done)');
    const links = all('evidence-link') as HTMLAnchorElement[];
    expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.hasAttribute('download')])).toEqual([
      ['Report.pdf', '/api/boards/b1/recommendations/r1/evidence/f1', true],
      ['Rota.xlsx', '/api/boards/b1/recommendations/r1/evidence/f2', true],
    ]);
    expect(all('evidence-facts').map((facts) => facts.textContent?.trim())).toEqual(['(PDF, 1.5 MB)', '(Excel, 20 kB)']);
    expect(all('evidence-remove')).toEqual([]);
  });

  it('offers removal only where the API allows it, named for screen readers, and shows the result', async () => {
    const { all, emitted, settle } = await open(withFiles([evidence({}), evidence({ id: 'f2', name: 'Mine.png', contentType: 'image/png', canRemove: true })]));
    const [remove] = all('evidence-remove');
    expect(all('evidence-remove')).toHaveLength(1);
    expect(remove!.getAttribute('aria-label')).toBe('Remove the file “Mine.png”');
    remove!.click();
    await settle();
    expect(removeEvidence).toHaveBeenCalledWith('b1', 'r1', 'f2');
    expect(emitted.map((detail) => detail.title)).toEqual(['After removal']);
  });
});
