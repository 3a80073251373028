import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Mailbox } from '@cabinet/api/testing';
import { QueueName } from '@cabinet/shared/contracts';
import { baseUrl, launchBrowser } from '../support/browser';
import { type ExtraWorker, startWorker } from '../support/extra-worker';
import { IdentityPages } from '../support/identity.pages';
import { MeetingRoomPages } from '../support/meeting-room.pages';
import { MeetingsApiSession } from '../support/meetings.pages';
import { expectAccessible, linkIn, phoneShot, SHOTS } from '../support/page-checks';
import { PeerInputPages } from '../support/peer-input.pages';
import { waitForCompletedJobs } from '../support/queues';
import { RecommendationPages } from '../support/recommendations.pages';
import { inOrganization } from '../support/time-travel';

const PASSWORD = 'a sentence that is long enough';
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** The next whole minute at least 40 s away: time to set the meeting up before it starts. */
function aboutToStart(): Date {
  return new Date(Math.ceil((Date.now() + 40_000) / 60_000) * 60_000);
}

/**
 * The "done when", as its people live it: an anonymous concern through the poster's link,
 * acknowledged and put on an agenda; a recommendation drafted from it and adopted by a carried
 * motion; the liaison told by email, answering "partly accepted" with a two-step plan; one step
 * missed, and the escalation arriving once (two workers sweep at once); the plan completed, the
 * board satisfied; and the person reading what became of their concern with the claim code.
 */
