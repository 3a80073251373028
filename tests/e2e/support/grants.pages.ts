import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { RuleShown } from './compliance.pages';

export interface GrantDetails {
  title: string;
  granteeEmail: string;
  /** Words of the pack's checkbox label, e.g. its name. */
  pack: string | RegExp;
}

/** A file as the browser downloaded it. */
export interface Downloaded {
  fileName: string;
  content: Buffer;
}

/**
 * The grants screens: a funder's list and "Record a grant" form, and the page the service
 * organisation's manager reaches from the emailed link to accept the grant.
 */
export class GrantsPages {
  constructor(readonly page: Page) {}

  /** "Grants" in the navigation, to the list (loaded: its cards or its "none yet"). */
  async openFromNav(): Promise<void> {
    await this.page.getByTestId('nav-grants').click();
    await this.page.getByRole('heading', { level: 1, name: 'Grants' }).waitFor();
    await this.page.getByTestId('grants-none').or(this.page.getByTestId('grant-card').first()).waitFor();
  }

  /** "Record a grant": the form with the packs to choose from loaded. */
  async openForm(): Promise<void> {
    await this.page.getByTestId('grants-new').click();
    await this.page.getByRole('heading', { level: 1, name: 'Record a grant' }).waitFor();
    await this.form().getByTestId('grant-packs').getByRole('checkbox').first().waitFor();
  }

  form(): Locator {
    return this.page.getByTestId('grant-form');
  }

  /** Fills the form (starting today, no end) and sends it: back on the list, which says the link was emailed. */
  async record(grant: GrantDetails): Promise<void> {
    const form = this.form();
    await form.getByTestId('grant-title-input').fill(grant.title);
    await form.getByTestId('grant-email-input').fill(grant.granteeEmail);
    await form.getByTestId('grant-packs').getByRole('checkbox', { name: grant.pack }).check();
    await form.getByTestId('grant-save').click();
    await this.page.waitForURL(/\/grants\?recorded=/);
    await this.page.getByTestId('grants-recorded').filter({ hasText: grant.title }).waitFor();
  }

  card(title: string): Locator {
    return this.page.getByTestId('grant-card').filter({ has: this.page.getByTestId('grant-title').filter({ hasText: title }) });
  }

  // ---- the service organisation's side, from the emailed link ----

  /** The link's page: what the funder asks, and the boards to choose. */
  async openLink(link: string): Promise<void> {
    await this.page.goto(link);
    await this.page.getByTestId('grant-offer-heading').waitFor();
    await this.page.getByTestId('grant-accept-form').waitFor();
  }

  /** Ticks the board and accepts: Cabinet opens that board's compliance page. */
  async accept(boardId: string): Promise<void> {
    const form = this.page.getByTestId('grant-accept-form');
    await form.getByTestId(`grant-accept-board-${boardId}`).getByRole('checkbox').check();
    await form.getByTestId('grant-accept').click();
    await this.page.waitForURL(new RegExp(`/boards/${boardId}/compliance`));
    await this.page.getByRole('heading', { level: 1, name: 'Compliance' }).waitFor();
  }
}

/** A funder's portfolio (every covered board's rules) and one board's drill-down with its exports. */
export class PortfolioPages {
  constructor(readonly page: Page) {}

  /** "Portfolio" in the navigation, loaded: its boards or its "no boards yet". */
  async openFromNav(): Promise<void> {
    await this.page.getByTestId('nav-portfolio').click();
    await this.loaded();
  }

  private async loaded(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await this.page.getByTestId('portfolio-empty').or(this.page.getByTestId('portfolio-board').first()).waitFor();
  }

  board(name: string): Locator {
    return this.page.getByTestId('portfolio-board').filter({ has: this.page.getByTestId('portfolio-board-name').filter({ hasText: name }) });
  }

  /** A rule's card inside a board's card, by words of its title. */
  rule(boardName: string, title: string | RegExp): Locator {
    return this.board(boardName)
      .getByTestId('rule-result')
      .filter({ has: this.page.getByTestId('rule-title').filter({ hasText: title }) });
  }

  ruleShowing(boardName: string, title: string | RegExp, shown: RuleShown): Locator {
    return this.rule(boardName, title)
      .filter({ has: this.page.getByTestId('result-text').getByText(shown.result, { exact: true }) })
      .filter({ has: this.page.getByTestId('rule-measure').filter({ hasText: shown.measure }) });
  }

  /**
   * Waits until the board's rule shows the result. The worker judges the board a few seconds after
   * a change; the page asks again with "Look for new results", as a funder would.
   */
  async waitForRule(boardName: string, title: string | RegExp, shown: RuleShown, timeout = 60_000): Promise<void> {
    const card = this.ruleShowing(boardName, title, shown);
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        await card.waitFor({ timeout: 3_000 });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      await this.lookForNewResults();
    }
  }

  /** "Look for new results" (shown once a board is covered), or a reload while there is none. */
  async lookForNewResults(): Promise<void> {
    const refresh = this.page.getByTestId('portfolio-refresh');
    if ((await refresh.count()) === 0) {
      await this.page.reload();
      await this.loaded();
      return;
    }
    await refresh.click();
    await this.page.getByTestId('portfolio-status').filter({ hasText: 'The results are up to date.' }).waitFor();
  }

  /** "See the records" on the board's card: its drill-down, loaded. */
  async openBoard(name: string): Promise<void> {
    await this.board(name).getByTestId('portfolio-board-open').click();
    await this.page.waitForURL(/\/portfolio\/boards\/[0-9a-f-]{36}$/);
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    await this.page.getByTestId('portfolio-pack').first().waitFor();
  }

  /** On the drill-down: a rule's card by words of its title. */
  drillDownRule(title: string | RegExp): Locator {
    return this.page.getByTestId('portfolio-pack').getByTestId('rule-result').filter({ has: this.page.getByTestId('rule-title').filter({ hasText: title }) });
  }

  // ---- exports, on the drill-down ----

  /**
   * Asks for the shown reporting year's file and waits for the page to say it is ready (the
   * worker makes it; the list is read again every 2 s). Returns the list's row for it.
   */
  async requestExport(kind: 'csv' | 'pdf'): Promise<Locator> {
    const exports = this.page.getByTestId('compliance-exports');
    const label = kind === 'pdf' ? 'Evidence packet (PDF)' : 'Results (CSV)';
    await exports.getByTestId(`export-${kind}`).click();
    await exports.getByTestId('exports-notice').filter({ hasText: `${label} for ` }).filter({ hasText: 'is ready to download.' }).waitFor({ timeout: 60_000 });
    const row = exports.getByTestId('export-item').filter({ hasText: label }).filter({ has: this.page.getByTestId('export-download') });
    await row.first().waitFor();
    return row.first();
  }

  /** Clicks the row's download link; the file as the browser saved it. */
  async download(row: Locator): Promise<Downloaded> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), row.getByTestId('export-download').click()]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), content: await readFile(path) };
  }
}

/**
 * The rows of a CSV as RFC 4180 writes them (quoted fields, doubled quotes, CRLF), each keyed by
 * the header's column names; a leading byte order mark is dropped.
 */
export function csvRecords(content: Buffer): Array<Record<string, string>> {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}
