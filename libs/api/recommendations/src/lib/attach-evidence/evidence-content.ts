import { EVIDENCE_FILE_TYPES, EVIDENCE_NAME_MAX, type EvidenceContentType } from '@cabinet/shared/contracts';

const startsWith = (content: Buffer, bytes: readonly number[]) => bytes.every((byte, index) => content[index] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Inside a zip the entry names are stored as plain text, so a part every real file of the kind has can be looked for. */
const hasEntry = (content: Buffer, name: string) => startsWith(content, ZIP) && content.includes(name, 0, 'latin1');

/**
 * Whether the bytes are what the declared type says, so a renamed program (or anything else
 * dressed up as a document) is refused. Office files are zips: they must carry their kind's
 * main part (an ODF file its own mimetype). CSV has no signature: it must be text, and a NUL
 * byte never is (every executable format has them).
 */
export function contentMatchesType(content: Buffer, type: EvidenceContentType): boolean {
  switch (type) {
    case 'application/pdf':
      return startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d]);
    case 'image/png':
      return startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(content, [0xff, 0xd8, 0xff]);
    case 'text/csv':
      return !content.includes(0);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return hasEntry(content, '[Content_Types].xml') && hasEntry(content, 'word/');
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return hasEntry(content, '[Content_Types].xml') && hasEntry(content, 'xl/');
    case 'application/vnd.oasis.opendocument.text':
      return hasEntry(content, 'mimetypeapplication/vnd.oasis.opendocument.text');
  }
}

/**
 * The name to store and offer on download: no folders (some browsers send a path), no control
 * or direction-changing characters (which can disguise "report‮fdp.exe"), single spaces, at
 * most 200 characters, and always ending in an extension of the file's real type, so it opens
 * with the right program. Empty when nothing is left.
 */
export function cleanFileName(raw: string, type: EvidenceContentType): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const plain = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!plain) return '';
  const extensions: readonly string[] = EVIDENCE_FILE_TYPES[type];
  const dot = plain.lastIndexOf('.');
  const own = dot > 0 ? plain.slice(dot + 1).toLowerCase() : '';
  const stem = extensions.includes(own) ? plain.slice(0, dot) : plain;
  const extension = extensions.includes(own) ? own : extensions[0]!;
  // Cut by code points so a character is never split in half.
  const room = EVIDENCE_NAME_MAX - extension.length - 1;
  return `${[...stem].slice(0, room).join('').replace(/[ .]+$/, '')}.${extension}`;
}

/** Content-Disposition for a download: an ASCII fallback name and the exact name in UTF-8 (RFC 6266, RFC 8187). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