describe('a concern becomes a recommendation the agency answers, on time or escalated', () => {
  const mailbox = new Mailbox();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const workers: ExtraWorker[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-GB' });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('goes from the QR link to a closed recommendation, and the person reads the outcome', async () => {
    const run = randomUUID().slice(0, 8);
    const kimEmail = `kim-${run}@example.org`;
    const leeEmail = `lee-${run}@example.org`;
    const boardName = `Harbour Peer Board ${run}`;
    const concern = `The waiting room is too cold before 9 in the morning ${run}.`;
    const decisionItem = 'Heating in the waiting room';
    const title = `Heat the waiting room from 8 am ${run}`;

    // ---- Kim, the service manager, sets up the board, a meeting about to start and its agenda ----
    const kimPage = await newPage();
    const kim = new IdentityPages(kimPage);
    await kim.signUpAndVerify({ organization: `Harbour Services ${run}`, kind: 'A service (agency)', name: 'Kim', email: kimEmail, password: PASSWORD }, mailbox);
    const api = MeetingsApiSession.of(kimPage);
    const organizationId = (await api.session()).activeOrganization!.id;
    const slug = `harbour-loop-${run}`;
    const board = await api.createBoard({ name: boardName, slug, onboardingGatesVoting: false, publicPages: true });
    const seatTypeId = board.seatTypes.find((seat) => seat.kind === 'peer')!.id;
    const voters = ['Ana', 'Ben', 'Cleo'];
    for (const displayName of voters) await api.addMember(board.id, { seatTypeId, status: 'active', displayName });
    const startsAt = aboutToStart();
    const [meeting] = await api.scheduleMeeting(board.id, { title: 'Spring meeting', startsAt: startsAt.toISOString().slice(0, 16), timeZone: 'UTC', durationMinutes: 120, format: 'online', onlineUrl: 'https://meet.example.org/harbour', location: null, capacity: null, recurrence: null });
    await api.addAgendaItem(board.id, meeting!.id, { kind: 'decision', title: decisionItem, durationMinutes: 15, details: null, presenter: null });

    // Kim invites Lee to answer for the agency; Lee joins in her own browser.
    await kim.openMembers();
    await kim.invite(leeEmail, 'Agency liaison');
    const invitation = await mailbox.waitForSubject(leeEmail, `Harbour Services ${run}`);
    const leePage = await newPage();
    await new IdentityPages(leePage).acceptInvitation(linkIn(invitation.text, '/invitations/accept'), 'Lee', PASSWORD);

    // ---- The board's poster link, and a person with no account who uses it ----
    const input = new PeerInputPages(kimPage);
    await input.openTriageFromBoard(board.id, boardName);
    const publicUrl = await input.openPublicLink();
    const personPage = await newPage();
    const person = new PeerInputPages(personPage);
    const claimCode = await person.sendThroughPublicLink(publicUrl, 'concern', concern);
    await expectAccessible(personPage, 'public input receipt');

    // ---- Kim acknowledges it and puts it on the meeting's agenda ----
    await kimPage.reload();
    await input.item(concern).waitFor();
    await input.acknowledge(concern);
    await input.putOnAgenda(concern, decisionItem);
    await expectAccessible(kimPage, 'triage (on the agenda)');

    // ---- At the meeting: three members present, a carried motion on the item ----
    const room = new MeetingRoomPages(kimPage);
    await room.openMeeting(board.id, meeting!.id);
    await kimPage.getByTestId('mark-held').waitFor({ timeout: Math.max(startsAt.getTime() - Date.now(), 0) + 20_000 });
    await room.reloadMeeting();
    for (const name of voters) await room.record(name, 'present');
    const motion = await room.openMotion({ item: decisionItem, text: 'That the board asks the service to heat the waiting room from 8 am.', mover: 'Ana', seconder: 'Ben', method: 'count' });
    await motion.getByTestId('count-for').fill('3');
    await motion.getByTestId('count-against').fill('0');
    await motion.getByTestId('count-abstain').fill('0');
    await motion.getByTestId('count-save').click();
    await motion.getByTestId('motion-close').click();
    await motion.getByTestId('motion-result').getByText('Carried.').waitFor();
    await expectAccessible(kimPage, 'meeting (motion carried)');

    // ---- Kim drafts the recommendation from the concern, adopts it by the motion, and sends it to Lee ----
    await input.openTriageFromBoard(board.id, boardName);
    await input.item(concern).getByTestId('triage-recommend').click();
    await kimPage.getByTestId('recommendation-form').waitFor();
    await expectAccessible(kimPage, 'draft from input');
    await kimPage.getByTestId('recommendation-title').fill(title);
    await kimPage.getByTestId('recommendation-body').fill('Turn the heating on at 8 am, an hour before the doors open, from October to April.');
    await kimPage.getByTestId('recommendation-organization').selectOption({ label: `Harbour Services ${run}` });
    await kimPage.getByTestId('recommendation-liaisons').getByRole('checkbox', { name: 'Lee' }).check();
    await kimPage.getByTestId('recommendation-save').click();
    const recommendation = new RecommendationPages(kimPage);
    await kimPage.getByTestId('recommendation-heading').filter({ hasText: title }).waitFor();
    const id = recommendation.idFromUrl();
    await recommendation.adopt('Spring meeting', 'heat the waiting room');
    await recommendation.send();
    await expectAccessible(kimPage, 'recommendation (sent)');

    // ---- Lee is told by email, answers "partly accepted" and plans two steps ----
    const sent = await mailbox.waitForSubject(leeEmail, `A recommendation from ${boardName} needs your answer`);
    expect(sent.text).not.toContain('heat');
    const link = /https?:\/\/\S+\/boards\/\S+\/recommendations\/\S+/.exec(sent.text)?.[0];
    expect(link).toBe(new URL(`/boards/${board.id}/recommendations/${id}`, baseUrl()).toString());
    await leePage.goto(link!);
    const lee = new RecommendationPages(leePage);
    await leePage.getByTestId('respond').waitFor();
    await expectAccessible(leePage, 'recommendation (liaison, to answer)');
    await lee.respond('partly_accepted', 'From 8 am on weekdays. Weekends need a caretaker we do not have.');
    const boiler = 'Set the boiler timer to 8 am';
    const caretaker = 'Ask the landlord for a weekend caretaker';
    await lee.addMilestone({ title: boiler, owner: 'Facilities', dueOn: isoDay(0) });
    await lee.addMilestone({ title: caretaker, owner: 'Service manager', dueOn: isoDay(30) });
    await expectAccessible(leePage, 'recommendation (liaison, plan)');
    await phoneShot(leePage, 'loop-liaison-plan');

    // ---- A week passes and the boiler step is missed: two workers sweep at once, one escalation arrives ----
    expect(await inOrganization(organizationId, `UPDATE milestone SET due_on = current_date - 8 WHERE recommendation_id = $1 AND title = $2`, [id, boiler])).toBe(1);
    const since = Date.now();
    const sweeping = [startWorker(), startWorker()];
    workers.push(...sweeping);
    await Promise.all(sweeping.map((worker) => worker.ready));
    const escalation = await mailbox.waitForSubject(kimEmail, `Late by a week: ${boardName}`, 40_000);
    expect(escalation.text).toContain(`/boards/${board.id}/recommendations/${id}`);
    expect(`${escalation.subject} ${escalation.text}`).not.toContain('boiler');
    // Both workers' start-up sweeps have run (whichever worker took each job): still one email.
    await waitForCompletedJobs(QueueName.RecommendationSchedules, 'deadlines', since, 2);
    expect((await mailbox.messagesTo(kimEmail)).filter((email) => email.subject.startsWith('Late by a week'))).toHaveLength(1);
    expect((await mailbox.messagesTo(leeEmail)).filter((email) => email.subject.startsWith('Late by a week'))).toHaveLength(0);

    // ---- Lee completes the plan and reports it done ----
    await leePage.reload();
    await lee.markDone(boiler);
    await lee.markDone(caretaker);
    await lee.reportImplemented('The heating comes on at 8 am on weekdays; the landlord pays for a weekend caretaker from May.');

    // ---- The board is satisfied, and the timeline tells the whole story ----
    await recommendation.open(board.id, id);
    await recommendation.review('Spring meeting', true);
    await recommendation.waitForStatus('Closed');
    const steps = await recommendation.timeline();
    expect(steps).toEqual(expect.arrayContaining([expect.stringContaining('Cabinet told the agency’s managers it is late')]));
    // Kim puts it on the board's public "You said, we did" page.
    await kimPage.getByTestId('publish-toggle').click();
    await kimPage.getByTestId('publish-state').filter({ hasText: 'You said, we did' }).waitFor();
    await expectAccessible(kimPage, 'recommendation (closed, published)');
    await phoneShot(kimPage, 'loop-recommendation-closed');

    // ---- The board's measures count it: sent, answered on time, implemented, the board satisfied ----
    await recommendation.page.getByTestId('recommendation-back-to-list').click();
    await kimPage.getByTestId('recommendations-measures').click();
    const onTime = kimPage.getByTestId('measure-on-time').getByTestId('measure-value');
    await onTime.filter({ hasText: '1 of 1' }).waitFor();
    expect(await kimPage.getByTestId('measure-satisfied').getByTestId('measure-value').textContent()).toContain('1 of 1');
    expect(await kimPage.getByTestId('measure-input-received').getByTestId('measure-value').textContent()).toContain('1');
    await expectAccessible(kimPage, 'accountability measures');
    await phoneShot(kimPage, 'loop-measures');

    // ---- The person who raised it reads the outcome with the claim code, and anyone sees it on the public page ----
    await person.readClaim(claimCode);
    const outcome = personPage.getByTestId('claim-outcome');
    await outcome.filter({ hasText: title }).waitFor();
    expect(await outcome.getByTestId('public-recommendation-answer').textContent()).toContain('From 8 am on weekdays');
    expect(await outcome.textContent()).not.toContain('Lee');
    await expectAccessible(personPage, 'claim (recommendation outcome)');
    await phoneShot(personPage, 'loop-claim-outcome');

    await personPage.goto(new URL(`/join/${slug}/you-said-we-did`, baseUrl()).toString());
    await personPage.getByTestId('public-recommendation').filter({ hasText: title }).waitFor();
    await expectAccessible(personPage, 'you said, we did');
    await phoneShot(personPage, 'loop-you-said-we-did');
  }, 300_000);
});
