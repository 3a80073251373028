import type { ExportContent } from './export-content';

/** Column names stay English codes whatever the language, so spreadsheets and scripts read every export alike. */
export const RESULTS_CSV_COLUMNS = [
  'board',
  'organisation',
  'pack',
  'version',
  'period_from',
  'period_to',
  'rule_key',
  'title',
  'result',
  'measured',
  'threshold',
  'unit',
  'withheld',
  'source_citation',
] as const;

// A spreadsheet runs a cell starting with one of these as a formula (or as part of one, for tab and carriage return).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field as RFC 4180 writes it, safe to open in a spreadsheet: text that would start a
 * formula gets a leading apostrophe (it then shows as text), and a field holding a comma, a
 * quote or a line break is quoted with its quotes doubled.
 */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * The board's results for the year, one row per rule: numbers as measured (a dot for decimals),
 * results as codes, a withheld share empty with `withheld` true. UTF-8 with a byte order mark so
 * spreadsheet programs read accented names right; lines end in CRLF, as RFC 4180 says.
 */
export function resultsCsv(content: ExportContent): Buffer {
  const rows: Array<ReadonlyArray<string | number | boolean | null>> = [RESULTS_CSV_COLUMNS];
  for (const pack of content.packs) {
    for (const rule of pack.rules) {
      rows.push([
        content.boardName,
        content.organizationName,
        pack.name,
        pack.version,
        content.periodFrom,
        content.periodTo,
        rule.ruleKey,
        rule.title,
        rule.result,
        rule.measured,
        rule.threshold,
        rule.unit,
        rule.withheld,
        rule.source.citation,
      ]);
    }
  }
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}
