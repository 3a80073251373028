import { inflateSync } from 'node:zlib';

/**
 * The text a PDF from Cabinet shows, one line per text run, so tests can assert on what is printed.
 * Reads the page content streams the way pdfkit writes them with its built-in fonts:
 * deflated streams holding `[<hex> kerning <hex>] TJ` runs in WinAnsi (Latin-1 for our languages).
 */
export function pdfText(pdf: Buffer): string {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Not a PDF: it does not start with %PDF-');
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  // Each stream's bytes are taken by the /Length its dictionary declares: a deflated stream may end
  // in a byte that looks like a line break, so searching for "endstream" would cut it short.
  const streams = /<<((?:(?!>>)[\s\S])*?\/Length (\d+)[\s\S]*?)>>\s*stream\r?\n/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length;
    const content = inflate(pdf.subarray(start, start + Number(match[2])));
    if (!content) continue;
    for (const run of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(run[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1] ?? '').join('');
      lines.push(winAnsi(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join('\n');
}

// WinAnsi differs from Latin-1 only in 0x80–0x9F, where it keeps quotes, dashes and the euro sign.
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function winAnsi(bytes: Buffer): string {
  return [...bytes].map((byte) => (byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_80_9F[byte - 0x80] : String.fromCharCode(byte))).join('');
}

function inflate(data: Buffer): string | null {
  try {
    return inflateSync(data).toString('latin1');
  } catch {
    return null; // not a deflated stream (fonts, images): no text in it
  }
}
