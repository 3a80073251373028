import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ProgressUpdateView, RecommendationDetail } from '@cabinet/shared/contracts';
import { ApiError } from '@cabinet/web/identity/data-access';
import { AgencyResponsesApi, testRecommendationDetail } from '@cabinet/web/recommendations/data-access';
import { of, throwError } from 'rxjs';
import { ProgressFormComponent } from './progress-form.component';

const update = (id: string): ProgressUpdateView => ({ id, milestoneId: null, text: 'Staff hired', link: null, percentComplete: 50, createdAt: '2027-04-01T10:00:00.000Z', files: [] });
const file = (name: string, bytes = 10) => new File([new Uint8Array(bytes)], name);

describe('ProgressFormComponent', () => {
  let agency: Record<'postProgress' | 'attachEvidence', jest.Mock>;
  const planning = testRecommendationDetail({ status: 'in_progress', can: { plan: true }, progress: [update('p-old')] });
  const posted = testRecommendationDetail({ status: 'in_progress', can: { plan: true }, progress: [update('p-old'), update('p-new')] });

  beforeEach(() => {
    localStorage.clear();
    agency = { postProgress: jest.fn(() => of(posted)), attachEvidence: jest.fn(() => of(posted)) };
  });

  async function open() {
    TestBed.configureTestingModule({ providers: [{ provide: AgencyResponsesApi, useValue: agency }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(ProgressFormComponent);
    fixture.componentRef.setInput('recommendation', planning);
    const emitted: RecommendationDetail[] = [];
    fixture.componentInstance.changed.subscribe((detail) => emitted.push(detail));
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const settle = () => TestBed.inject(ApplicationRef).whenStable();
    const type = async (testId: string, value: string) => {
      const field = byTestId<HTMLInputElement | HTMLTextAreaElement>(testId)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
      await settle();
    };
    const choose = async (...files: File[]) => {
      const picker = byTestId<HTMLInputElement>('progress-files')!;
      Object.defineProperty(picker, 'files', { value: files, configurable: true });
      picker.dispatchEvent(new Event('change'));
      await settle();
    };
    const submit = async () => {
      byTestId('progress-submit')!.click();
      await settle();
    };
    const text = (testId: string) => byTestId(testId)?.textContent?.replace(/\s+/g, ' ').trim();
    const fill = async () => {
      await type('progress-text', 'Half the staff hired');
      await type('progress-percent', '50');
    };
    return { element, byTestId, choose, submit, text, fill, emitted };
  }

  it('labels the file picker and says which files it takes, how many and how large', async () => {
    const { element, byTestId } = await open();
    const picker = byTestId<HTMLInputElement>('progress-files')!;
    expect(element.querySelector(`label[for="${picker.id}"]`)?.textContent).toContain('Files to show the work');
    expect(picker.multiple).toBe(true);
    expect(picker.accept).toContain('.pdf');
    expect(element.querySelector(`#${picker.getAttribute('aria-describedby')}`)?.textContent).toContain('Up to 3 files of at most 5 MB');
  });

  it('refuses a fourth file, a file too large and one of another kind before sending anything', async () => {
    const { choose, submit, fill, text, byTestId } = await open();
    await fill();
    await choose(file('a.pdf'), file('b.pdf'), file('c.pdf'), file('d.pdf'));
    expect(text('progress-files-problem')).toBe('Choose at most 3 files.');
    await choose(file('report.pdf', 5 * 1024 * 1024 + 1));
    expect(text('progress-files-problem')).toBe('“report.pdf” is larger than 5 MB.');
    await choose(file('setup.exe'));
    expect(text('progress-files-problem')).toContain('“setup.exe” is not a kind of file we can take');
    expect(byTestId('progress-files')!.getAttribute('aria-invalid')).toBe('true');
    await submit();
    expect(agency.postProgress).not.toHaveBeenCalled();
  });

  it('posts the update, then adds each chosen file to it, and shows the recommendation as it then is', async () => {
    const attached = testRecommendationDetail({ status: 'in_progress', title: 'With files' });
    agency.attachEvidence.mockReturnValueOnce(of(posted)).mockReturnValueOnce(of(attached));
    const { choose, submit, fill, element, byTestId, emitted } = await open();
    await fill();
    const [report, photo] = [file('report.pdf'), file('photo.JPG', 2048)];
    await choose(report, photo);
    expect([...element.querySelectorAll('[data-testid="progress-files-chosen"] li')].map((item) => item.textContent?.trim())).toEqual(['report.pdf (1 kB)', 'photo.JPG (2 kB)']);
    await submit();
    expect(agency.postProgress).toHaveBeenCalledWith('b1', 'r1', { text: 'Half the staff hired', percentComplete: 50 });
    expect(agency.attachEvidence.mock.calls).toEqual([
      ['b1', 'r1', 'p-new', report],
      ['b1', 'r1', 'p-new', photo],
    ]);
    expect(emitted).toEqual([attached]);
    expect(byTestId('progress-files-chosen')).toBeNull();
  });

  it('names a file that could not be added, without losing the update that was posted', async () => {
    agency.attachEvidence.mockReturnValueOnce(throwError(() => new ApiError(422, 'validation_failed', 'file is not what its type says'))).mockReturnValueOnce(of(posted));
    const { choose, submit, fill, text, emitted } = await open();
    await fill();
    await choose(file('fake.pdf'), file('real.pdf'));
    await submit();
    expect(agency.attachEvidence).toHaveBeenCalledTimes(2);
    expect(emitted).toEqual([posted]);
    expect(text('progress-files-not-attached')).toContain('these files could not be added: fake.pdf.');
  });
});
