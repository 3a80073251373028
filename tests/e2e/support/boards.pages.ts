import type { APIRequestContext, Locator, Page } from 'playwright-core';
import type { AddBoardMemberInput, BoardDetail, BoardMemberProfile, SessionView } from '@cabinet/shared/contracts';
import { baseUrl } from './browser';

/**
 * The boards screens (list, new board, board page, settings, partnership link, add member, member
 * profile, applications, public join page), by their test ids and accessible names.
 */
export class BoardsPages {
  constructor(readonly page: Page) {}

  // ---- boards list and new board ----

  async openList(): Promise<void> {
    await this.page.getByTestId('nav-boards').click();
    await this.page.getByRole('heading', { level: 1, name: 'Boards' }).waitFor();
    // Either the list or the empty notice, once the boards have loaded.
    await this.page.getByTestId('boards-list').or(this.page.getByTestId('boards-empty')).waitFor();
  }

  listItem(boardName: string): Locator {
    return this.page.getByTestId('board-item').filter({ has: this.page.getByRole('link', { name: boardName, exact: true }) });
  }

  /** From the boards list: "New board", fill the form, land on the new board's page; returns its id. */
  async createBoard(name: string, purpose: string): Promise<string> {
    await this.page.getByRole('link', { name: 'New board' }).click();
    await this.page.getByTestId('create-board-form').waitFor();
    await this.page.getByTestId('create-board-name').fill(name);
    await this.page.getByTestId('create-board-purpose').fill(purpose);
    await this.page.getByTestId('create-board-submit').click();
    await this.page.waitForURL(/\/boards\/[0-9a-f-]{36}$/);
    await this.boardName().filter({ hasText: name }).waitFor();
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  // ---- board page ----

  async openBoard(boardId: string): Promise<void> {
    await this.page.goto(new URL(`/boards/${boardId}`, baseUrl()).toString());
    await this.boardName().waitFor();
  }

  boardName(): Locator {
    return this.page.getByTestId('board-name');
  }

  /** The composition meter's row for one target. */
  meterRow(label: string): Locator {
    return this.page.getByTestId('meter-row').filter({ has: this.page.getByTestId('meter-label').getByText(label, { exact: true }) });
  }

  /** Opens the "What could change" list under a target and returns its lines. */
  async scenarios(label: string): Promise<Locator> {
    const row = this.meterRow(label);
    const details = row.locator('details.scenarios');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await row.getByText(/^What could change/).click();
    return row.getByTestId('meter-scenario');
  }

  rosterMember(displayName: string): Locator {
    return this.page.getByTestId('roster-member').filter({ has: this.page.getByTestId('roster-name').getByText(displayName, { exact: true }) });
  }

  async joinPagePath(): Promise<string> {
    return (await this.page.getByTestId('board-join-page').getAttribute('href')) ?? '';
  }

  // ---- settings ----

  async openSettings(): Promise<void> {
    await this.page.getByTestId('board-manage-links').getByRole('link', { name: 'Settings' }).click();
    await this.page.getByTestId('general-settings-form').waitFor();
    await this.page.getByTestId('targets-form').waitFor();
  }

  async acceptApplications(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Accept applications from a public join page' }).check();
    await this.page.getByTestId('settings-submit').click();
    await this.page.getByTestId('general-settings-status').getByText('Settings saved.').waitFor();
  }

  /** Adds one target counting a seat type, and saves the targets. */
  async addSeatTarget(label: string, seatTypeName: string, minPercent: number): Promise<void> {
    const index = await this.page.getByTestId('target-row').count();
    await this.page.getByTestId('target-add').click();
    await this.page.getByTestId(`target-label-${index}`).fill(label);
    await this.page.getByTestId(`target-basis-${index}`).click();
    await this.page.getByRole('option', { name: seatTypeName, exact: true }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
    await this.page.getByTestId(`target-percent-${index}`).fill(String(minPercent));
    await this.page.getByTestId('targets-submit').click();
    await this.page.getByTestId('targets-status').getByText('Targets saved.').waitFor();
  }

  /** Adds a seat type in the settings' seat form and waits for it to be listed. */
  async addSeatType(seat: { name: string; kind: string; voting: boolean; seats: number }): Promise<void> {
    const form = this.page.getByTestId('seat-form');
    await form.getByTestId('seat-name').fill(seat.name);
    await form.getByTestId('seat-kind').click();
    await this.page.getByRole('option', { name: seat.kind, exact: true }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
    const voting = form.getByTestId('seat-voting').getByRole('checkbox');
    if ((await voting.isChecked()) !== seat.voting) await voting.click();
    await form.getByTestId('seat-count').fill(String(seat.seats));
    await form.getByTestId('seat-submit').click();
    await this.page.getByTestId('seats-status').getByText(`${seat.name} added.`).waitFor();
  }

  /** Makes a partnership link (without an email address) and returns it as shown once to the manager. */
  async makePartnershipLink(): Promise<string> {
    await this.page.getByTestId('partner-invite-submit').click();
    const url = this.page.getByTestId('partner-link-url');
    await url.waitFor();
    return (await url.textContent())?.trim() ?? '';
  }

  /** The partner organisation's admin, signed in, opens the link and accepts. */
  async acceptPartnership(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByTestId('partnership-heading').waitFor();
  }

  async confirmPartnership(): Promise<void> {
    await this.page.getByTestId('partnership-accept').click();
    await this.boardName().waitFor();
  }

  // ---- members ----

  /** "Add a member" on the board page: someone without an account, in a seat, starting as a guest. */
  async addGuest(displayName: string, seatOption: string): Promise<void> {
    await this.page.getByTestId('board-manage-links').getByRole('link', { name: 'Add a member' }).click();
    await this.page.getByTestId('add-member-form').waitFor();
    await this.page.getByTestId('add-who').getByRole('radio', { name: 'Someone without an account yet' }).check();
    await this.page.getByTestId('add-display-name').fill(displayName);
    await this.page.getByTestId('add-seat').click();
    await this.page.getByRole('option', { name: seatOption }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
    await this.page.getByTestId('add-status').getByRole('radio', { name: 'Guest', exact: true }).check();
    await this.page.getByTestId('add-submit').click();
    await this.page.getByTestId('profile-name').getByText(displayName).waitFor();
  }

  async openMemberFromRoster(displayName: string): Promise<void> {
    await this.rosterMember(displayName).getByRole('link', { name: displayName, exact: true }).click();
    await this.page.getByTestId('profile-name').getByText(displayName).waitFor();
  }

  /** On a member's profile: "Make active", keeping the default term dates. */
  async makeActive(): Promise<void> {
    await this.page.getByTestId('action-make_active').click();
    await this.page.getByTestId('action-form-make_active').waitFor();
    await this.page.getByTestId('action-confirm').click();
    await this.page.getByTestId('profile-status').getByText('Active').waitFor();
  }

  async backToBoard(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to the board' }).click();
    await this.boardName().waitFor();
  }

  async openApplications(): Promise<void> {
    await this.page.getByTestId('board-manage-links').getByRole('link', { name: /^Applications/ }).click();
    await this.page.getByTestId('application').or(this.page.getByTestId('applications-empty')).first().waitFor();
  }

  application(displayName: string): Locator {
    return this.page.getByTestId('application').filter({ has: this.page.getByTestId('application-name').getByText(displayName, { exact: true }) });
  }

  async acceptApplicationAsGuest(displayName: string): Promise<void> {
    await this.application(displayName).getByRole('button', { name: 'Accept as guest' }).click();
    await this.page.getByTestId('applications-decided').filter({ hasText: displayName }).waitFor();
  }
}

/** The public join page, for someone without an account. */
export class JoinPage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(new URL(path, baseUrl()).toString());
    await this.page.getByTestId('join-form').or(this.page.getByTestId('join-not-found')).or(this.page.getByTestId('join-closed')).waitFor();
  }

  async apply(details: { name: string; email: string }): Promise<void> {
    await this.page.getByTestId('join-name').fill(details.name);
    await this.page.getByTestId('join-email').fill(details.email);
    await this.page.getByRole('checkbox', { name: /may keep what you write here/ }).check();
    await this.page.getByTestId('join-submit').click();
    await this.page.getByTestId('join-thanks').waitFor();
  }
}

/**
 * The API as the signed-in person's browser calls it: shares the page's cookies and sends the
 * session's CSRF token, for setting up data a test does not need to click through.
 */
export class BoardsApiSession {
  private csrfToken: string | null = null;

  constructor(private readonly request: APIRequestContext) {}

  static of(page: Page): BoardsApiSession {
    return new BoardsApiSession(page.context().request);
  }

  private url(path: string): string {
    return new URL(path, baseUrl()).toString();
  }

  private async csrf(): Promise<string> {
    if (!this.csrfToken) {
      const response = await this.request.get(this.url('/api/auth/session'));
      if (!response.ok()) throw new Error(`GET /api/auth/session: ${response.status()} ${await response.text()}`);
      this.csrfToken = ((await response.json()) as SessionView).csrfToken;
    }
    return this.csrfToken;
  }

  async board(boardId: string): Promise<BoardDetail> {
    const response = await this.request.get(this.url(`/api/boards/${boardId}`));
    if (!response.ok()) throw new Error(`GET /api/boards/${boardId}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as BoardDetail;
  }

  async addMember(boardId: string, input: Partial<AddBoardMemberInput> & Pick<AddBoardMemberInput, 'seatTypeId' | 'status'>): Promise<BoardMemberProfile> {
    const response = await this.request.post(this.url(`/api/boards/${boardId}/members`), { data: input, headers: { 'x-csrf-token': await this.csrf() } });
    if (!response.ok()) throw new Error(`POST /api/boards/${boardId}/members: ${response.status()} ${await response.text()}`);
    return (await response.json()) as BoardMemberProfile;
  }
}
