import { marked, type Token, type Tokens } from 'marked';

/** Markdown reduced to what a plain printed page shows: headings, paragraphs, quotes and lists. */
export type MarkdownTextBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph' | 'quote'; text: string }
  | { kind: 'list'; items: string[] };

/** Inline formatting is dropped, links keep their text and address, HTML is printed as written. */
export function markdownBlocks(markdown: string): MarkdownTextBlock[] {
  return marked.lexer(markdown).flatMap(toBlocks);
}

function toBlocks(token: Token): MarkdownTextBlock[] {
  switch (token.type) {
    case 'heading':
      return [{ kind: 'heading', level: (token as Tokens.Heading).depth, text: inline((token as Tokens.Heading).tokens) }];
    case 'paragraph':
      return [{ kind: 'paragraph', text: inline((token as Tokens.Paragraph).tokens) }];
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(toBlocks).map((block) => (block.kind === 'paragraph' ? { ...block, kind: 'quote' as const } : block));
    case 'list':
      return [{ kind: 'list', items: (token as Tokens.List).items.map((item) => item.tokens.flatMap(toBlocks).map(blockText).join(' ')) }];
    case 'code':
    case 'html':
      return [{ kind: 'paragraph', text: token.text as string }];
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((cell) => inline(cell.tokens)).join(' | ');
      return [{ kind: 'list', items: [row(table.header), ...table.rows.map(row)] }];
    }
    case 'text':
      return [{ kind: 'paragraph', text: 'tokens' in token && token.tokens ? inline(token.tokens) : (token.text as string) }];
    default:
      // space, hr, def: nothing to print.
      return [];
  }
}

function blockText(block: MarkdownTextBlock): string {
  return block.kind === 'list' ? block.items.join('; ') : block.text;
}

function inline(tokens: Token[] = []): string {
  return tokens
    .map((token) => {
      if (token.type === 'link') {
        const link = token as Tokens.Link;
        const text = inline(link.tokens);
        return text === link.href ? text : `${text} (${link.href})`;
      }
      if (token.type === 'br') return '\n';
      if ('tokens' in token && token.tokens) return inline(token.tokens);
      return 'text' in token ? decodeEntities(token.text) : '';
    })
    .join('');
}

// The lexer escapes these in text; a printed page wants the characters.
function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}
