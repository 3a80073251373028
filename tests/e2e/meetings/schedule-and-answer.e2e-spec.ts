import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Mailbox } from '@cabinet/api/testing';
import { accessibilityViolations, launchBrowser } from '../support/browser';
import { BoardsPages } from '../support/boards.pages';
import { calendarEvents } from '../support/calendar';
import { IdentityPages } from '../support/identity.pages';
import { MeetingsApiSession, MeetingsPages, redeemSetupCode } from '../support/meetings.pages';

const PASSWORD = 'a sentence that is long enough';
const SHOTS = '/tmp/e2e-shots';
const LISBON = 'Europe/Lisbon';

/** The first Tuesday of the month `monthsAhead` after this one, as YYYY-MM-DD. */
function firstTuesday(monthsAhead: number): string {
  const now = new Date();
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead, 1));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** A date as the long English date the meeting page shows: "Tuesday 1 December 2026". */
function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A date as lists show it: "Tue 1 Dec". */
function shortDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** No serious or critical WCAG 2.2 AA violations, named by the page they were found on. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  expect({ where, violations: await accessibilityViolations(page) }).toEqual({ where, violations: [] });
}

/** How wide the page is laid out: wider than the viewport means sideways scrolling on a phone. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** A full-page screenshot at a phone's width (390 px), checking nothing scrolls sideways; back to the desktop size after. */
async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SHOTS, `${name}-390.png`), fullPage: true });
  expect({ name, width: await pageWidth(page) }).toEqual({ name, width: 390 });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** How many events a calendar file holds. */
function eventCount(ics: string): number {
  return ics.split(/\r?\n/).filter((line) => line === 'BEGIN:VEVENT').length;
}

