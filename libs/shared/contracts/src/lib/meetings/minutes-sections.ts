import type { MinutesSection } from './minutes';

const FENCE = /^\s{0,3}(```|~~~)/;
const SECTION_HEADING = /^\s{0,3}##\s+(.+?)\s*#*\s*$/;
const TOP_HEADING = /^\s{0,3}#\s+/;

/** A heading as a stable, readable key: "Budget & fees (2027)" → "budget-fees-2027". */
export function sectionSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug || 'section';
}

interface Line {
  text: string;
  /** The section slug when this line is a `## ` heading outside a code block. */
  heading?: MinutesSection;
  /** A `# ` heading ends the section above it, as a new part of the document. */
  top?: boolean;
}

function scan(body: string): Line[] {
  const used = new Map<string, number>();
  let fenced = false;
  return body.split(/\r?\n/).map((text) => {
    if (FENCE.test(text)) fenced = !fenced;
    if (fenced) return { text };
    const match = SECTION_HEADING.exec(text);
    if (match?.[1]) {
      const base = sectionSlug(match[1]);
      const seen = (used.get(base) ?? 0) + 1;
      used.set(base, seen);
      return { text, heading: { slug: seen > 1 ? `${base}-${seen}` : base, title: match[1] } };
    }
    return { text, top: TOP_HEADING.test(text) };
  });
}

/** The `## ` sections of Markdown minutes, in order; the same heading twice gets "-2", "-3". */
export function minutesSections(body: string): MinutesSection[] {
  return scan(body).flatMap((line) => (line.heading ? [line.heading] : []));
}

/**
 * The minutes without their private sections: each private `## ` heading and everything under it
 * up to the next `## ` or `# ` heading. Headings inside code blocks are text, not sections.
 */
export function publicMinutesBody(body: string, privateSections: readonly string[]): string {
  const hidden = new Set(privateSections);
  let skipping = false;
  const kept: string[] = [];
  for (const line of scan(body)) {
    if (line.heading) skipping = hidden.has(line.heading.slug);
    else if (line.top) skipping = false;
    if (!skipping) kept.push(line.text);
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
