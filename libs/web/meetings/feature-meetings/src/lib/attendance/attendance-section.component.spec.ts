import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { MeetingAttendanceView } from '@cabinet/shared/contracts';
import { AttendanceApi, testMeetingDetail } from '@cabinet/web/meetings/data-access';
import { of } from 'rxjs';
import { AttendanceSectionComponent } from './attendance-section.component';

const view = (overrides: Partial<MeetingAttendanceView> = {}): MeetingAttendanceView => ({
  meetingId: 'm1',
  quorum: { kind: 'majority', votingMembers: 5, needed: 3, present: 2, quorate: false, missing: 1 },
  canRecord: true,
  mine: null,
  canMarkSelf: false,
  canMarkHeld: true,
  members: [{ memberId: 'a1', displayName: 'Ana', status: 'present', canVote: true }, { memberId: 's1', displayName: 'Sam', status: null, canVote: false }],
  guests: [],
  ...overrides,
});

describe('AttendanceSectionComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
  });
  afterEach(() => jest.restoreAllMocks());

  async function open(initial: MeetingAttendanceView, record = jest.fn(), get = jest.fn(() => of(initial))) {
    TestBed.configureTestingModule({
      providers: [{ provide: AttendanceApi, useValue: { get, record } }, { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(AttendanceSectionComponent);
    fixture.componentRef.setInput('meeting', testMeetingDetail());
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, byTestId: <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`) };
  }

  it('says in words, with an icon, that decisions cannot be taken yet and how many more are needed', async () => {
    const { byTestId } = await open(view());
    const quorum = byTestId('quorum-status')!;
    expect(quorum.textContent).toContain('No quorum yet: decisions cannot be taken. 2 of 3 voting members needed are here. 1 more needed.');
    expect(quorum.querySelector('[aria-hidden="true"]')?.textContent).toBe('⚠');
  });

  it('records a member\'s status from their labelled choice', async () => {
    const record = jest.fn().mockReturnValue(of(view({ quorum: { kind: 'majority', votingMembers: 5, needed: 3, present: 3, quorate: true, missing: 0 } })));
    const { fixture, byTestId } = await open(view(), record);
    const recorded = jest.fn();
    fixture.componentRef.instance.recorded.subscribe(recorded);
    const select = byTestId<HTMLSelectElement>('attendance-status-s1')!;
    expect(select.closest('label')?.textContent).toContain('Attendance of Sam');
    // The name is already on the line: the label repeats it for screen readers only.
    expect(select.closest('label')?.querySelector('span')?.classList).toContain('cab-visually-hidden');
    select.value = 'remote';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(record).toHaveBeenCalledWith(expect.any(String), expect.any(String), 's1', { status: 'remote' });
    expect(byTestId('quorum-status')!.textContent).toContain('Quorum reached: decisions can be taken.');
    expect(recorded).toHaveBeenCalledTimes(1);
  });

  it('shows the quorum now when the page refreshes it, as others record people arriving', async () => {
    const get = jest.fn().mockReturnValueOnce(of(view())).mockReturnValue(of(view({ quorum: { kind: 'majority', votingMembers: 5, needed: 3, present: 3, quorate: true, missing: 0 } })));
    const { fixture, byTestId } = await open(view(), jest.fn(), get);
    expect(get).toHaveBeenCalledTimes(1);
    fixture.componentRef.setInput('revision', 1);
    await fixture.whenStable();
    expect(get).toHaveBeenCalledTimes(2);
    expect(byTestId('quorum-status')!.textContent).toContain('Quorum reached: decisions can be taken. 3 of 3');
  });
});
