import { z } from 'zod';

/**
 * A board's reports made public: for now its annual report, which the Massachusetts PFAC
 * regulation wants public by 1 October of the next year. The board's managers record the day it
 * was made public (with the annual report export it came from, when Cabinet made it); the
 * "report due" compliance rules read these records. One per board and year.
 */
export const BOARD_REPORT_KINDS = ['annual'] as const;
export type BoardReportKind = (typeof BOARD_REPORT_KINDS)[number];

/** The first and last years a report may cover (the table's own bounds). */
export const BOARD_REPORT_YEARS = { min: 2000, max: 2200 } as const;

export interface BoardReportView {
  id: string;
  boardId: string;
  kind: BoardReportKind;
  /** The calendar year the report covers. */
  year: number;
  /** The day it was made public (YYYY-MM-DD). */
  publishedOn: string;
  /** The annual report export it came from, when Cabinet made it. */
  exportId: string | null;
  recordedAt: string;
}

/**
 * Recording a report as made public. It cannot have been made public before its year began (the
 * API also refuses a day after today). A year that already has a report is refused on `year`.
 */
export const recordBoardReportSchema = z
  .strictObject({
    year: z
      .number({ error: 'must be a year' })
      .int({ error: 'must be a year' })
      .min(BOARD_REPORT_YEARS.min, { error: `must be ${BOARD_REPORT_YEARS.min} or later` })
      .max(BOARD_REPORT_YEARS.max, { error: `must be ${BOARD_REPORT_YEARS.max} or earlier` }),
    publishedOn: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }),
    exportId: z.uuid({ error: 'must be an export id' }).nullable().optional(),
  })
  .refine((report) => report.publishedOn >= `${report.year}-01-01`, { error: 'must not be before the year the report covers began', path: ['publishedOn'] });
export type RecordBoardReportInput = z.infer<typeof recordBoardReportSchema>;