describe('a service manager schedules a monthly board meeting, and a peer answers it', () => {
  const mailbox = new Mailbox();
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: LISBON });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('schedules a series in the UI, emails the calendar file, takes an answer with a need, feeds a private calendar, moves one and cancels one', async () => {
    const run = randomUUID().slice(0, 8);
    const managerEmail = `manager-${run}@example.org`;
    const memberEmail = `rui-${run}@example.org`;
    const boardName = `Harbour Advisory Board ${run}`;
    const title = `Monthly board meeting ${run}`;
    const peerName = `Jo ${run}`;
    const peerUsername = `jo.${run}`;
    const [first, second, third] = [firstTuesday(1), firstTuesday(2), firstTuesday(3)] as [string, string, string];

    // ---- 1. The manager signs up; the board and its members are set up through the API ----
    const managerPage = await newPage();
    const identity = new IdentityPages(managerPage);
    await identity.signUpAndVerify({ organization: `Harbour Services ${run}`, kind: 'A service (agency)', name: 'Kim', email: managerEmail, password: PASSWORD }, mailbox);

    const api = MeetingsApiSession.of(managerPage);
    const board = await api.createBoard({ name: boardName });
    const seat = board.seatTypes[0]!;
    await api.addMember(board.id, { displayName: 'Rui', email: memberEmail, seatTypeId: seat.id, status: 'active' });
    const peer = await api.createPeer(peerUsername, peerName);
    await api.addMember(board.id, { userId: peer.userId, seatTypeId: seat.id, status: 'active' });
    await redeemSetupCode(peerUsername, peer.setupCode, PASSWORD);

    // ---- 2. The manager schedules the series in the UI ----
    const boards = new BoardsPages(managerPage);
    const manager = new MeetingsPages(managerPage);
    await boards.openBoard(board.id);
    await expectAccessible(managerPage, 'board page');
    await manager.openFromBoard();
    await managerPage.getByTestId('meetings-no-upcoming').waitFor();
    await expectAccessible(managerPage, 'board meetings (none yet)');
    await manager.openScheduleForm();
    await expectAccessible(managerPage, 'schedule form (empty)');
    await manager.fillSchedule({
      title,
      startsAt: `${first}T18:30`,
      timeZone: LISBON,
      durationMinutes: 90,
      format: 'hybrid',
      location: 'Harbour Community Centre, Room 2, Rua do Porto 12, Lisbon',
      onlineUrl: 'https://meet.example.org/harbour-board',
      repeats: 'monthly_weekday',
      count: 3,
    });
    expect(await manager.repeatsLabel('monthly_weekday')).toBe('Every month, on the first Tuesday');
    await expectAccessible(managerPage, 'schedule form (filled)');
    await phoneShot(managerPage, 'schedule-form');
    await manager.submitSeries();

    await manager.items().nth(2).waitFor();
    expect(await manager.items().count()).toBe(3);
    expect(await managerPage.getByTestId('meeting-link').allTextContents()).toEqual([title, title, title].map((t) => expect.stringContaining(t)));
    expect(await manager.items().first().textContent()).toContain('In person and online');
    expect(await manager.items().first().textContent()).toContain('Lisbon time');
    // The manager does not sit on the board: nothing of theirs to answer.
    expect(await managerPage.getByTestId('meeting-my-response').count()).toBe(0);
    await expectAccessible(managerPage, 'board meetings (series)');
    await phoneShot(managerPage, 'board-meetings');

    // ---- 3. The member with an email address gets the invitation with the calendar file ----
    const invitation = await mailbox.waitForSubject(memberEmail, `Board meeting: ${boardName}`);
    const calendar = invitation.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    expect(calendar).toBeDefined();
    expect(calendar!.content).toContain('BEGIN:VCALENDAR');
    expect(calendar!.content).toContain(title);
    expect(eventCount(calendar!.content ?? '')).toBe(3);
    expect(invitation.text).toContain(`/boards/${board.id}/meetings/`);

    // ---- 4. The peer signs in, answers the first meeting with a need, makes a calendar link ----
    const peerPage = await newPage();
    const peerIdentity = new IdentityPages(peerPage);
    await peerPage.goto(new URL('/sign-in', process.env['E2E_BASE_URL']).toString());
    await peerPage.getByTestId('sign-in-identifier').waitFor();
    await expectAccessible(peerPage, 'sign in');
    await peerIdentity.signIn(peerUsername, PASSWORD);
    const mine = new MeetingsPages(peerPage);
    await mine.openMine();
    await mine.mine().nth(2).waitFor();
    expect(await mine.mine().count()).toBe(3);
    expect(await mine.mine().first().getByTestId('meeting-board').textContent()).toContain(boardName);
    await expectAccessible(peerPage, 'my meetings');
    await phoneShot(peerPage, 'my-meetings');

    await mine.openDetailsFromMine(0);
    expect(await peerPage.getByTestId('meeting-when').textContent()).toContain(`${longDate(first)}, 18:30 to 20:00 Lisbon time`);
    expect(await peerPage.getByTestId('meeting-location').textContent()).toContain('Harbour Community Centre');
    expect(await peerPage.getByTestId('meeting-online-url').getAttribute('href')).toBe('https://meet.example.org/harbour-board');
    expect(await peerPage.getByTestId('organiser-panel').count()).toBe(0);
    await expectAccessible(peerPage, 'meeting page (peer)');
    await mine.answer('yes', ['interpretation']);
    await expectAccessible(peerPage, 'meeting page (peer, answered)');
    await phoneShot(peerPage, 'meeting-peer');

    await mine.openMine();
    const feedUrl = await mine.makeCalendarLink();
    expect(feedUrl).toMatch(/^https?:\/\/.+\/api\/calendar\/.+/);
    await peerPage.getByTestId('feed').first().waitFor();
    await expectAccessible(peerPage, 'my meetings (calendar link made)');
    await phoneShot(peerPage, 'my-meetings-feed');
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const feedText = await feed.text();
    expect(eventCount(feedText)).toBe(3);
    expect(feedText).toContain(title);

    // ---- 5. The manager sees the answer and the need, moves the first meeting, cancels the last ----
    await manager.openMeeting(title, 0);
    await manager.answerOf(peerName).waitFor();
    expect(await manager.answerOf(peerName).textContent()).toContain('Yes, I will come');
    expect(await manager.answerOf(peerName).getByTestId('organise-answer-needs').textContent()).toContain('Needs: An interpreter');
    expect(await managerPage.getByTestId('count-yes').textContent()).toBe('1');
    await expectAccessible(managerPage, 'meeting page (organiser)');
    await phoneShot(managerPage, 'meeting-organiser');

    await manager.move(`${first}T19:00`);
    await managerPage.getByTestId('meeting-when').getByText(`${longDate(first)}, 19:00 to 20:30 Lisbon time`).waitFor();
    await expectAccessible(managerPage, 'meeting page (moved)');
    await mailbox.waitForSubject(memberEmail, `Meeting moved: ${boardName}`);

    await manager.backToList();
    await manager.openMeeting(title, 2);
    expect(await managerPage.getByTestId('meeting-when').textContent()).toContain(longDate(third));
    await manager.cancelOnlyThis('The centre is closed for repairs.');
    expect(await managerPage.getByTestId('meeting-cancel-reason').textContent()).toContain('Reason: The centre is closed for repairs.');
    expect(await managerPage.getByTestId('meeting-status').textContent()).toContain('Cancelled');
    await expectAccessible(managerPage, 'meeting page (cancelled)');
    await phoneShot(managerPage, 'meeting-cancelled');

    await manager.backToList();
    const last = manager.items().filter({ has: managerPage.getByTestId('meeting-status').getByText('Cancelled') });
    await last.waitFor();
    expect(await last.getByTestId('meeting-cancel-reason').textContent()).toContain('Reason: The centre is closed for repairs.');
    expect(await manager.items().count()).toBe(3);
    // The other two are still planned: the second on its date, the first at its new time.
    expect(await manager.items().nth(0).getByTestId('meeting-status').count()).toBe(0);
    expect(await manager.items().nth(1).getByTestId('meeting-status').count()).toBe(0);
    expect(await manager.items().nth(1).textContent()).not.toContain('Cancelled');
    expect(await manager.items().nth(1).textContent()).toContain(shortDate(second));
    expect(await last.textContent()).toContain(shortDate(third));
    await expectAccessible(managerPage, 'board meetings (one cancelled)');
    await phoneShot(managerPage, 'board-meetings-cancelled');

    // ---- 6. The peer's private calendar follows, under the same UIDs: the first at its new time, the last cancelled ----
    const before = calendarEvents(feedText);
    const after = calendarEvents(await (await fetch(feedUrl)).text());
    expect(after.map((event) => event.uid)).toEqual(before.map((event) => event.uid));
    expect(after[0]!.startDate.toString()).toBe(`${first}T19:00:00`);
    expect(after[0]!.startDate.zone?.tzid).toBe(LISBON);
    expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
    expect(after[1]!.sequence).toBe(before[1]!.sequence);
    expect(after[2]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(after[2]!.sequence).toBeGreaterThan(before[2]!.sequence);
  }, 150_000);
});
