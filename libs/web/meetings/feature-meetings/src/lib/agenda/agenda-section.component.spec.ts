import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { AgendaView, MeetingDetail } from '@cabinet/shared/contracts';
import { AgendaApi, testAgenda, testAgendaItem, testMeetingDetail } from '@cabinet/web/meetings/data-access';
import { of } from 'rxjs';
import { AgendaSectionComponent } from './agenda-section.component';

describe('AgendaSectionComponent', () => {
  let api: { get: jest.Mock; order: jest.Mock; decide: jest.Mock; propose: jest.Mock; publish: jest.Mock; pdfUrl: jest.Mock };

  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    api = { get: jest.fn(), order: jest.fn(), decide: jest.fn(), propose: jest.fn(), publish: jest.fn(), pdfUrl: jest.fn(() => '/api/agenda.pdf') };
  });

  afterEach(() => jest.restoreAllMocks());

  async function open(agenda: AgendaView, meeting: MeetingDetail = testMeetingDetail()) {
    api.get.mockReturnValue(of(agenda));
    TestBed.configureTestingModule({
      providers: [{ provide: AgendaApi, useValue: api }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(AgendaSectionComponent);
    fixture.componentRef.setInput('meeting', meeting);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const all = (testId: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
    const one = <T extends HTMLElement = HTMLElement>(testId: string) => element.querySelector<T>(`[data-testid="${testId}"]`);
    const type = (testId: string, value: string) => {
      const field = one<HTMLInputElement>(testId)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    return { fixture, element, all, one, type };
  }

  const three = [
    { title: 'Welcome', durationMinutes: 10 },
    { title: 'Budget', kind: 'decision' as const, presenter: 'Treasurer', durationMinutes: 30 },
    { title: 'Any other business', durationMinutes: 15 },
  ];

  it('shows each item with its start on the board’s clock, and the total', async () => {
    const { all, one } = await open(testAgenda(three));
    expect(all('agenda-item-title').map((e) => e.textContent?.trim())).toEqual(['1. Welcome', '2. Budget', '3. Any other business']);
    expect(all('agenda-item-start').map((e) => e.textContent?.trim())).toEqual(['18:30', '18:40', '19:10']);
    expect(all('agenda-item-presenter').map((e) => e.textContent?.trim())).toEqual(['Presented by Treasurer']);
    expect(one('agenda-total')?.textContent).toContain('Total time: 55 min. Ends at 19:25.');
    expect(one('agenda-overrun')).toBeNull();
    expect(one<HTMLAnchorElement>('agenda-pdf')?.getAttribute('href')).toBe('/api/agenda.pdf');
    expect(one('agenda-move-up')).toBeNull();
  });

  it('warns in words when the agenda runs past the end of the meeting', async () => {
    const { one } = await open(testAgenda([{ durationMinutes: 60 }, { durationMinutes: 45 }]));
    expect(one('agenda-total')?.textContent).toContain('1 h 45 min');
    expect(one('agenda-overrun')?.textContent).toContain('runs 15 min past the end of the meeting');
  });

  it('moves an item with the keyboard buttons, sends the new order and announces the new position', async () => {
    const organiser = testAgenda(three, { canOrganize: true });
    const after = testAgenda([three[1]!, three[0]!, three[2]!].map((item, index) => ({ ...item, id: ['i2', 'i1', 'i3'][index] })), { canOrganize: true });
    api.order.mockReturnValue(of(after));
    const { fixture, all, one } = await open(organiser, testMeetingDetail({ canOrganize: true }));

    const up = all('agenda-move-up');
    expect(up[0]?.hasAttribute('disabled')).toBe(true);
    // The visible words first, so a voice user's "Move up" finds it (WCAG 2.5.3).
    expect(up[1]?.getAttribute('aria-label')).toBe('Move up: “Budget”');
    up[1]!.click();
    await fixture.whenStable();

    expect(api.order).toHaveBeenCalledWith('b1', 'mt1', { order: ['i2', 'i1', 'i3'] });
    expect(all('agenda-item-title').map((e) => e.textContent?.trim())).toEqual(['1. Budget', '2. Welcome', '3. Any other business']);
    expect(one('agenda-announcement')?.textContent?.trim()).toBe('“Budget” is now item 1 of 3.');
  });

  it('moves the last item down nowhere: its button is disabled', async () => {
    api.order.mockReturnValue(of(testAgenda(three, { canOrganize: true })));
    const { all } = await open(testAgenda(three, { canOrganize: true }), testMeetingDetail({ canOrganize: true }));
    const down = all('agenda-move-down');
    expect(down.map((button) => button.hasAttribute('disabled'))).toEqual([false, false, true]);
    down[0]!.click();
    expect(api.order).toHaveBeenCalledWith('b1', 'mt1', { order: ['i2', 'i1', 'i3'] });
  });

  it('lets an organiser decline a proposal only with a reason, then sends it', async () => {
    const proposal = testAgendaItem({ id: 'p1', title: 'Parking', proposedBy: 'Robin' });
    const agenda = testAgenda(three, { canOrganize: true, proposals: [proposal] });
    api.decide.mockReturnValue(of(testAgenda(three, { canOrganize: true, proposals: [{ ...proposal, status: 'declined', declineReason: 'Not ours' }] })));
    const { fixture, one, type } = await open(agenda, testMeetingDetail({ canOrganize: true }));

    one('agenda-decline')!.click();
    await fixture.whenStable();
    one('agenda-decline-submit')!.click();
    await fixture.whenStable();
    expect(api.decide).not.toHaveBeenCalled();

    type('agenda-decline-reason', ' Not ours ');
    one('agenda-decline-submit')!.click();
    await fixture.whenStable();
    expect(api.decide).toHaveBeenCalledWith('b1', 'mt1', 'p1', { outcome: 'declined', reason: 'Not ours' });
    expect(one('agenda-proposal-reason')?.textContent).toContain('Reason: Not ours');
    // The form is gone: the keyboard stays on the declined proposal.
    expect(document.activeElement?.textContent).toBe('Parking');
  });

  it('accepts a proposal into the agenda', async () => {
    const proposal = testAgendaItem({ id: 'p1', title: 'Parking' });
    api.decide.mockReturnValue(of(testAgenda([...three, { title: 'Parking' }], { canOrganize: true })));
    const { fixture, all, one } = await open(testAgenda(three, { canOrganize: true, proposals: [proposal] }), testMeetingDetail({ canOrganize: true }));
    one('agenda-accept')!.click();
    await fixture.whenStable();
    expect(api.decide).toHaveBeenCalledWith('b1', 'mt1', 'p1', { outcome: 'accepted', reason: null });
    expect(all('agenda-item')).toHaveLength(4);
    expect(one('agenda-proposals-none')).not.toBeNull();
    // No proposal left to decide: the keyboard goes to the list's heading, not to the top of the page.
    expect(document.activeElement?.id).toBe('agenda-proposals-heading');
  });

  it('shows a member, before publication, only when the agenda comes and their own proposals with the reason', async () => {
    const mine = testAgendaItem({ title: 'Parking', status: 'declined', declineReason: 'The council decides parking.', proposedByMe: true });
    const { one, all } = await open(testAgenda([], { visible: false, published: false, proposals: [mine] }));
    expect(one('agenda-not-published')?.textContent).toContain('The agenda will be shared with members on');
    expect(all('agenda-item')).toHaveLength(0);
    expect(one('agenda-pdf')).toBeNull();
    expect(one('agenda-my-proposal-status')?.textContent?.trim()).toBe('Not on the agenda');
    expect(one('agenda-my-proposal-reason')?.textContent).toContain('The council decides parking.');
  });

  it('sends a member’s proposal with trimmed text and empty details left out', async () => {
    api.propose.mockReturnValue(of(testAgenda([], { proposals: [testAgendaItem({ proposedByMe: true })] })));
    const { fixture, one, type, element } = await open(testAgenda([]));
    (element.querySelector('[data-testid="agenda-propose-kind-decision"] input') as HTMLInputElement).click();
    type('agenda-propose-title', '  Waiting times ');
    type('agenda-propose-duration', '25');
    one('agenda-propose-submit')!.click();
    await fixture.whenStable();
    expect(api.propose).toHaveBeenCalledWith('b1', 'mt1', { kind: 'decision', title: 'Waiting times', details: null, presenter: null, durationMinutes: 25 });
    expect(one('agenda-my-proposal')).not.toBeNull();
  });

  it('offers a fresh proposal form after sending, with its defaults back and no errors shown', async () => {
    api.propose.mockReturnValue(of(testAgenda([], { proposals: [testAgendaItem({ proposedByMe: true })] })));
    const { fixture, one, type, element } = await open(testAgenda([]));
    type('agenda-propose-title', 'Waiting times');
    type('agenda-propose-duration', '25');
    one('agenda-propose-submit')!.click();
    await fixture.whenStable();
    expect(one<HTMLInputElement>('agenda-propose-title')!.value).toBe('');
    expect(one<HTMLInputElement>('agenda-propose-duration')!.value).toBe('10');
    expect(element.querySelectorAll('mat-error')).toHaveLength(0);
    expect(element.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });
});
