import { EVIDENCE_CONTENT_TYPES, EVIDENCE_FILE_TYPES, EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES, type EvidenceContentType, evidenceTypeOfName } from '@cabinet/shared/contracts';
import type { I18nService } from '@cabinet/web/shared/i18n';

/** Format names, the same in every language. */
export const EVIDENCE_TYPE_LABELS: Readonly<Record<EvidenceContentType, string>> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'text/csv': 'CSV',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
};

/** For the file picker: the extensions and the types, as browsers match either. */
export const EVIDENCE_ACCEPT = [...EVIDENCE_CONTENT_TYPES.flatMap((type) => EVIDENCE_FILE_TYPES[type].map((extension) => `.${extension}`)), ...EVIDENCE_CONTENT_TYPES].join(',');

/** "820 KB", "1.4 MB", in the reader's number format (1 MB = 1024 KB, as the 5 MB limit counts). */
export function fileSize(bytes: number, locale: string): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: mega ? 1 : 0 }).format(
    Math.max(mega ? bytes / (1024 * 1024) : bytes / 1024, mega ? 0 : 1),
  );
}

/** What is wrong with the files chosen, in one sentence, or null; checked before anything is sent. */
export function filesProblem(files: readonly File[], t: I18nService['t']): string | null {
  if (files.length > EVIDENCE_MAX_FILES) return t('recommendations.evidence.files.tooMany', { max: EVIDENCE_MAX_FILES });
  for (const file of files) {
    if (!evidenceTypeOfName(file.name)) return t('recommendations.evidence.files.wrongType', { name: file.name });
    if (file.size > EVIDENCE_MAX_BYTES) return t('recommendations.evidence.files.tooLarge', { name: file.name });
    if (file.size === 0) return t('recommendations.evidence.files.empty', { name: file.name });
  }
  return null;
}
