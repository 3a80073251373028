import type { APIRequestContext, Locator, Page } from 'playwright-core';
import type { CompliancePackView, CompositionTag, SessionView } from '@cabinet/shared/contracts';
import { baseUrl } from './browser';

/** What a rule shows once judged: its result in words and its "measured against needed" line. */
export interface RuleShown {
  result: 'Met' | 'Not met' | 'At risk' | 'Not enough data';
  measure: string | RegExp;
}

/** What a rule's card shows as read off the page, to compare with another look or a file. */
export interface RuleOnScreen {
  result: string;
  measure: string;
}

/** Reads a rule card's result and measure (a board's compliance page and a funder's portfolio share these test ids). */
export async function ruleOnScreen(card: Locator): Promise<RuleOnScreen> {
  const result = (await card.getByTestId('result-text').textContent())?.trim() ?? '';
  const measure = (await card.getByTestId('rule-measure').textContent())?.trim() ?? '';
  return { result, measure };
}

/** One rule as the pack editor's form takes it (a new pack starts with one "meetings held" rule). */
export interface MeetingsRuleDetails {
  title: string;
  citation: string;
  min: number;
}

/**
 * A board's compliance page (packs added, each rule's result with its records, "as of" a past day)
 * and the packs pages (list, editor), by their test ids and accessible names.
 */
export class CompliancePages {
  constructor(readonly page: Page) {}

  // ---- a board's compliance ----

  /** From the board page: the compliance link, to the page with its results (or its empty notice) loaded. */
  async openFromBoard(boardId: string): Promise<void> {
    await this.page.goto(new URL(`/boards/${boardId}`, baseUrl()).toString());
    await this.page.getByTestId('board-name').waitFor();
    await this.page.getByTestId('board-compliance').click();
    await this.page.waitForURL(/\/boards\/[0-9a-f-]{36}\/compliance/);
    await this.loaded();
  }

  async open(boardId: string): Promise<void> {
    await this.page.goto(new URL(`/boards/${boardId}/compliance`, baseUrl()).toString());
    await this.loaded();
  }

  private async loaded(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Compliance' }).waitFor();
    await this.page.getByTestId('compliance-empty').or(this.page.getByTestId('board-pack').first()).waitFor();
  }

  empty(): Locator {
    return this.page.getByTestId('compliance-empty');
  }

  /** The add-pack form: the pack whose option names it, then "Add the pack"; waits for the page to say so. */
  async addPack(name: string | RegExp): Promise<void> {
    const form = this.page.getByTestId('add-pack-form');
    const select = form.getByTestId('add-pack-select');
    // Options read "<name> (from Cabinet)": choose by value, found from the words.
    const value = await select.locator('option').filter({ hasText: name }).getAttribute('value');
    await select.selectOption(value!);
    await form.getByTestId('add-pack-submit').click();
    await this.page.getByTestId('compliance-status').filter({ hasText: 'was added' }).waitFor();
  }

  /** A rule's card, by words of its title. */
  rule(title: string | RegExp): Locator {
    return this.page.getByTestId('rule-result').filter({ has: this.page.getByTestId('rule-title').filter({ hasText: title }) });
  }

  /** The rule's card once it shows that result and measure. */
  ruleShowing(title: string | RegExp, shown: RuleShown): Locator {
    return this.rule(title)
      .filter({ has: this.page.getByTestId('result-text').getByText(shown.result, { exact: true }) })
      .filter({ has: this.page.getByTestId('rule-measure').filter({ hasText: shown.measure }) });
  }

