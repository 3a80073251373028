import { TestBed } from '@angular/core/testing';
import type { PeerInputView } from '@cabinet/shared/contracts';
import { testPeerInput } from '@cabinet/web/peer-input/data-access';
import { I18nService } from '@cabinet/web/shared/i18n';
import { SourceInputLineComponent } from './source-input-line.component';
import { SourceInputComponent } from './source-input.component';

describe('the source input of a recommendation', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });

  afterEach(() => jest.restoreAllMocks());

  async function show(source: PeerInputView) {
    const fixture = TestBed.createComponent(SourceInputComponent);
    fixture.componentRef.setInput('source', source);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { element, text: (testId: string) => element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() };
  }

  it('shows anonymous input’s kind, day and words under a heading, and that nobody can see who sent it', async () => {
    const { element, text } = await show(testPeerInput({ kind: 'complaint', body: 'The night staff shouted at me.', receivedOn: '2027-03-01', author: null }));
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('The input this comes from');
    expect(text('source-input-kind')).toBe('A complaint');
    expect(text('source-input-received')).toBe('Received 1 Mar 2027');
    expect(text('source-input-body')).toBe('The night staff shouted at me.');
    expect(text('source-input-sender')).toBe('Sent anonymously. Nobody can see who sent it.');
  });

  it('names the member who sent named input', async () => {
    const { text } = await show(testPeerInput({ channel: 'member', author: 'Robin' }));
    expect(text('source-input-sender')).toBe('From Robin');
  });

  it('speaks the reader’s language', async () => {
    TestBed.inject(I18nService).setLocale('pt');
    const { text } = await show(testPeerInput({ kind: 'idea', author: null }));
    expect(text('source-input-kind')).toBe('Uma ideia');
    expect(text('source-input-sender')).toContain('anónima');
  });

  it('gives the recommendation page the day its input arrived, in one line', async () => {
    const fixture = TestBed.createComponent(SourceInputLineComponent);
    fixture.componentRef.setInput('receivedOn', '2027-03-01');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('From input received on 1 Mar 2027');
  });
});
