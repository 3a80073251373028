import type { MinutesStatus } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';
import { marked } from 'marked';

export const MINUTES_STATUS_LABEL_KEYS: Readonly<Record<MinutesStatus, MessageKey>> = {
  draft: 'meetings.minutes.status.draft',
  circulated: 'meetings.minutes.status.circulated',
  approved: 'meetings.minutes.status.approved',
  published: 'meetings.minutes.status.published',
};

/** Markdown as HTML for `[innerHTML]` (Angular sanitises what it binds there). */
export function markdownHtml(text: string): string {
  return marked.parse(text, { async: false, gfm: true, breaks: false });
}
