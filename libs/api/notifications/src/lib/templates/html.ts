const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML: names and pseudonyms are typed by users. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A question answered by one of a few links, e.g. "Can you come?" with Yes, No and Maybe. */
export interface EmailChoices {
  question: string;
  links: Array<{ label: string; url: string }>;
}

/** A plain, accessible layout that reads well in any mail client and with a screen reader. */
export function layout(lang: string, title: string, paragraphs: string[], action?: { label: string; url: string }, choices?: EmailChoices): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('') + (choices ? choiceLinks(choices) : '');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0b57d0;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>`
    : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1f1f1f;max-width:560px;margin:0 auto;padding:24px">` +
    `<h1 style="font-size:22px">${escapeHtml(title)}</h1>${body}${button}</body></html>`;
}

/** Real links with their own words (not colour alone), spaced for a finger on a phone. */
function choiceLinks(choices: EmailChoices): string {
  const links = choices.links
    .map((link) => `<a href="${escapeHtml(link.url)}" style="display:inline-block;margin:0 12px 8px 0;padding:10px 18px;border:2px solid #0b57d0;border-radius:6px;color:#0b57d0;text-decoration:underline">${escapeHtml(link.label)}</a>`)
    .join('');
  return `<p style="margin:0 0 8px">${escapeHtml(choices.question)}</p><p style="margin:0 0 16px">${links}</p>`;
}
