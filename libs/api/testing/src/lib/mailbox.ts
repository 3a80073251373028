import type { CaughtEmail } from '@cabinet/tooling/local-services';
import { linkToken } from './test-client';
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

  /** Waits for an email to the address whose subject contains the text (other mail may arrive first). */
  async waitForSubject(address: string, subject: string, timeoutMs = 15_000): Promise<CaughtEmail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.messagesTo(address)).find((message) => message.subject.includes(subject));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`Expected an email to ${address} about "${subject}" within ${timeoutMs} ms.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Waits for the `count`th email to the address and reads the token of its link to `path`. */
export async function emailedToken(address: string, path: string, count = 1): Promise<string> {
  const messages = await new Mailbox().waitForMessagesTo(address, count);
  return linkToken(messages[count - 1]!.text, path);
}
