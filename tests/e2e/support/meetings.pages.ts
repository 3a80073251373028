import type { APIRequestContext, Locator, Page } from 'playwright-core';
import type { AddBoardMemberInput, AgendaItemInput, AgendaView, BoardDetail, BoardMemberProfile, CreateBoardInput, CreatedPeer, MeetingSummary, ScheduleMeetingInput, SessionView } from '@cabinet/shared/contracts';
import { baseUrl } from './browser';

/** What the schedule form is filled with. `startsAt` is the board's wall-clock time: "2027-03-02T18:30". */
export interface ScheduleDetails {
  title: string;
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  format: 'in_person' | 'online' | 'hybrid';
  location?: string;
  onlineUrl?: string;
  repeats: 'none' | 'weekly' | 'monthly_weekday' | 'monthly_date';
  count?: number;
}

/**
 * The meetings screens (a board's meetings, scheduling, one meeting with the answer form and the
 * organisers' panel, my meetings with the calendar links), by their test ids and accessible names.
 */
export class MeetingsPages {
  constructor(readonly page: Page) {}

  // ---- a board's meetings ----

  /** From the board page: the "Meetings" link, to the board's list (loaded). */
  async openFromBoard(): Promise<void> {
    await this.page.getByTestId('board-meetings').click();
    await this.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await this.listLoaded();
  }

  async openBoardList(boardId: string): Promise<void> {
    await this.page.goto(new URL(`/boards/${boardId}/meetings`, baseUrl()).toString());
    await this.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await this.listLoaded();
  }

  private async listLoaded(): Promise<void> {
    await this.page.getByTestId('meetings-upcoming').or(this.page.getByTestId('meetings-no-upcoming')).waitFor();
  }

  /** The list's items (upcoming and past). */
  items(): Locator {
    return this.page.getByTestId('meeting-item');
  }

  // ---- scheduling ----

  async openScheduleForm(): Promise<void> {
    await this.page.getByTestId('meetings-schedule').click();
    await this.page.getByRole('heading', { level: 1, name: 'Schedule a meeting' }).waitFor();
    await this.page.getByTestId('schedule-board-name').waitFor();
  }

  /** Fills the schedule form (does not send it). */
  async fillSchedule(details: ScheduleDetails): Promise<void> {
    const form = this.page.getByTestId('schedule-form');
    await form.getByTestId('schedule-title').fill(details.title);
    await form.getByTestId('schedule-starts-at').fill(details.startsAt);
    await form.getByTestId('schedule-time-zone').selectOption(details.timeZone);
    await form.getByTestId('schedule-duration').fill(String(details.durationMinutes));
    await form.getByTestId(`schedule-format-${details.format}`).locator('input[type=radio]').check();
    if (details.location !== undefined) await form.getByTestId('schedule-location').fill(details.location);
    if (details.onlineUrl !== undefined) await form.getByTestId('schedule-online-url').fill(details.onlineUrl);
    await form.getByTestId(`schedule-repeats-${details.repeats}`).locator('input[type=radio]').check();
    if (details.count !== undefined) await form.getByTestId('schedule-count').fill(String(details.count));
  }

  /** The label the form gives a "repeats" choice ("Every month, on the first Tuesday"). */
  async repeatsLabel(option: ScheduleDetails['repeats']): Promise<string> {
    return ((await this.page.getByTestId(`schedule-repeats-${option}`).textContent()) ?? '').trim();
  }

  /** Sends the form; a series lands on the board's list. */
  async submitSeries(): Promise<void> {
    await this.page.getByTestId('schedule-submit').click();
    await this.page.waitForURL(/\/boards\/[0-9a-f-]{36}\/meetings$/);
    await this.page.getByTestId('meetings-upcoming').waitFor();
  }

  // ---- one meeting ----

  async openMeeting(title: string, nth = 0): Promise<void> {
    await this.page.getByTestId('meeting-link').filter({ hasText: title }).nth(nth).click();
    await this.page.getByTestId('meeting-title').waitFor();
  }

  /** From my meetings: a meeting's "Details and what you need" link. */
  async openDetailsFromMine(nth = 0): Promise<void> {
    await this.page.getByTestId('my-meeting').nth(nth).getByTestId('quick-details').click();
    await this.page.getByTestId('meeting-title').waitFor();
    await this.page.getByTestId('rsvp-form').or(this.page.getByTestId('rsvp-not-member')).or(this.page.getByTestId('rsvp-closed')).waitFor();
  }

  /** The answer form: a response and the needs ticked, then "Send my answer". */
  async answer(response: 'yes' | 'no' | 'maybe', needs: string[] = []): Promise<void> {
    const form = this.page.getByTestId('rsvp-form');
    await form.getByTestId(`rsvp-${response}`).locator('button').click();
    for (const need of needs) await form.getByTestId(`rsvp-need-${need}`).getByRole('checkbox').check();
    await form.getByTestId('rsvp-submit').click();
    await this.page.getByTestId('rsvp-saved').waitFor();
  }

