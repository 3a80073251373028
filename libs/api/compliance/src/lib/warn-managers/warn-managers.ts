import type { EntityManager } from 'typeorm';
import { boardManagers, derivedEmailId } from '@cabinet/api/boards';
import { webLink } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import type { DueWarning } from './due-warnings';

/**
 * Warns each board's managers (of the host and of partner organisations) about the rules it will
 * not meet as things stand, once per rule and day: the compliance_warning rows are inserted first,
 * and only those this transaction inserts queue emails, in the same transaction. A second
 * evaluation, a retry or a second worker finds the rows and sends nothing; the email ids are
 * derived from the warning, so queueing twice would write once anyway. The board's name, the day
 * and the reason only: the rule and its evidence are behind sign-in. Runs in the boards'
 * organisation context and leaves the transaction there. Returns the emails queued.
 */
export async function warnManagers(m: EntityManager, due: readonly DueWarning[], appUrl: string): Promise<number> {
  if (due.length === 0) return 0;
  const rows = due.map((one) => ({ board_id: one.boardId, pack_version_id: one.packVersionId, rule_key: one.ruleKey, falls_on: one.fallsOn, organization_id: one.organizationId }));
  const inserted = (await m.query(
    `INSERT INTO compliance_warning (board_id, pack_version_id, rule_key, falls_on, organization_id)
     SELECT r.board_id, r.pack_version_id, r.rule_key, r.falls_on, r.organization_id
       FROM jsonb_to_recordset($1::jsonb) AS r(board_id uuid, pack_version_id uuid, rule_key varchar, falls_on date, organization_id uuid)
     ON CONFLICT DO NOTHING
     RETURNING board_id AS "boardId", pack_version_id AS "packVersionId", rule_key AS "ruleKey", to_char(falls_on, 'YYYY-MM-DD') AS "fallsOn"`,
    [JSON.stringify(rows)],
  )) as Array<Pick<DueWarning, 'boardId' | 'packVersionId' | 'ruleKey' | 'fallsOn'>>;
  const fresh = due.filter((one) => inserted.some((row) => row.boardId === one.boardId && row.packVersionId === one.packVersionId && row.ruleKey === one.ruleKey && row.fallsOn === one.fallsOn));
  if (fresh.length === 0) return 0;

  const boardIds = [...new Set(fresh.map((one) => one.boardId))];
  const names = new Map(((await m.query(`SELECT id, name FROM board WHERE id = ANY($1::uuid[])`, [boardIds])) as Array<{ id: string; name: string }>).map((board) => [board.id, board.name]));
  let emails = 0;
  for (const boardId of boardIds) {
    const warnings = fresh.filter((one) => one.boardId === boardId);
    const managers = await boardManagers(m, warnings[0]!.organizationId, boardId);
    const url = webLink(appUrl, `/boards/${boardId}/compliance`);
    for (const warning of warnings) {
      for (const manager of managers) {
        await queueEmail(m, {
          id: derivedEmailId('compliance-warning', boardId, warning.packVersionId, warning.ruleKey, warning.fallsOn, manager.key),
          to: manager.email,
          template: 'compliance-warning',
          locale: manager.locale,
          organizationId: manager.organizationId,
          data: { boardName: names.get(boardId) ?? '', reason: warning.reason, fallsOn: warning.fallsOn, url },
        });
        emails++;
      }
    }
  }
  return emails;
}
