import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { BoardDetail } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { PeerInputApi, testMyInput } from '@cabinet/web/peer-input/data-access';
import { of } from 'rxjs';
import { SendInputPageComponent } from './send-input-page.component';

const board = (overrides: Partial<BoardDetail> = {}) =>
  ({ id: 'b1', settings: { name: 'Harbour Peer Board' }, canManage: false, myMemberId: 'm1', roster: [], ...overrides }) as unknown as BoardDetail;

describe('SendInputPageComponent', () => {
  let get: jest.Mock;
  let submit: jest.Mock;
  let mine: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    get = jest.fn().mockReturnValue(of(board()));
    submit = jest.fn();
    mine = jest.fn().mockReturnValue(of([testMyInput({ status: 'answered', answer: 'We fixed it.' })]));
  });

  afterEach(() => jest.restoreAllMocks());

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get } },
        { provide: PeerInputApi, useValue: { submit, mine } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(SendInputPageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const write = (text: string) => {
      byTestId('input-kind-idea')?.querySelector<HTMLInputElement>('input')?.click();
      const body = byTestId<HTMLTextAreaElement>('input-body')!;
      body.value = text;
      body.dispatchEvent(new Event('input'));
    };
    return { fixture, element, byTestId, write };
  }

  it('lists the member’s named input with where it stands', async () => {
    const { byTestId } = await open();
    expect(byTestId('my-input-status')?.textContent).toContain('Answered');
    expect(byTestId('my-input-answer')?.textContent).toContain('We fixed it.');
  });

  it('explains what sending without a name means', async () => {
    const { element } = await open();
    expect(element.textContent).toContain('Nobody on the board can see it was you');
  });

  it('sends anonymous input and shows its claim code once', async () => {
    submit.mockReturnValue(of({ id: 'i1', claimCode: 'K7M2P-X9QRT' }));
    const { fixture, byTestId, write } = await open();
    write('Longer opening hours');
    byTestId('send-input-anonymous')?.querySelector<HTMLInputElement>('input')?.click();
    byTestId<HTMLButtonElement>('send-input-send')?.click();
    await fixture.whenStable();
    expect(submit).toHaveBeenCalledWith('b1', { kind: 'idea', body: 'Longer opening hours', anonymous: true });
    expect(byTestId('claim-code')?.textContent).toContain('K7M2P');
    expect(byTestId('send-input-sent')?.textContent).toContain('without your name');
    expect(mine).toHaveBeenCalledTimes(1);
  });

  it('sends named input and shows it in "My input"', async () => {
    submit.mockReturnValue(of({ id: 'i1', claimCode: null }));
    const { fixture, byTestId, write } = await open();
    write('Longer opening hours');
    byTestId<HTMLButtonElement>('send-input-send')?.click();
    await fixture.whenStable();
    expect(submit).toHaveBeenCalledWith('b1', { kind: 'idea', body: 'Longer opening hours', anonymous: false });
    expect(byTestId('claim-code')).toBeNull();
    expect(mine).toHaveBeenCalledTimes(2);
  });

  it('offers no form to someone who does not sit on the board', async () => {
    get.mockReturnValue(of(board({ myMemberId: null, canManage: true })));
    const { byTestId } = await open();
    expect(byTestId('send-input-not-member')).not.toBeNull();
    expect(byTestId('send-input-form')).toBeNull();
    expect(byTestId('send-input-triage')).not.toBeNull();
  });
});