  /** One member's line in the organisers' panel. */
  answerOf(displayName: string): Locator {
    return this.page.getByTestId('organise-answer').filter({ hasText: displayName });
  }

  /** The move form: a new wall-clock start in the board's zone. */
  async move(startsAt: string): Promise<void> {
    const form = this.page.getByTestId('move-form');
    await form.getByTestId('move-starts-at').fill(startsAt);
    await form.getByTestId('move-submit').click();
    await this.page.getByTestId('organise-done').getByText('The meeting is moved.').waitFor();
  }

  /** Cancels only this meeting, with a reason. */
  async cancelOnlyThis(reason: string): Promise<void> {
    const form = this.page.getByTestId('cancel-form');
    const scope = form.getByTestId('cancel-scope-occurrence');
    if (await scope.count()) await scope.locator('input[type=radio]').check();
    await form.getByTestId('cancel-reason').fill(reason);
    await form.getByTestId('cancel-submit').click();
    await this.page.getByTestId('meeting-cancelled').waitFor();
  }

  async backToList(): Promise<void> {
    await this.page.getByTestId('meeting-back').click();
    await this.listLoaded();
  }

  // ---- my meetings ----

  /** The "Meetings" link in the navigation, to my meetings (loaded). */
  async openMine(): Promise<void> {
    await this.page.getByTestId('nav-meetings').click();
    await this.page.getByRole('heading', { level: 1, name: 'My meetings' }).waitFor();
    await this.page.getByTestId('my-meetings').or(this.page.getByTestId('my-meetings-empty')).waitFor();
    await this.page.getByTestId('feeds-none').or(this.page.getByTestId('feed')).first().waitFor();
  }

  mine(): Locator {
    return this.page.getByTestId('my-meeting');
  }

  /** "Make a private calendar link"; returns the link shown once. */
  async makeCalendarLink(): Promise<string> {
    await this.page.getByTestId('feed-create').click();
    const url = this.page.getByTestId('feed-url');
    await url.waitFor();
    return url.inputValue();
  }
}

/**
 * The API as the signed-in manager's browser calls it (the page's cookies and the session's CSRF
 * token), for setting up what the walk does not click through: the board and its members.
 */
export class MeetingsApiSession {
  private csrfToken: string | null = null;

  constructor(private readonly request: APIRequestContext) {}

  static of(page: Page): MeetingsApiSession {
    return new MeetingsApiSession(page.context().request);
  }

  private url(path: string): string {
    return new URL(path, baseUrl()).toString();
  }

  /** The signed-in person's session: who they are, their organisation, the CSRF token. */
  async session(): Promise<SessionView> {
    const response = await this.request.get(this.url('/api/auth/session'));
    if (!response.ok()) throw new Error(`GET /api/auth/session: ${response.status()} ${await response.text()}`);
    return (await response.json()) as SessionView;
  }

  private async csrf(): Promise<string> {
    if (!this.csrfToken) this.csrfToken = (await this.session()).csrfToken;
    return this.csrfToken;
  }

  private async post<T>(path: string, data: unknown): Promise<T> {
    const response = await this.request.post(this.url(path), { data, headers: { 'x-csrf-token': await this.csrf() } });
    if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  createBoard(input: Partial<CreateBoardInput> & Pick<CreateBoardInput, 'name'>): Promise<BoardDetail> {
    return this.post<BoardDetail>('/api/boards', input);
  }

  addMember(boardId: string, input: Partial<AddBoardMemberInput> & Pick<AddBoardMemberInput, 'seatTypeId' | 'status'>): Promise<BoardMemberProfile> {
    return this.post<BoardMemberProfile>(`/api/boards/${boardId}/members`, input);
  }

  /** A peer (role "member") with a username and no email; the answer has the one-time setup code. */
  createPeer(username: string, displayName: string): Promise<CreatedPeer> {
    return this.post<CreatedPeer>('/api/organization/peers', { username, displayName });
  }

  /** Schedules a meeting, or a series when `recurrence` holds a rule; the answer lists the meetings made. */
  scheduleMeeting(boardId: string, input: ScheduleMeetingInput): Promise<MeetingSummary[]> {
    return this.post<MeetingSummary[]>(`/api/boards/${boardId}/meetings`, input);
  }

  /** An organiser's agenda item, accepted into the running order. */
  addAgendaItem(boardId: string, meetingId: string, input: AgendaItemInput): Promise<AgendaView> {
    return this.post<AgendaView>(`/api/boards/${boardId}/meetings/${meetingId}/agenda/items`, input);
  }
}

/** The peer sets their password with the setup code, outside any browser (the browser then signs in). */
export async function redeemSetupCode(username: string, setupCode: string, password: string): Promise<void> {
  const response = await fetch(new URL('/api/auth/setup-code', baseUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl() },
    body: JSON.stringify({ username, setupCode, password }),
  });
  if (!response.ok) throw new Error(`POST /api/auth/setup-code: ${response.status} ${await response.text()}`);
}
