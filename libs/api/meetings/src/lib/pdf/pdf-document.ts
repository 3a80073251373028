import PDFDocument from 'pdfkit';
import { type MarkdownTextBlock, markdownBlocks } from './markdown-blocks';

/** A piece of a printed document, from the top of the page down. */
export type PdfBlock =
  | { kind: 'heading' | 'subheading' | 'paragraph' | 'meta'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'markdown'; text: string };

export interface PdfContent {
  title: string;
  /** BCP 47 language of the text, so screen readers pick the right voice. */
  lang: string;
  blocks: PdfBlock[];
}

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
const SIZE = { heading: 18, subheading: 13, text: 11, meta: 9 } as const;

/**
 * Renders a plain, printable A4 document (agendas and minutes for boards that still work on paper).
 * The built-in Helvetica covers English, Portuguese and Spanish; characters it lacks are replaced
 * rather than printed as blanks, and the document carries its title and language for assistive tech.
 */
export function renderPdf(content: PdfContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, lang: content.lang, displayTitle: true, info: { Title: content.title, Creator: 'Cabinet' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const block of content.blocks) write(doc, block);
  doc.end();
  return done;
}

function write(doc: PDFKit.PDFDocument, block: PdfBlock): void {
  switch (block.kind) {
    case 'heading':
      return line(doc, block.text, FONT.bold, SIZE.heading, 0.6);
    case 'subheading':
      return line(doc, block.text, FONT.bold, SIZE.subheading, 0.4);
    case 'paragraph':
      return line(doc, block.text, FONT.regular, SIZE.text, 0.6);
    case 'meta':
      return line(doc, block.text, FONT.regular, SIZE.meta, 0.3);
    case 'list':
      return list(doc, block.items);
    case 'markdown':
      return markdownBlocks(block.text).forEach((part) => writeMarkdown(doc, part));
  }
}

function writeMarkdown(doc: PDFKit.PDFDocument, part: MarkdownTextBlock): void {
  if (part.kind === 'list') return list(doc, part.items);
  if (part.kind === 'heading') return line(doc, part.text, FONT.bold, part.level <= 2 ? SIZE.subheading : SIZE.text, 0.4);
  line(doc, part.text, part.kind === 'quote' ? FONT.italic : FONT.regular, SIZE.text, 0.6);
}

function line(doc: PDFKit.PDFDocument, text: string, font: string, size: number, gapAfter: number): void {
  doc.font(font).fontSize(size).text(printable(text), { lineGap: 2 });
  doc.moveDown(gapAfter);
}

function list(doc: PDFKit.PDFDocument, items: string[]): void {
  if (items.length === 0) return;
  doc.font(FONT.regular).fontSize(SIZE.text).list(items.map(printable), { bulletRadius: 2, textIndent: 12, lineGap: 2 });
  doc.moveDown(0.6);
}

// Helvetica's WinAnsi encoding has Latin-1 plus typographic quotes and dashes; anything else
// (emoji, other scripts) would print as nothing, so it becomes a visible question mark.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

export function printable(text: string): string {
  return [...text].map((c) => (c.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.includes(c) ? c : '?')).join('');
}
