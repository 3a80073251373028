import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Mailbox } from '@cabinet/api/testing';
import { baseUrl, launchBrowser } from '../support/browser';
import { calendarEvents } from '../support/calendar';
import { IdentityPages } from '../support/identity.pages';
import { MeetingRoomPages } from '../support/meeting-room.pages';
import { MeetingsApiSession, MeetingsPages, redeemSetupCode } from '../support/meetings.pages';
import { expectAccessible, phoneShot, SHOTS } from '../support/page-checks';

const PASSWORD = 'a sentence that is long enough';
const LISBON = 'Europe/Lisbon';

/** A moment as the wall-clock time the schedule form takes in a zone: "2027-03-02T18:30". */
function wallClock(at: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/**
 * The first whole minute at least 10 s ahead: a meeting about to begin, so the walk can run it
 * (attendance and motions open an hour before the start) and mark it held once it has begun.
 */
function aboutToStart(): Date {
  return new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000);
}

/** The email's "Yes" answer link. */
function yesLink(text: string): string {
  const match = /https?:\/\/\S+\/rsvp\/[A-Za-z0-9_-]+\?answer=yes\b/.exec(text);
  if (!match) throw new Error(`No "Yes" link in: ${text}`);
  return match[0];
}

describe('a board runs a meeting from invitation to published minutes', () => {
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

  it('invites, takes answers and proposals, reaches quorum, carries a motion, and publishes the minutes', async () => {
    const run = randomUUID().slice(0, 8);
    const managerEmail = `manager-${run}@example.org`;
    const ruiEmail = `rui-${run}@example.org`;
    const boardName = `Harbour Youth Board ${run}`;
    const slug = `harbour-youth-${run}`;
    const title = `Monthly board meeting ${run}`;
    const [chairName, ruiName] = [`Ana ${run}`, `Rui ${run}`];
    const [chairUsername, ruiUsername] = [`ana.${run}`, `rui.${run}`];
    const decisionItem = 'Fund the summer youth programme';
    const declinedItem = 'Move meetings to Saturdays';
    const welcomeItem = 'Welcome and apologies';

    // ---- The manager signs up; the public board, its chair and members are set up through the API ----
    const managerPage = await newPage();
    await new IdentityPages(managerPage).signUpAndVerify({ organization: `Harbour Services ${run}`, kind: 'A service (agency)', name: 'Kim', email: managerEmail, password: PASSWORD }, mailbox);

    const api = MeetingsApiSession.of(managerPage);
    const board = await api.createBoard({ name: boardName, slug, publicPages: true, onboardingGatesVoting: false });
    const seat = board.seatTypes.find((type) => type.voting)!;
    const chair = await api.createPeer(chairUsername, chairName);
    const rui = await api.createPeer(ruiUsername, ruiName);
    await api.addMember(board.id, { userId: chair.userId, seatTypeId: seat.id, status: 'active', boardRole: 'chair' });
    // Rui has no account email: meeting emails go to the address the board keeps for him.
    await api.addMember(board.id, { userId: rui.userId, email: ruiEmail, seatTypeId: seat.id, status: 'active' });
    await api.addMember(board.id, { displayName: `Sam ${run}`, seatTypeId: seat.id, status: 'active' });
    await redeemSetupCode(chairUsername, chair.setupCode, PASSWORD);
    await redeemSetupCode(ruiUsername, rui.setupCode, PASSWORD);

    // ---- The manager lets the chair approve minutes, in the board's meeting settings ----
    const manager = new MeetingsPages(managerPage);
    await manager.openBoardList(board.id);
    const settings = managerPage.getByTestId('meeting-settings');
    await settings.getByTestId('meeting-settings-chair-approves').getByRole('checkbox').check();
    await settings.getByTestId('meeting-settings-save').click();
    await settings.getByTestId('meeting-settings-saved').waitFor();
    await expectAccessible(managerPage, 'board meetings (settings saved)');
    await phoneShot(managerPage, 'cycle-board-meetings');

    // ---- A monthly hybrid series whose first meeting is about to begin ----
    const startsAt = aboutToStart();
    const [first] = await api.scheduleMeeting(board.id, {
      title,
      startsAt: wallClock(startsAt, LISBON),
      timeZone: LISBON,
      durationMinutes: 60,
      format: 'hybrid',
      location: 'Harbour Community Centre, Room 2',
      onlineUrl: 'https://meet.example.org/harbour-youth',
      capacity: null,
      recurrence: 'FREQ=MONTHLY;COUNT=3',
    });
    const meetingId = first!.id;

    // ---- Rui's invitation carries a calendar file that a calendar library reads ----
    const invitation = await mailbox.waitForSubject(ruiEmail, `Board meeting: ${boardName}`);
    const calendar = invitation.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    const events = calendarEvents(calendar?.content ?? '');
    // Calendar alerts show the summary: the board's name only. The meeting's title is in the description.
    expect(events.map((event) => event.summary)).toEqual(Array(3).fill(boardName));
    expect(events[0]!.description).toContain(title);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe(startsAt.toISOString());
    expect(events[0]!.location).toContain('Harbour Community Centre');
    expect(events[0]!.startDate.zone?.tzid).toBe(LISBON);

    // ---- Rui answers "Yes" from the email, without signing in ----
    const linkPage = await newPage();
    await linkPage.goto(yesLink(invitation.text));
    await linkPage.getByTestId('rsvp-link-title').getByText(title).waitFor();
    expect(await linkPage.getByTestId('rsvp-link-yes').locator('input[type=radio]').isChecked()).toBe(true);
    await expectAccessible(linkPage, 'answer link');
    await linkPage.getByTestId('rsvp-link-confirm').click();
    await linkPage.getByTestId('rsvp-link-saved').getByText('Yes, I will come').waitFor();
    await expectAccessible(linkPage, 'answer link (confirmed)');
    await phoneShot(linkPage, 'cycle-answer-link');

    const organiser = new MeetingRoomPages(managerPage);
    await organiser.openMeeting(board.id, meetingId);
    expect(await manager.answerOf(ruiName).textContent()).toContain('Yes, I will come');

    // ---- Rui signs in and proposes two items ----
    const ruiPage = await newPage();
    await new IdentityPages(ruiPage).signIn(ruiUsername, PASSWORD);
    const member = new MeetingRoomPages(ruiPage);
    await member.openMeeting(board.id, meetingId);
    await expectAccessible(ruiPage, 'meeting page (member)');
    await member.propose({ kind: 'decision', title: decisionItem, details: 'Three weeks of activities in July, for up to 40 young people.', presenter: 'Treasurer', durationMinutes: 20 });
    await member.propose({ kind: 'discussion', title: declinedItem, durationMinutes: 10 });
    expect(await member.myProposal(declinedItem).getByTestId('agenda-my-proposal-status').textContent()).toContain('Waiting for a decision');
    await expectAccessible(ruiPage, 'meeting page (member, proposals sent)');

    // ---- The organiser accepts one, declines the other, adds a welcome and moves it up by keyboard ----
    await organiser.reloadMeeting();
    await organiser.proposal(declinedItem).waitFor();
    await expectAccessible(managerPage, 'meeting page (organiser, proposals)');
    await organiser.accept(decisionItem);
    // Its buttons are gone with it: the keyboard moves to the next proposal waiting.
    expect(await organiser.proposal(declinedItem).getByTestId('agenda-accept').evaluate((button) => button === document.activeElement)).toBe(true);
    await organiser.decline(declinedItem, 'The charter sets weekday evenings; we will ask members in the autumn survey.');
    await expectAccessible(managerPage, 'meeting page (organiser, proposals decided)');
    await organiser.addItem({ kind: 'information', title: welcomeItem, presenter: 'Chair', durationMinutes: 5 });
    expect(await organiser.agendaTitles()).toEqual([`1. ${decisionItem}`, `2. ${welcomeItem}`]);
    await organiser.moveUpByKeyboard(welcomeItem, 1, 2);
    expect(await organiser.agendaTitles()).toEqual([`1. ${welcomeItem}`, `2. ${decisionItem}`]);
    // The keyboard stays with the moved item: at the top, on its "Move down" button.
    expect(await managerPage.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('agenda-move-down');
    expect(await organiser.agendaItem(welcomeItem).getByTestId('agenda-move-down').evaluate((button) => button === document.activeElement)).toBe(true);
    await expectAccessible(managerPage, 'meeting page (organiser, agenda ordered)');
    const agendaPdf = await organiser.download(managerPage.getByTestId('agenda-pdf'));
    expect(agendaPdf).toEqual({ contentType: 'application/pdf', head: '%PDF-' });

    // ---- Rui sees the decision and the reason ----
    await member.reloadMeeting();
    expect(await member.agendaTitles()).toEqual([`1. ${welcomeItem}`, `2. ${decisionItem}`]);
    expect(await member.myProposal(declinedItem).getByTestId('agenda-my-proposal-status').textContent()).toContain('Not on the agenda');
    expect(await member.myProposal(declinedItem).getByTestId('agenda-my-proposal-reason').textContent()).toContain('Reason: The charter sets weekday evenings');
    expect(await member.myProposal(decisionItem).getByTestId('agenda-my-proposal-status').textContent()).toContain('On the agenda');
    await expectAccessible(ruiPage, 'meeting page (member, proposals decided)');

    // ---- In the meeting: attendance brings quorum ----
    await expect(organiser.quorum().textContent()).resolves.toContain('No quorum yet: decisions cannot be taken. 0 of 2');
    await organiser.record(chairName, 'present');
    await organiser.quorum().getByText('No quorum yet: decisions cannot be taken. 1 of 2').waitFor();
    await organiser.record(ruiName, 'remote');
    await organiser.quorum().getByText('Quorum reached: decisions can be taken. 2 of 2').waitFor();
    await organiser.record(`Sam ${run}`, 'excused');
    await expectAccessible(managerPage, 'meeting page (organiser, quorum)');

    // ---- A roll-call motion on the decision item: Rui votes in his browser, the organiser records the chair ----
    const motion = await organiser.openMotion({ item: decisionItem, text: 'That the board funds the summer youth programme from this year’s budget.', mover: chairName, seconder: ruiName, method: 'roll_call' });
    await expectAccessible(managerPage, 'meeting page (organiser, motion open)');
    await phoneShot(managerPage, 'cycle-meeting-organiser');

    // Rui's page has been open since the agenda was decided: the motion appears there without reloading.
    const ballot = member.motion(decisionItem);
    await ballot.getByRole('group', { name: 'Your vote' }).waitFor({ timeout: 15_000 });
    // Refreshed together with the motion: the quorum and Rui's own attendance as the organiser recorded them.
    await member.quorum().getByText('Quorum reached: decisions can be taken. 2 of 2').waitFor();
    expect(await ruiPage.getByTestId('attendance-mine').textContent()).toContain('You are recorded as: Online');
    await expectAccessible(ruiPage, 'meeting page (member, voting)');
    await phoneShot(ruiPage, 'cycle-meeting-member');
    await ballot.getByTestId('vote-for').focus();
    await ruiPage.keyboard.press('Enter');
    await ballot.getByTestId('vote-reason').getByText('Your vote is recorded.').waitFor();
    // The pressed button is gone; the keyboard is on the confirmation.
    expect(await ballot.getByTestId('vote-reason').evaluate((reason) => reason === document.activeElement)).toBe(true);

    await motion.getByText(`${ruiName}: For`).waitFor();
    await motion.getByRole('group', { name: `Vote of ${chairName}` }).getByRole('button', { name: 'For' }).click();
    await motion.getByText(`${chairName}: For`).waitFor();
    // Nobody else to record: the keyboard moves on to "Close voting".
    expect(await motion.getByTestId('motion-close').evaluate((button) => button === document.activeElement)).toBe(true);
    await motion.getByTestId('motion-close').click();
    await motion.getByTestId('motion-result').getByText('Carried.').waitFor();
    expect(await motion.getByTestId('motion-result').textContent()).toContain('For 2, against 0, abstain 0.');
    await expectAccessible(managerPage, 'meeting page (organiser, motion carried)');
    await ballot.getByTestId('motion-result').getByText('Carried.').waitFor();

    // ---- Once the meeting has begun, the organiser marks it held (the page offers it by itself, at the start) ----
    await managerPage.getByTestId('mark-held').waitFor({ timeout: Math.max(startsAt.getTime() - Date.now(), 0) + 20_000 });
    await managerPage.getByTestId('mark-held').click();
    await managerPage.getByTestId('meeting-held').waitFor();
    await expect(managerPage.getByTestId('meeting-status').textContent()).resolves.toContain('Held');
    await expectAccessible(managerPage, 'meeting page (held)');

    // ---- Minutes: a pre-filled draft, edited with a private section, circulated ----
    await managerPage.getByTestId('meeting-minutes-link').click();
    await organiser.minutesLoaded();
    await expectAccessible(managerPage, 'minutes (none yet)');
    await managerPage.getByTestId('minutes-start').click();
    const body = managerPage.getByTestId('minutes-body');
    await body.waitFor();
    const draft = await body.inputValue();
    expect(draft).toContain(`## ${decisionItem}`);
    expect(draft).toContain(ruiName);
    expect(draft).toMatch(/Carried|carried/);
    await body.fill(`${draft}\n\n## Staff matters\n\nA confidential note about the youth worker's contract.\n`);
    await managerPage.getByTestId('minutes-private-staff-matters').getByRole('checkbox').check();
    await managerPage.getByTestId('minutes-save').click();
    await managerPage.getByTestId('minutes-saved').waitFor();
    await expectAccessible(managerPage, 'minutes (draft saved)');
    await phoneShot(managerPage, 'cycle-minutes-draft');
    await managerPage.getByTestId('minutes-circulate').click();
    await organiser.minutesStatus().getByText('Shared with members for comments').waitFor();

    // ---- Rui comments on the decision's section ----
    await member.openMinutes(board.id, meetingId);
    await expectAccessible(ruiPage, 'minutes (member, circulated)');
    const decisionSlug = 'fund-the-summer-youth-programme';
    await ruiPage.getByTestId(`minutes-comment-on-${decisionSlug}`).click();
    await ruiPage.getByTestId('minutes-comment-body').fill('Please add that the programme starts on 1 July.');
    await ruiPage.getByTestId('minutes-comment-send').click();
    await ruiPage.getByTestId(`minutes-comment-group-${decisionSlug}`).getByTestId('minutes-comment').getByText('starts on 1 July').waitFor();
    await expectAccessible(ruiPage, 'minutes (member, commented)');
    await phoneShot(ruiPage, 'cycle-minutes-member');

    // ---- The chair approves ----
    const chairPage = await newPage();
    await new IdentityPages(chairPage).signIn(chairUsername, PASSWORD);
    const chairRoom = new MeetingRoomPages(chairPage);
    await chairRoom.openMinutes(board.id, meetingId);
    await chairPage.getByTestId(`minutes-comment-group-${decisionSlug}`).getByText('starts on 1 July').waitFor();
    await expectAccessible(chairPage, 'minutes (chair)');
    await chairPage.getByTestId('minutes-approve').click();
    await chairRoom.minutesStatus().getByText('Approved').waitFor();
    await chairPage.getByTestId('minutes-approved').getByText('Approved by the chair.').waitFor();
    await expectAccessible(chairPage, 'minutes (approved)');

    // ---- The organiser publishes with a plain-language summary ----
    await organiser.openMinutes(board.id, meetingId);
    const summary = 'The board agreed to pay for a summer programme for young people in July.';
    await managerPage.getByTestId('minutes-publish-summary').fill(summary);
    await managerPage.getByTestId('minutes-publish').click();
    await organiser.minutesStatus().getByText('Published').waitFor();
    await expectAccessible(managerPage, 'minutes (published)');
    const minutesPdf = await organiser.download(managerPage.getByTestId('minutes-pdf'));
    expect(minutesPdf).toEqual({ contentType: 'application/pdf', head: '%PDF-' });

    // ---- Anyone reads them on the board's public page, without the private section ----
    const publicPage = await newPage();
    await publicPage.goto(new URL(`/join/${slug}`, baseUrl()).toString());
    const listed = publicPage.getByTestId('public-minutes-item');
    await listed.getByText(summary).waitFor();
    await expectAccessible(publicPage, 'public board page');
    await phoneShot(publicPage, 'cycle-public-board');
    await listed.getByTestId('public-minutes-link').click();
    await publicPage.getByTestId('public-minutes-title').getByText(title).waitFor();
    expect(await publicPage.getByTestId('public-minutes-summary').textContent()).toContain(summary);
    const publicText = (await publicPage.getByTestId('public-minutes-text').textContent()) ?? '';
    expect(publicText).toContain(decisionItem);
    expect(publicText).not.toContain('Staff matters');
    expect(publicText).not.toContain('confidential');
    // One main heading on the page: the text's own headings sit under "Minutes".
    expect(await publicPage.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await publicPage.getByTestId('public-minutes-text').getByRole('heading', { level: 4, name: decisionItem }).count()).toBe(1);
    await publicPage.getByTestId('public-minutes-redacted').waitFor();
    await expectAccessible(publicPage, 'public minutes');
    await phoneShot(publicPage, 'cycle-public-minutes');
    const publicPdf = await new MeetingRoomPages(publicPage).download(publicPage.getByTestId('public-minutes-pdf'));
    expect(publicPdf).toEqual({ contentType: 'application/pdf', head: '%PDF-' });
  }, 240_000);
});
