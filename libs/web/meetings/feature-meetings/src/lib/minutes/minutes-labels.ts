import type { MinutesStatus } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';
import { marked } from 'marked';

export const MINUTES_STATUS_LABEL_KEYS: Readonly<Record<MinutesStatus, MessageKey>> = {
  draft: 'meetings.minutes.status.draft',
  circulated: 'meetings.minutes.status.circulated',
  approved: 'meetings.minutes.status.approved',
  published: 'meetings.minutes.status.published',
};

/**
 * Markdown as HTML for `[innerHTML]` (Angular sanitises what it binds there). The text's headings
 * move down to sit under the page's own: its `#` becomes `<h{top}>` and `##` the level below, so
 * a page keeps one `<h1>` and screen-reader users find the sections where they belong.
 */
export function markdownHtml(text: string, top: 2 | 3 = 2): string {
  const options = { gfm: true, breaks: false };
  const tokens = marked.lexer(text, options);
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + top - 1);
  });
  return marked.parser(tokens, options);
}
