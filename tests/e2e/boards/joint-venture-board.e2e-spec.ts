import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Mailbox, testServiceUrls } from '@cabinet/api/testing';
import { accessibilityViolations, launchBrowser } from '../support/browser';
import { BoardsApiSession, BoardsPages, JoinPage } from '../support/boards.pages';
import { type ExtraWorker, startWorker } from '../support/extra-worker';
import { IdentityPages } from '../support/identity.pages';

const PASSWORD = 'a sentence that is long enough';
const SHOTS = '/tmp/e2e-shots';
const PEER_SEAT = 'Peer with lived experience';
const COMMUNITY_SEAT = 'Community representative';

function isoDay(offsetDays = 0): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

/** No serious or critical WCAG 2.2 AA violations, named by the page they were found on. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  expect({ where, violations: await accessibilityViolations(page) }).toEqual({ where, violations: [] });
}

/** How wide the page is laid out: wider than the viewport means sideways scrolling on a phone. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('a service manager runs a joint-venture board with a community group', () => {
  const mailbox = new Mailbox();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let extraWorker: ExtraWorker | null = null;

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
    await extraWorker?.stop();
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('creates the board with a partner, fills it, walks a guest to active, takes an application, sends a term notice, and shows nothing to a funder', async () => {
    const run = randomUUID().slice(0, 8);
    const agency = `Harbour Services ${run}`;
    const community = `Riverside Peers ${run}`;
    const funder = `Coastal Fund ${run}`;
    const managerEmail = `manager-${run}@example.org`;
    const communityEmail = `community-${run}@example.org`;
    const funderEmail = `funder-${run}@example.org`;
    const boardName = `Riverside Advisory Board ${run}`;

    // ---- 1. The manager creates the board, sets the target and public join page, invites the partner ----
    const managerPage = await newPage();
    const manager = new BoardsPages(managerPage);
    await new IdentityPages(managerPage).signUpAndVerify({ organization: agency, kind: 'A service (agency)', name: 'Kim', email: managerEmail, password: PASSWORD }, mailbox);

    const communityPage = await newPage();
    const partner = new BoardsPages(communityPage);
    await new IdentityPages(communityPage).signUpAndVerify({ organization: community, kind: 'A community group', name: 'Ade', email: communityEmail, password: PASSWORD }, mailbox);

    await manager.openList();
    await expectAccessible(managerPage, 'boards list (empty)');
    await managerPage.getByRole('link', { name: 'New board' }).waitFor();
    const boardId = await manager.createBoard(boardName, 'People who use the harm-reduction services advise on how they are run.');
    await expectAccessible(managerPage, 'new board page');

    await manager.openSettings();
    await expectAccessible(managerPage, 'settings');
    await manager.acceptApplications();
    // The board's own seats beside the usual five: two youth seats that vote, kept apart from the adult peers.
    await manager.addSeatType({ name: 'Youth peers', kind: PEER_SEAT, voting: true, seats: 2 });
    const youthSeat = managerPage.getByTestId('seat-item').filter({ hasText: 'Youth peers' });
    expect(await youthSeat.textContent()).toMatch(/Voting\s*·\s*0 of 2 seats filled/);
    await expectAccessible(managerPage, 'settings (seat type added)');
    await manager.addSeatTarget('Peers', PEER_SEAT, 51);
    const partnershipLink = await manager.makePartnershipLink();
    expect(partnershipLink).toMatch(/\/partnerships\/accept\?token=/);
    await expectAccessible(managerPage, 'settings with partnership link');

    // The community group's admin accepts in their own browser and sees the board as co-owned.
    await partner.acceptPartnership(partnershipLink);
    expect(await communityPage.getByTestId('partnership-host').textContent()).toContain(agency);
    await expectAccessible(communityPage, 'partnership preview');
    await partner.confirmPartnership();
    expect(await partner.boardName().textContent()).toContain(boardName);
    await expectAccessible(communityPage, 'board page (partner)');
    await partner.openList();
    await partner.listItem(boardName).waitFor();
    expect(await partner.listItem(boardName).getByTestId('board-relation').textContent()).toContain(`Co-owned with ${agency}`);
    await expectAccessible(communityPage, 'boards list (partner)');

    // ---- 2. Members: 5 peers and 5 community representatives active (50 %), one of them ending soon ----
    const api = BoardsApiSession.of(managerPage);
    const detail = await api.board(boardId);
    const peerSeat = detail.seatTypes.find((seat) => seat.name === PEER_SEAT)!;
    const communitySeat = detail.seatTypes.find((seat) => seat.name === COMMUNITY_SEAT)!;
    expect(detail.targets).toEqual([expect.objectContaining({ label: 'Peers', seatTypeId: peerSeat.id, minPercent: 51 })]);
    for (const name of ['Ash', 'Bo', 'Cam', 'Dee', 'Eli']) await api.addMember(boardId, { displayName: `Peer ${name}`, seatTypeId: peerSeat.id, status: 'active' });
    for (const name of ['Fay', 'Gus', 'Hal', 'Ivy']) await api.addMember(boardId, { displayName: `Rep ${name}`, seatTypeId: communitySeat.id, status: 'active' });
    // A term ending in 30 days: inside the 60-day notice window.
    const endsOn = isoDay(30);
    await api.addMember(boardId, { displayName: 'Rep Joy', email: `joy-${run}@example.org`, seatTypeId: communitySeat.id, status: 'active', startsOn: isoDay(0), endsOn });

    // The manager adds a peer as a guest, in the UI.
    await manager.openBoard(boardId);
    await manager.addGuest('Jordan', PEER_SEAT);
    await expectAccessible(managerPage, 'member profile (new guest)');
    await manager.backToBoard();
    const peers = manager.meterRow('Peers');
    await peers.getByTestId('meter-share').getByText('5 of 10 voting members = 50 %').waitFor();
    expect(await peers.getByTestId('meter-verdict').textContent()).toContain('Below the target');
    const scenarios = await manager.scenarios('Peers');
    await scenarios.filter({ hasText: 'If Jordan joins' }).waitFor();
    expect(await scenarios.filter({ hasText: 'If Jordan joins' }).textContent()).toContain('6 of 11 = 55 % (meets the target)');
    await expectAccessible(managerPage, 'board page (below target)');

    // The manager walks Jordan from guest to active member, keeping the default term dates.
    await manager.openMemberFromRoster('Jordan');
    await expectAccessible(managerPage, 'member profile (guest)');
    await manager.makeActive();
    await expectAccessible(managerPage, 'member profile (active)');
    await manager.backToBoard();
    await peers.getByTestId('meter-share').getByText('6 of 11 voting members = 55 %').waitFor();
    expect(await peers.getByTestId('meter-verdict').textContent()).toContain('Meets the target');
    expect(await peers.getByTestId('meter-verdict').getAttribute('data-verdict')).toBe('meets');
    // The term ending soon is listed for the managers.
    expect(await managerPage.getByTestId('term-ending').allTextContents()).toEqual([expect.stringContaining('Rep Joy')]);
    await expectAccessible(managerPage, 'board page (meets target)');

    // The board page on a phone.
    await managerPage.setViewportSize({ width: 390, height: 844 });
    await managerPage.screenshot({ path: join(SHOTS, 'board-page-390.png'), fullPage: true });
    expect(await pageWidth(managerPage)).toBe(390);
    await managerPage.setViewportSize({ width: 1280, height: 720 });

    // ---- 3. Someone without an account applies on the public join page ----
    const joinPath = await manager.joinPagePath();
    expect(joinPath).toMatch(/^\/join\/[a-z0-9-]+$/);
    const visitorPage = await newPage();
    await visitorPage.setViewportSize({ width: 390, height: 844 });
    const joinPage = new JoinPage(visitorPage);
    await joinPage.open(joinPath);
    expect(await visitorPage.getByTestId('join-board-name').textContent()).toContain(boardName);
    await expectAccessible(visitorPage, 'join page');
    await visitorPage.screenshot({ path: join(SHOTS, 'join-page-390.png'), fullPage: true });
    expect(await pageWidth(visitorPage)).toBe(390);
    await joinPage.apply({ name: 'Lee', email: `lee-${run}@example.org` });
    await expectAccessible(visitorPage, 'join page (thank you)');
    await visitorPage.screenshot({ path: join(SHOTS, 'join-thanks-390.png'), fullPage: true });

    // The manager hears that someone applied (nothing about who), finds Lee in Applications and accepts them as a guest.
    expect((await mailbox.waitForSubject(managerEmail, `New application to join ${boardName}`)).text).not.toContain('Lee');
    await manager.openBoard(boardId);
    await manager.openApplications();
    await manager.application('Lee').waitFor();
    expect(await manager.application('Lee').textContent()).toContain(`lee-${run}@example.org`);
    await expectAccessible(managerPage, 'applications');
    await manager.acceptApplicationAsGuest('Lee');
    await expectAccessible(managerPage, 'applications (decided)');
    await manager.backToBoard();
    await manager.rosterMember('Lee').getByTestId('roster-status').getByText('Guest').waitFor();

    // ---- 4. The term-ending notice reaches the manager's inbox ----
    // Nothing yet: the suite's own worker swept at its start, before this term existed.
    expect((await mailbox.messagesTo(managerEmail)).map((m) => m.subject)).not.toContainEqual(expect.stringContaining('term on'));
    extraWorker = startWorker();
    await extraWorker.ready;
    const notice = await mailbox.waitForSubject(managerEmail, `Rep Joy's term on ${boardName} ends on`, 40_000).catch((error: Error) => {
      throw new Error(`${error.message}\nExtra worker output:\n${extraWorker?.output()}`);
    });
    expect(notice.text).toContain(`/boards/${boardId}/members/`);
    // The partner's admin manages the board too, and hears about it.
    await mailbox.waitForSubject(communityEmail, `Rep Joy's term on ${boardName}`, 10_000);
    await extraWorker.stop();
    extraWorker = null;

    // The local mail catcher's web inbox shows it too.
    const inboxPage = await managerPage.context().newPage();
    await inboxPage.goto(testServiceUrls().inboxUrl);
    await inboxPage.getByRole('link', { name: notice.subject }).first().click();
    await inboxPage.getByRole('heading', { level: 1, name: notice.subject }).waitFor();
    expect(await inboxPage.locator('pre').textContent()).toContain(`Rep Joy's term on ${boardName} ends on`);
    await expectAccessible(inboxPage, 'local inbox message');
    await inboxPage.close();

    // ---- 5. A funder sees none of it ----
    const funderPage = await newPage();
    const funderBoards = new BoardsPages(funderPage);
    await new IdentityPages(funderPage).signUpAndVerify({ organization: funder, kind: 'A funder', name: 'Pat', email: funderEmail, password: PASSWORD }, mailbox);
    await funderPage.goto(new URL(`/boards/${boardId}`, process.env['E2E_BASE_URL']).toString());
    await funderPage.getByRole('alert').getByText("We can't find this").waitFor();
    expect(await funderPage.getByTestId('board-name').count()).toBe(0);
    expect(await funderPage.getByText(boardName).count()).toBe(0);
    await expectAccessible(funderPage, 'board page (funder, not found)');
    await funderBoards.openList();
    await funderPage.getByTestId('boards-empty').waitFor();
    expect(await funderPage.getByText(boardName).count()).toBe(0);
    await expectAccessible(funderPage, 'boards list (funder)');
  }, 150_000);
});
