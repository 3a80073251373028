import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { BoardDetail } from '@cabinet/shared/contracts';
import { BoardsApi } from '@cabinet/web/boards/data-access';
import { AgendaApi, MeetingsApi, testAgenda, testMeetingSummary } from '@cabinet/web/meetings/data-access';
import { InputChannelApi, PeerInputApi, testPeerInput } from '@cabinet/web/peer-input/data-access';
import { of } from 'rxjs';
import { TriagePageComponent } from './triage-page.component';

const board = (overrides: Partial<BoardDetail> = {}) =>
  ({ id: 'b1', settings: { name: 'Harbour Peer Board' }, canManage: false, myMemberId: 'm1', roster: [], ...overrides }) as unknown as BoardDetail;

describe('TriagePageComponent', () => {
  let api: Record<'list' | 'acknowledge' | 'putOnAgenda' | 'answer' | 'decline', jest.Mock>;
  let meetingsList: jest.Mock;
  let agendaGet: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = {
      list: jest.fn().mockReturnValue(of([testPeerInput({ overdue: true }), testPeerInput({ id: 'input-2', author: 'Rui Costa', channel: 'member', status: 'acknowledged' })])),
      acknowledge: jest.fn().mockReturnValue(of(testPeerInput({ status: 'acknowledged' }))),
      putOnAgenda: jest.fn().mockReturnValue(of(testPeerInput({ status: 'on_agenda', agendaItemId: 'item-1' }))),
      answer: jest.fn().mockReturnValue(of(testPeerInput({ status: 'answered', answer: 'We turned the heating on.' }))),
      decline: jest.fn().mockReturnValue(of(testPeerInput({ status: 'declined', declineReason: 'Not ours to decide.' }))),
    };
    const ahead = new Date(Date.now() + 86_400_000);
    meetingsList = jest.fn().mockReturnValue(of([testMeetingSummary({ id: 'meet-1', startsAt: ahead.toISOString(), endsAt: new Date(ahead.getTime() + 3_600_000).toISOString() })]));
    agendaGet = jest.fn().mockReturnValue(of(testAgenda([{ id: 'item-1', title: 'Heating' }])));
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(detail = board()) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: BoardsApi, useValue: { get: jest.fn().mockReturnValue(of(detail)) } },
        { provide: PeerInputApi, useValue: api },
        { provide: MeetingsApi, useValue: { list: meetingsList } },
        { provide: AgendaApi, useValue: { get: agendaGet } },
        { provide: InputChannelApi, useValue: { get: jest.fn().mockReturnValue(of({ publicEnabled: false, kioskEnabled: false, ackDays: 14, hasLink: false })) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(TriagePageComponent);
    fixture.componentRef.setInput('boardId', 'b1');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const items = () => [...element.querySelectorAll<HTMLElement>('[data-testid="triage-item"]')];
    const inItem = <T extends HTMLElement = HTMLElement>(index: number, testId: string) => items()[index]?.querySelector<T>(`[data-testid="${testId}"]`) ?? null;
    const type = (field: HTMLTextAreaElement | null, text: string) => {
      field!.value = text;
      field!.dispatchEvent(new Event('input'));
    };
    return { fixture, element, items, inItem, type };
  }

  it('lists input with its kind, author or "Anonymous", deadline and an overdue badge in words', async () => {
    const { items, inItem } = await open();
    expect(items()).toHaveLength(2);
    expect(inItem(0, 'triage-author')?.textContent).toContain('Anonymous');
    expect(inItem(1, 'triage-author')?.textContent).toContain('From Rui Costa');
    expect(inItem(0, 'triage-overdue')?.textContent).toContain('Overdue');
    expect(inItem(0, 'triage-ack-by')?.textContent).toContain('15 Mar 2027');
    expect(inItem(1, 'triage-overdue')).toBeNull();
  });

  it('offers to make the input a recommendation, opening the draft with it as the source', async () => {
    const { inItem } = await open();
    expect(inItem<HTMLAnchorElement>(1, 'triage-recommend')?.getAttribute('href')).toBe('/boards/b1/recommendations/new?fromInput=input-2');
  });

  it('acknowledges input and shows its new status', async () => {
    const { fixture, inItem } = await open();
    inItem<HTMLButtonElement>(0, 'triage-acknowledge')?.click();
    await fixture.whenStable();
    expect(api.acknowledge).toHaveBeenCalledWith('b1', 'input-1');
    expect(inItem(0, 'triage-status')?.textContent).toContain('Read by the board');
  });

  it('answers input with the text written', async () => {
    const { fixture, inItem, type } = await open();
    inItem<HTMLButtonElement>(0, 'triage-open-answer')?.click();
    await fixture.whenStable();
    type(inItem<HTMLTextAreaElement>(0, 'triage-answer-text'), '  We turned the heating on.  ');
    inItem<HTMLButtonElement>(0, 'triage-answer-send')?.click();
    await fixture.whenStable();
    expect(api.answer).toHaveBeenCalledWith('b1', 'input-1', 'We turned the heating on.');
    expect(inItem(0, 'triage-answer')?.textContent).toContain('We turned the heating on.');
    expect(inItem(0, 'triage-open-answer')).toBeNull();
  });

  it('will not decline without a reason, and declines with one', async () => {
    const { fixture, inItem, type } = await open();
    inItem<HTMLButtonElement>(0, 'triage-open-decline')?.click();
    await fixture.whenStable();
    inItem<HTMLButtonElement>(0, 'triage-decline-send')?.click();
    await fixture.whenStable();
    expect(api.decline).not.toHaveBeenCalled();
    type(inItem<HTMLTextAreaElement>(0, 'triage-decline-reason'), 'Not ours to decide.');
    inItem<HTMLButtonElement>(0, 'triage-decline-send')?.click();
    await fixture.whenStable();
    expect(api.decline).toHaveBeenCalledWith('b1', 'input-1', 'Not ours to decide.');
  });

  it('offers the upcoming meetings’ agenda items and links the one chosen', async () => {
    const { fixture, inItem } = await open();
    expect(meetingsList).not.toHaveBeenCalled();
    inItem<HTMLButtonElement>(0, 'triage-open-agenda')?.click();
    await fixture.whenStable();
    expect(agendaGet).toHaveBeenCalledWith('b1', 'meet-1');
    inItem<HTMLElement>(0, 'triage-agenda-item')?.click();
    await fixture.whenStable();
    const option = document.querySelector<HTMLElement>('mat-option');
    expect(option?.textContent).toContain('Heating');
    option?.click();
    await fixture.whenStable();
    inItem<HTMLButtonElement>(0, 'triage-agenda-save')?.click();
    await fixture.whenStable();
    expect(api.putOnAgenda).toHaveBeenCalledWith('b1', 'input-1', 'item-1');
  });

  it('filters by status through the API', async () => {
    const { fixture, element } = await open();
    element.querySelector<HTMLElement>('[data-testid="triage-filter"]')?.click();
    await fixture.whenStable();
    const newOption = [...document.querySelectorAll<HTMLElement>('mat-option')].find((option) => option.textContent?.trim() === 'New');
    newOption?.click();
    await fixture.whenStable();
    expect(api.list).toHaveBeenLastCalledWith('b1', 'new');
  });

  it('shows the public link settings to managers only', async () => {
    const member = await open();
    expect(member.element.querySelector('[data-testid="input-channel"]')).toBeNull();
    TestBed.resetTestingModule();
    const manager = await open(board({ canManage: true }));
    expect(manager.element.querySelector('[data-testid="input-channel"]')).not.toBeNull();
  });
});