  /**
   * Waits until the rule shows the result. The worker judges the board a few seconds after a
   * change, and the page shows what was stored when it loaded: reload it until the result is there.
   */
  async waitForRule(title: string | RegExp, shown: RuleShown, timeout = 60_000): Promise<void> {
    const card = this.ruleShowing(title, shown);
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        await card.waitFor({ timeout: 5_000 });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      await this.page.reload();
      await this.loaded();
    }
  }

  /** What the rule's card shows now, once it shows a result. */
  async ruleShown(title: string | RegExp): Promise<RuleOnScreen> {
    const card = this.rule(title);
    await card.getByTestId('result-text').waitFor();
    return ruleOnScreen(card);
  }

  /** Opens the rule's "Records this result rests on" and returns its rows. */
  async openEvidence(title: string | RegExp): Promise<Locator> {
    const evidence = this.rule(title).getByTestId('rule-evidence');
    await evidence.locator('summary').click();
    await evidence.getByTestId('evidence-item').first().waitFor();
    return evidence.getByTestId('evidence-item');
  }

  /** The "as of" form with a day (YYYY-MM-DD); waits for the notice that says the results were worked out again. */
  async showAsOf(day: string): Promise<void> {
    const form = this.page.getByTestId('as-of-form');
    await form.getByTestId('as-of-day').fill(day);
    await form.getByTestId('as-of-show').click();
    await this.page.waitForURL(new RegExp(`asOf=${day}`));
    await this.asOfNotice().waitFor();
  }

  asOfNotice(): Locator {
    return this.page.getByTestId('as-of-notice');
  }

  // ---- packs ----

  /** The "Compliance packs" link in the navigation, to the list (loaded). */
  async openPacks(): Promise<void> {
    await this.page.getByTestId('nav-compliance-packs').click();
    await this.page.getByRole('heading', { level: 1, name: 'Compliance packs' }).waitFor();
    await this.page.getByTestId('packs-own').waitFor();
  }

  packCard(name: string | RegExp): Locator {
    return this.page.getByTestId('pack-card').filter({ has: this.page.getByTestId('pack-name').filter({ hasText: name }) });
  }

  /** "New pack": the editor with its one blank rule. */
  async newPack(): Promise<void> {
    await this.page.getByTestId('packs-new').click();
    await this.page.getByRole('heading', { level: 1, name: 'New compliance pack' }).waitFor();
    await this.page.getByTestId('rule-editor').first().waitFor();
  }

  /** A pack's "Edit": the editor filled with its latest version. */
  async editPack(name: string | RegExp): Promise<void> {
    await this.packCard(name).getByTestId('pack-edit').click();
    await this.page.getByRole('heading', { level: 1, name: 'Edit a compliance pack' }).waitFor();
    await this.page.getByTestId('editor-version-notice').waitFor();
  }

  form(): Locator {
    return this.page.getByTestId('pack-form');
  }

  async fillName(name: string): Promise<void> {
    await this.form().getByTestId('pack-name').fill(name);
  }

  /** Fills a "meetings held" rule (the kind a new rule starts with), per calendar year. */
  async fillMeetingsRule(index: number, rule: MeetingsRuleDetails): Promise<void> {
    const editor = this.form().getByTestId('rule-editor').nth(index);
    await editor.getByTestId('rule-kind').selectOption('meetings_held');
    await editor.getByTestId('rule-title').fill(rule.title);
    await this.setMinimum(index, rule.min);
    await editor.getByTestId('param-period.per').selectOption('year');
    await editor.getByTestId('rule-citation').fill(rule.citation);
  }

  async setMinimum(index: number, min: number): Promise<void> {
    await this.form().getByTestId('rule-editor').nth(index).getByTestId('param-min').fill(String(min));
  }

  /** The problem shown under a rule's minimum. */
  minimumError(index: number): Locator {
    return this.form().getByTestId('rule-editor').nth(index).getByTestId('param-error-min');
  }

  /** Saves a valid pack: back on the list, which says which version was saved. */
  async save(name: string, version: number): Promise<void> {
    await this.form().getByTestId('pack-save').click();
    await this.page.waitForURL(/\/compliance\/packs\?saved=/);
    await this.page.getByTestId('packs-saved').filter({ hasText: `${name} was saved as version ${version}.` }).waitFor();
  }
}

/**
 * The API as the signed-in manager's browser calls it, for what the walk does not click through:
 * a member's consented attribute (recorded by a manager from a signed form), and the packs stored.
 */
export class ComplianceApiSession {
  private csrfToken: string | null = null;

  constructor(private readonly request: APIRequestContext) {}

  static of(page: Page): ComplianceApiSession {
    return new ComplianceApiSession(page.context().request);
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

  async consentToTag(boardId: string, memberId: string, tag: CompositionTag): Promise<void> {
    const path = `/api/boards/${boardId}/members/${memberId}/tags`;
    const response = await this.request.post(this.url(path), { data: { tag, consent: true }, headers: { 'x-csrf-token': await this.csrf() } });
    if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  }

  /** The packs the organisation can see: Cabinet's and its own. */
  async packs(): Promise<CompliancePackView[]> {
    const response = await this.request.get(this.url('/api/compliance/packs'));
    if (!response.ok()) throw new Error(`GET /api/compliance/packs: ${response.status()} ${await response.text()}`);
    return (await response.json()) as CompliancePackView[];
  }
}
