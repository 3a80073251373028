import type { EntityManager } from 'typeorm';
import type { ReportFact } from './board-facts';
import { groupBy } from './load-rows';

type ReportRow = ReportFact & { boardId: string };

/**
 * The reports the boards' managers recorded as made public (board_report), by board: one query
 * whatever the number of boards. A report recorded for a day after `asOf` is loaded too; the
 * "report due" evaluator treats it as not published yet.
 */
export async function loadReports(m: EntityManager, boardIds: readonly string[]): Promise<Map<string, ReportFact[]>> {
  // published_on as text: the driver would turn a date into a local midnight.
  const rows: ReportRow[] = await m.query(
    `SELECT id, board_id AS "boardId", kind, year, published_on::text AS "publishedOn" FROM board_report WHERE board_id = ANY($1::uuid[]) ORDER BY year, kind`,
    [[...boardIds]],
  );
  return new Map([...groupBy(rows, (row) => row.boardId)].map(([boardId, reports]) => [boardId, reports.map(({ id, kind, year, publishedOn }) => ({ id, kind, year, publishedOn }))]));
}
