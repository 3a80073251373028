/**
 * Files the agency attaches to a progress update as evidence. The kinds are the documents an
 * agency has to hand (reports, photos, spreadsheets) and that open without special software;
 * anything that can run code (executables, scripts, HTML, SVG, macro-enabled Office files) is not
 * among them.
 */
export const EVIDENCE_FILE_TYPES = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'text/csv': ['csv'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
} as const satisfies Record<string, readonly string[]>;
export type EvidenceContentType = keyof typeof EVIDENCE_FILE_TYPES;
export const EVIDENCE_CONTENT_TYPES = Object.keys(EVIDENCE_FILE_TYPES) as EvidenceContentType[];

export function isEvidenceContentType(value: string): value is EvidenceContentType {
  return Object.hasOwn(EVIDENCE_FILE_TYPES, value);
}

/** The type a file name's extension stands for, when it is one of the allowed kinds. */
export function evidenceTypeOfName(fileName: string): EvidenceContentType | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!extension) return null;
  return EVIDENCE_CONTENT_TYPES.find((type) => (EVIDENCE_FILE_TYPES[type] as readonly string[]).includes(extension)) ?? null;
}

/** 5 MiB: a scanned report or a few photos, small enough to keep in the database. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
/** Files per progress update. */
export const EVIDENCE_MAX_FILES = 3;
export const EVIDENCE_NAME_MAX = 200;

export interface EvidenceFileView {
  id: string;
  /** The name the file was uploaded with, cleaned (no folders, no control characters). */
  name: string;
  contentType: EvidenceContentType;
  sizeBytes: number;
  uploadedAt: string;
  /** Whether the asking person may remove it now: its uploader or a board organiser, until the recommendation is closed. */
  canRemove: boolean;
}
