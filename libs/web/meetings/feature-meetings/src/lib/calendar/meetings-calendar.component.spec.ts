import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeetingSummary } from '@cabinet/shared/contracts';
import { testMeetingSummary } from '@cabinet/web/meetings/data-access';
import { MeetingsCalendarComponent } from './meetings-calendar.component';

describe('MeetingsCalendarComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('en-GB');
    // Only the clock is set; timers keep running so Angular can settle.
    jest.useFakeTimers({ now: new Date('2027-03-10T12:00:00Z'), advanceTimers: true });
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  async function open(meetings: MeetingSummary[]) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(MeetingsCalendarComponent);
    fixture.componentRef.setInput('meetings', meetings);
    fixture.componentRef.setInput('zone', 'Europe/Lisbon');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const click = async (testId: string) => {
      element.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const text = (testId: string) => element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();
    const meetingsOn = (date: string) => [...element.querySelectorAll(`td[data-date="${date}"] [data-testid="calendar-meeting"]`)].map((link) => link.textContent?.trim());
    return { element, click, text, meetingsOn };
  }

  it('opens on this month and puts each meeting on its day with its start time', async () => {
    const { text, meetingsOn, element } = await open([testMeetingSummary(), testMeetingSummary({ id: 'mt2', title: 'April board meeting', startsAt: '2027-04-06T17:30:00.000Z' })]);

    expect(text('calendar-month')).toBe('March 2027');
    expect(meetingsOn('2027-03-02')).toEqual(['18:30 March board meeting']);
    expect(element.querySelector('td[aria-current="date"]')?.getAttribute('data-date')).toBe('2027-03-10');
    expect(element.querySelectorAll('th abbr')[0]?.getAttribute('title')).toBe('Monday');
  });

  it('moves between months and says when a month has no meetings', async () => {
    const { click, text, meetingsOn, element } = await open([testMeetingSummary({ id: 'mt2', title: 'April board meeting', startsAt: '2027-04-06T17:30:00.000Z' })]);
    expect(element.querySelector('[data-testid="calendar-empty"]')).not.toBeNull();

    await click('calendar-next');

    expect(text('calendar-month')).toBe('April 2027');
    expect(meetingsOn('2027-04-06')).toEqual(['18:30 April board meeting']);
    expect(element.querySelector('[data-testid="calendar-empty"]')).toBeNull();
  });

  it('says in words that a meeting was cancelled', async () => {
    const { element } = await open([testMeetingSummary({ status: 'cancelled' })]);

    expect(element.querySelector('td[data-date="2027-03-02"] li')?.textContent).toContain('(Cancelled)');
  });
});
