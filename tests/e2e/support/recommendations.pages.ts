import type { Locator, Page } from 'playwright-core';
import type { ResponseDecision } from '@cabinet/shared/contracts';
import { baseUrl } from './browser';

export interface MilestoneDetails {
  title: string;
  owner: string;
  /** YYYY-MM-DD */
  dueOn: string;
}

/**
 * A recommendation's page as the board's organisers and the agency's liaison use it: adopt, send,
 * answer, plan, report and review, each by its form, waiting on what the page shows after.
 */
export class RecommendationPages {
  constructor(readonly page: Page) {}

  async open(boardId: string, id: string): Promise<void> {
    await this.page.goto(new URL(`/boards/${boardId}/recommendations/${id}`, baseUrl()).toString());
    await this.page.getByTestId('recommendation-heading').waitFor();
  }

  status(): Locator {
    return this.page.getByTestId('recommendation-status');
  }

  async waitForStatus(words: string | RegExp): Promise<void> {
    await this.status().filter({ hasText: words }).waitFor();
  }

  /** The id in the page's address (a draft opens on its own page). */
  idFromUrl(): string {
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  /** Adopts the draft by a carried motion, chosen by the words of the meeting's and the motion's options. */
  async adopt(meeting: string | RegExp, motion: string | RegExp): Promise<void> {
    const form = this.page.getByTestId('adopt');
    await selectByText(form.getByTestId('adopt-meeting'), meeting);
    await selectByText(form.getByTestId('adopt-motion'), motion);
    await form.getByTestId('adopt-submit').click();
    await this.waitForStatus('Agreed by the board');
  }

  async send(): Promise<void> {
    await this.page.getByTestId('recommendation-send').click();
    await this.waitForStatus('Waiting for an answer');
  }

  async respond(decision: ResponseDecision, reasons: string): Promise<void> {
    const form = this.page.getByTestId('respond');
    await form.getByTestId(`respond-decision-${decision}`).locator('input[type=radio]').check();
    await form.getByTestId('respond-reasons').fill(reasons);
    await form.getByTestId('respond-submit').click();
    await this.waitForStatus('Answered');
  }

  async addMilestone(step: MilestoneDetails): Promise<void> {
    const form = this.page.getByTestId('milestone-form');
    await form.getByTestId('milestone-title').fill(step.title);
    await form.getByTestId('milestone-owner').fill(step.owner);
    await form.getByTestId('milestone-due').fill(step.dueOn);
    await form.getByTestId('milestone-submit').click();
    await this.milestone(step.title).waitFor();
  }

  milestone(title: string): Locator {
    return this.page.getByTestId('milestone').filter({ hasText: title });
  }

  async markDone(title: string): Promise<void> {
    const milestone = this.milestone(title);
    await milestone.getByTestId('milestone-done').click();
    await milestone.getByTestId('milestone-done').waitFor({ state: 'detached' });
  }

  async reportImplemented(note: string): Promise<void> {
    const form = this.page.getByTestId('report');
    await form.getByTestId('report-note').fill(note);
    await form.getByTestId('report-submit').click();
    await this.waitForStatus('Reported done');
  }

  /** The board's verdict, recorded at a meeting chosen by the words of its option. */
  async review(meeting: string | RegExp, satisfied: boolean, reasons?: string): Promise<void> {
    const form = this.page.getByTestId('review');
    await selectByText(form.getByTestId('review-meeting'), meeting);
    await form.getByTestId(satisfied ? 'review-satisfied-yes' : 'review-satisfied-no').locator('input[type=radio]').check();
    if (reasons) await form.getByTestId('review-reasons').fill(reasons);
    await form.getByTestId('review-submit').click();
  }

  /** What the timeline says happened, step by step. */
  async timeline(): Promise<string[]> {
    return (await this.page.getByTestId('timeline-what').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  }
}

/** Picks a native select's option by (part of) its visible text, once it is there (options may load after another choice). */
async function selectByText(select: Locator, text: string | RegExp): Promise<void> {
  const option = select.locator('option', { hasText: text }).first();
  await option.waitFor({ state: 'attached' });
  await select.selectOption({ label: ((await option.textContent()) ?? '').trim() });
}
