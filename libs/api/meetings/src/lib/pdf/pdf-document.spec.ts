import { markdownBlocks } from './markdown-blocks';
import { printable, renderPdf } from './pdf-document';

describe('markdownBlocks', () => {
  it('keeps headings, paragraphs, quotes and lists as plain text', () => {
    const blocks = markdownBlocks('## Budget\n\nThe **board** agreed [the plan](https://example.org/plan).\n\n- one\n- *two*\n\n> Said with care & thanks');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Budget' },
      { kind: 'paragraph', text: 'The board agreed the plan (https://example.org/plan).' },
      { kind: 'list', items: ['one', 'two'] },
      { kind: 'quote', text: 'Said with care & thanks' },
    ]);
  });

  it('prints a table as one line per row', () => {
    expect(markdownBlocks('| Motion | Result |\n| --- | --- |\n| Opening hours | Carried |')).toEqual([{ kind: 'list', items: ['Motion | Result', 'Opening hours | Carried'] }]);
  });
});

describe('printable', () => {
  it('keeps the letters of English, Portuguese and Spanish and replaces what the font cannot print', () => {
    expect(printable('Reunião – año “sí” 😀')).toBe('Reunião – año “sí” ?');
  });
});

describe('renderPdf', () => {
  it('writes a PDF that carries its title and language', async () => {
    const pdf = await renderPdf({ title: 'Agenda', lang: 'pt-PT', blocks: [{ kind: 'heading', text: 'Ordem de trabalhos' }] });
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toContain('/Lang (pt-PT)');
    expect(raw).toContain('/DisplayDocTitle true');
  });
});
