import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Mailbox } from '@cabinet/api/testing';
import { launchBrowser } from '../support/browser';
import { ComplianceApiSession, CompliancePages } from '../support/compliance.pages';
import { IdentityPages } from '../support/identity.pages';
import { MeetingsApiSession } from '../support/meetings.pages';
import { expectAccessible, phoneShot, SHOTS } from '../support/page-checks';

const PASSWORD = 'a sentence that is long enough';
const DAY = 86_400_000;
/** A day as the API counts days (UTC), offset from today. */
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const RYAN_WHITE = /^Ryan White HIV\/AIDS Program Part A planning council/;
const UNALIGNED = /unaligned consumers/;

/**
 * The "done when", as a service manager new to Cabinet would try it: a board held to the
 * Ryan White rule that a third of its voting members are unaligned consumers; the rule not met at
 * 1 of 4, met at 2 of 5 once another unaligned consumer joins, with that member among the records;
 * the day before, when nobody sat on the board, nothing to measure; and a pack of their own,
 * refused with a minimum of 0, saved as version 1, then revised to version 2.
 */
describe('a board checked against a funder’s compliance pack, and a pack of one’s own', () => {
  const mailbox = new Mailbox();
  let browser: Browser;
  const contexts: BrowserContext[] = [];

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
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('shows the rule not met, then met with the new member among its records, as of yesterday without data, and versions a new pack', async () => {
    const run = randomUUID().slice(0, 8);
    const email = `ines-${run}@example.org`;
    const boardName = `Riverside Planning Council ${run}`;
    const newcomer = `Dana ${run}`;
    const packName = `County meetings rules ${run}`;

    // ---- Inés, the service manager, signs up and sets the board up through the API ----
    const page = await newPage();
    await new IdentityPages(page).signUpAndVerify({ organization: `Riverside Services ${run}`, kind: 'A service (agency)', name: 'Inés', email, password: PASSWORD }, mailbox);
    await expectAccessible(page, 'home after sign-up');
    const api = MeetingsApiSession.of(page);
    const complianceApi = ComplianceApiSession.of(page);
    const board = await api.createBoard({ name: boardName, onboardingGatesVoting: false });
    const seatTypeId = board.seatTypes.find((seat) => seat.kind === 'community')!.id;
    const members = [];
    for (const displayName of ['Ana', 'Ben', 'Cleo', 'Dev']) members.push(await api.addMember(board.id, { seatTypeId, status: 'active', displayName }));
    await complianceApi.consentToTag(board.id, members[0]!.id, 'unaligned_consumer');

    // ---- From the board page to its compliance page: nothing checked yet ----
    const compliance = new CompliancePages(page);
    await compliance.openFromBoard(board.id);
    await compliance.empty().waitFor();
    await expectAccessible(page, 'board compliance (empty)');

    // ---- The Ryan White pack: 1 unaligned consumer of 4 voting members is 25 %, under the 33 % needed ----
    await compliance.addPack(RYAN_WHITE);
    await compliance.waitForRule(UNALIGNED, { result: 'Not met', measure: 'In the group: 25% of the members counted. Needs at least 33%.' });
    expect(await page.getByTestId('board-pack-name').textContent()).toMatch(RYAN_WHITE);
    expect(await page.getByTestId('board-pack-version').textContent()).toBe('1');
    await expectAccessible(page, 'board compliance (not met)');

    // ---- Another unaligned consumer joins: 2 of 5 is 40 %, and the rule is met ----
    const dana = await api.addMember(board.id, { seatTypeId, status: 'active', displayName: newcomer });
    await complianceApi.consentToTag(board.id, dana.id, 'unaligned_consumer');
    await compliance.waitForRule(UNALIGNED, { result: 'Met', measure: 'In the group: 40% of the members counted. Needs at least 33%.' });
    await expectAccessible(page, 'board compliance (met)');

    // ---- The records behind the rule name her, counted ----
    const records = await compliance.openEvidence(UNALIGNED);
    await records.filter({ hasText: newcomer }).filter({ hasText: '— counted' }).waitFor();
    expect(await records.count()).toBe(5);
    await expectAccessible(page, 'board compliance (records open)');

    // ---- As of yesterday, before anyone sat on the board: worked out again, nothing to measure ----
    await compliance.showAsOf(isoDay(-1));
    expect(await compliance.asOfNotice().textContent()).toContain('Cabinet worked them out again for this page');
    await compliance.ruleShowing(UNALIGNED, { result: 'Not enough data', measure: 'Nothing to measure yet.' }).waitFor();
    expect(await page.getByTestId('board-pack-checked').textContent()).toContain('Worked out for this page, not stored');
    // Packs are added and removed on today's page only.
    expect(await page.getByTestId('add-pack').count()).toBe(0);
    await expectAccessible(page, 'board compliance (as of yesterday)');
    // "Back to today": the stored results again, and the form to add packs.
    await page.getByTestId('as-of-clear').click();
    await compliance.ruleShowing(UNALIGNED, { result: 'Met', measure: /40%/ }).waitFor();
    await compliance.asOfNotice().waitFor({ state: 'detached' });
    await page.getByTestId('add-pack').waitFor();

    // ---- A pack of her own: one rule, at least 4 meetings a year ----
    await compliance.openPacks();
    await compliance.packCard(RYAN_WHITE).waitFor();
    await page.getByTestId('packs-own-none').waitFor();
    await expectAccessible(page, 'compliance packs');
    await compliance.newPack();
    await expectAccessible(page, 'new pack');
    await compliance.fillName(packName);
    await compliance.fillMeetingsRule(0, { title: 'At least 4 meetings a year', citation: 'County grant agreement, section 4', min: 0 });

    // A minimum of 0 is refused beside the field, and nothing is sent.
    await compliance.form().getByTestId('pack-save').click();
    await compliance.minimumError(0).filter({ hasText: 'Enter a number from 1 to 366.' }).waitFor();
    expect(page.url()).toMatch(/\/compliance\/packs\/new$/);
    await expectAccessible(page, 'new pack (minimum refused)');
    expect((await complianceApi.packs()).filter((pack) => !pack.seeded)).toEqual([]);

    await compliance.setMinimum(0, 4);
    await compliance.save(packName, 1);
    await compliance.packCard(packName).getByTestId('pack-version').filter({ hasText: /^Version 1, saved / }).waitFor();
    await expectAccessible(page, 'compliance packs (version 1 saved)');

    // ---- Six meetings a year instead: version 2 ----
    await compliance.editPack(packName);
    expect(await page.getByTestId('editor-version-notice').textContent()).toContain('Saving makes version 2');
    expect(await compliance.form().getByTestId('param-min').inputValue()).toBe('4');
    await expectAccessible(page, 'edit pack');
    await compliance.setMinimum(0, 6);
    await compliance.save(packName, 2);
    await compliance.packCard(packName).getByTestId('pack-version').filter({ hasText: /^Version 2, saved / }).waitFor();
    await expectAccessible(page, 'compliance packs (version 2 saved)');
    const [own] = (await complianceApi.packs()).filter((pack) => !pack.seeded);
    expect(own?.versions.map((version) => version.version).sort()).toEqual([1, 2]);
    expect(own?.rules[0]?.params).toMatchObject({ min: 6 });

    // ---- The board's compliance page on a phone ----
    await compliance.open(board.id);
    await compliance.ruleShowing(UNALIGNED, { result: 'Met', measure: /40%/ }).waitFor();
    await expectAccessible(page, 'board compliance (today again)');
    await phoneShot(page, 'compliance-board');
  }, 300_000);
});
