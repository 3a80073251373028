import type { CaughtEmail } from '@cabinet/tooling/local-services';
import { testServiceUrls } from './test-services';

/** Reads what the shared SMTP catcher received; suites tell their mail apart by recipient. */
export class Mailbox {
  constructor(private readonly inboxUrl = testServiceUrls().inboxUrl) {}

  async messagesTo(address: string): Promise<CaughtEmail[]> {
    const response = await fetch(new URL('/api/messages', this.inboxUrl));
    const all = (await response.json()) as CaughtEmail[];
    return all.filter((message) => message.to.includes(address));
  }

  /** Waits until at least `count` messages reached the address (polling; fails after the timeout). */
  async waitForMessagesTo(address: string, count = 1, timeoutMs = 15_000): Promise<CaughtEmail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const messages = await this.messagesTo(address);
      if (messages.length >= count) return messages;
      if (Date.now() > deadline) throw new Error(`Expected ${count} message(s) to ${address} within ${timeoutMs} ms, got ${messages.length}.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
