import type { Locator, Page } from 'playwright-core';
import type { AgendaItemKind, AttendanceStatus, MotionMethod } from '@cabinet/shared/contracts';
import { baseUrl } from './browser';

/** An agenda item as the agenda form takes it. */
export interface AgendaItemDetails {
  kind: AgendaItemKind;
  title: string;
  details?: string;
  presenter?: string;
  durationMinutes: number;
}

/** A motion as the organiser opens it. */
export interface MotionDetails {
  item: string;
  text: string;
  mover: string;
  seconder: string;
  method: MotionMethod;
}

/** What a link with `download` fetched: its content type and its first bytes. */
export interface Downloaded {
  contentType: string;
  head: string;
}

/**
 * A meeting while it is prepared and held: the agenda (proposals, decisions, order, PDF),
 * attendance with the quorum indicator, motions and votes, and the minutes from first draft to
 * the public reader. By test ids and accessible names, waiting on what each step shows.
 */
export class MeetingRoomPages {
  constructor(readonly page: Page) {}

  private url(path: string): string {
    return new URL(path, baseUrl()).toString();
  }

  /** Opens one meeting's page and waits until its agenda, attendance and motions have loaded. */
  async openMeeting(boardId: string, meetingId: string): Promise<void> {
    await this.page.goto(this.url(`/boards/${boardId}/meetings/${meetingId}`));
    await this.page.getByTestId('meeting-title').waitFor();
    await this.sectionsLoaded();
  }

  /** Reloads the meeting page, for what others changed meanwhile. */
  async reloadMeeting(): Promise<void> {
    await this.page.reload();
    await this.page.getByTestId('meeting-title').waitFor();
    await this.sectionsLoaded();
  }

  private async sectionsLoaded(): Promise<void> {
    const agenda = this.page.getByTestId('agenda-section');
    await agenda.getByTestId('agenda-items').or(agenda.getByTestId('agenda-empty')).or(agenda.getByTestId('agenda-not-published')).first().waitFor();
    await this.page.getByTestId('quorum-status').waitFor();
    const motions = this.page.getByTestId('motions-section');
    await motions.getByTestId('motions-none').or(motions.locator('article')).first().waitFor();
  }

  // ---- agenda ----

  private async fillItem(prefix: 'agenda-propose' | 'agenda-add', item: AgendaItemDetails): Promise<void> {
    const form = this.page.getByTestId(`${prefix}-form`);
    await form.getByTestId(`${prefix}-kind-${item.kind}`).locator('input[type=radio]').check();
    await form.getByTestId(`${prefix}-title`).fill(item.title);
    if (item.details) await form.getByTestId(`${prefix}-details`).fill(item.details);
    if (item.presenter) await form.getByTestId(`${prefix}-presenter`).fill(item.presenter);
    await form.getByTestId(`${prefix}-duration`).fill(String(item.durationMinutes));
    await form.getByTestId(`${prefix}-submit`).click();
  }

  /** A member proposes an item; it shows among their proposals, waiting for a decision. */
  async propose(item: AgendaItemDetails): Promise<void> {
    await this.fillItem('agenda-propose', item);
    await this.myProposal(item.title).waitFor();
  }

  myProposal(title: string): Locator {
    return this.page.getByTestId('agenda-my-proposal').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  proposal(title: string): Locator {
    return this.page.getByTestId('agenda-proposal').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** The running order's titles, as shown ("1. Welcome"). */
  agendaTitles(): Promise<string[]> {
    return this.page.getByTestId('agenda-item-title').allTextContents().then((titles) => titles.map((title) => title.trim()));
  }

  agendaItem(title: string): Locator {
    return this.page.getByTestId('agenda-item').filter({ has: this.page.getByTestId('agenda-item-title').getByText(title) });
  }

  async accept(title: string): Promise<void> {
    await this.proposal(title).getByTestId('agenda-accept').click();
    await this.agendaItem(title).waitFor();
  }

  async decline(title: string, reason: string): Promise<void> {
    await this.proposal(title).getByTestId('agenda-decline').click();
    const form = this.page.getByTestId('agenda-decline-form');
    await form.getByTestId('agenda-decline-reason').fill(reason);
    await form.getByTestId('agenda-decline-submit').click();
    await this.proposal(title).getByTestId('agenda-proposal-reason').waitFor();
  }

  /** An organiser's own item, straight onto the agenda. */
  async addItem(item: AgendaItemDetails): Promise<void> {
    await this.fillItem('agenda-add', item);
    await this.agendaItem(item.title).waitFor();
  }

  /** "Move up" by keyboard: focus the item's button and press Enter; waits for the announcement. */
  async moveUpByKeyboard(title: string, position: number, count: number): Promise<void> {
    await this.agendaItem(title).getByTestId('agenda-move-up').focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByTestId('agenda-announcement').getByText(`“${title}” is now item ${position} of ${count}.`).waitFor();
  }

  // ---- attendance ----

  quorum(): Locator {
    return this.page.getByTestId('quorum-status');
  }

  /** Records one member's attendance from the organiser's list, by the select's accessible name. */
  async record(displayName: string, status: AttendanceStatus): Promise<void> {
    const select = this.page.getByRole('combobox', { name: `Attendance of ${displayName}`, exact: true });
    await select.selectOption(status);
    await select.and(this.page.locator(':enabled')).waitFor();
  }

  // ---- motions ----

  async openMotion(motion: MotionDetails): Promise<Locator> {
    const form = this.page.getByTestId('motion-form');
    await form.getByLabel('Decision item').selectOption({ label: motion.item });
    await form.getByLabel('Motion text').fill(motion.text);
    await form.getByLabel('Moved by').selectOption({ label: motion.mover });
    await form.getByLabel('Seconded by').selectOption({ label: motion.seconder });
    await form.getByLabel('How to vote').selectOption(motion.method);
    await form.getByTestId('motion-open').click();
    const opened = this.motion(motion.item);
    await opened.getByTestId('motion-result').getByText('Voting open').waitFor();
    return opened;
  }

  motion(item: string): Locator {
    return this.page.getByTestId('motions-section').locator('article').filter({ has: this.page.getByRole('heading', { name: item, exact: true }) });
  }

  // ---- minutes ----

  async openMinutes(boardId: string, meetingId: string): Promise<void> {
    await this.page.goto(this.url(`/boards/${boardId}/meetings/${meetingId}/minutes`));
    await this.minutesLoaded();
  }

  async minutesLoaded(): Promise<void> {
    await this.page.getByTestId('minutes-status').or(this.page.getByTestId('minutes-start')).or(this.page.getByTestId('minutes-none')).first().waitFor();
  }

  minutesStatus(): Locator {
    return this.page.getByTestId('minutes-status');
  }

  // ---- downloads ----

  /** Clicks a download link and reads what it fetched, with the same cookies as the page. */
  async download(link: Locator): Promise<Downloaded> {
    const href = await link.getAttribute('href');
    if (!href) throw new Error('The download link has no address.');
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    if (await download.failure()) throw new Error(`The download failed: ${await download.failure()}`);
    const response = await this.page.context().request.get(this.url(href));
    return { contentType: response.headers()['content-type'] ?? '', head: (await response.body()).subarray(0, 5).toString('latin1') };
  }
}
