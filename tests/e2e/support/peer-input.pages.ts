import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './browser';

/**
 * Peer input as its people meet it: the organiser's input page (the public link, the triage queue)
 * and the anonymous person's poster link, receipt and claim page. By test ids and accessible names.
 */
export class PeerInputPages {
  constructor(readonly page: Page) {}

  /** From the board's page to its input page, by the links a manager follows. */
  async openTriageFromBoard(boardId: string, boardName: string): Promise<void> {
    await this.page.goto(new URL(`/boards/${boardId}`, baseUrl()).toString());
    await this.page.getByTestId('board-send-input').click();
    await this.page.getByTestId('send-input-triage').click();
    await this.page.getByRole('heading', { level: 1, name: `Input to ${boardName}` }).waitFor();
  }

  /** Turns the public link on; returns the link the poster's QR code holds. */
  async openPublicLink(): Promise<string> {
    const channel = this.page.getByTestId('input-channel');
    await channel.getByTestId('input-channel-public').getByRole('checkbox').check();
    await channel.getByTestId('input-channel-save').click();
    await channel.getByTestId('input-channel-link').waitFor();
    return ((await channel.getByTestId('input-channel-url').textContent()) ?? '').trim();
  }

  /** Someone without an account sends input through the public link; returns the claim code shown once. */
  async sendThroughPublicLink(publicUrl: string, kind: 'idea' | 'concern' | 'complaint' | 'question', text: string): Promise<string> {
    await this.page.goto(new URL(new URL(publicUrl).pathname, baseUrl()).toString());
    await this.page.getByTestId('public-input-form').waitFor();
    await this.page.getByTestId(`input-kind-${kind}`).locator('input[type=radio]').check();
    await this.page.getByTestId('input-body').fill(text);
    await this.page.getByTestId('public-input-send').click();
    await this.page.getByTestId('claim-code-receipt').waitFor();
    return ((await this.page.getByTestId('claim-code').textContent()) ?? '').replace(/\s+/g, '');
  }

  /** One input in the organiser's queue, found by its words. */
  item(text: string): Locator {
    return this.page.getByTestId('triage-item').filter({ hasText: text });
  }

  async acknowledge(text: string): Promise<void> {
    const item = this.item(text);
    await item.getByTestId('triage-acknowledge').click();
    await item.getByTestId('triage-status').filter({ hasText: 'Read by the board' }).waitFor();
  }

  /** Links the input to an item already on a meeting's agenda, chosen by the words of its label. */
  async putOnAgenda(text: string, agendaItem: string): Promise<void> {
    const item = this.item(text);
    await item.getByTestId('triage-open-agenda').click();
    await item.getByTestId('triage-agenda-item').click();
    await this.page.getByRole('option').filter({ hasText: agendaItem }).click();
    await item.getByTestId('triage-agenda-save').click();
    await item.getByTestId('triage-status').filter({ hasText: 'agenda' }).waitFor();
  }

  /** The claim page, with the code typed in: what the board (and the agency) did with the input. */
  async readClaim(code: string): Promise<void> {
    await this.page.goto(new URL('/claim', baseUrl()).toString());
    await this.page.getByTestId('claim-code-input').fill(code);
    await this.page.getByTestId('claim-show').click();
    await this.page.getByTestId('claim-status').waitFor();
  }
}
