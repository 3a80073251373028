import type { EmailChoices } from './html';

/** What one template says in one language, before it is laid out as text and HTML. */
export interface Copy {
  subject: string;
  lines: string[];
  action?: { label: string; url: string };
  /** A question answered by one of a few links (meeting answers). */
  choices?: EmailChoices;
}
