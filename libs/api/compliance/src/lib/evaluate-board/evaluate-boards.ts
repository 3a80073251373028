import type { EntityManager } from 'typeorm';
import type { ComplianceEvidenceView } from '@cabinet/shared/contracts';
import type { BoardFacts, Day } from '../facts/board-facts';
import { dayOf } from '../facts/calendar';
import type { EvidenceLink } from '../facts/evaluation';
import { factsNeededBy } from '../facts/fact-needs';
import { loadBoardFacts } from '../facts/load-board-facts';
import { evaluatePack } from './evaluate-pack';
import { reportingYears } from './reporting-years';
import { labelEvidence } from '../views/evidence-labels';
import { latestVersions } from './stored-versions';
import { dueWarnings, type EvaluatedPeriod } from '../warn-managers/due-warnings';
import { warnManagers } from '../warn-managers/warn-managers';

/** Rows per insert: well under Postgres' parameter and statement limits, few round trips for a portfolio. */
const CHUNK = 2_000;

interface ResultRow {
  board_id: string;
  pack_version_id: string;
  rule_key: string;
  period_from: string;
  organization_id: string;
  period_to: string;
  result: string;
  measured: number | null;
  threshold: number;
  unit: string;
  evidence: Array<EvidenceLink | ComplianceEvidenceView>;
}

/**
 * Evaluates boards of one organisation against every pack they are held to (each pack's newest
 * version), over each reporting year from the board's first recorded fact (five at most), as of
 * `now`, and stores the verdicts: the latest evaluation of each year replaces the one before.
 * One query per table for all the boards, whatever their number. Evidence is stored labelled
 * (a meeting's day and title, a member's listed name), so readers need no access to the rows. The caller's transaction carries
 * the organisation's context. With `warnings`, the managers of a board at risk in the running year
 * are told once (see warnManagers); without (a benchmark, a replay) nobody is. Returns how many
 * verdicts were stored.
 */
export async function evaluateBoards(m: EntityManager, boardIds: readonly string[], now: Date, warnings: { appUrl: string } | null): Promise<number> {
  if (boardIds.length === 0) return 0;
  const attached = (await m.query(`SELECT board_id AS "boardId", pack_id AS "packId", organization_id AS "organizationId" FROM board_compliance_pack WHERE board_id = ANY($1::uuid[])`, [
    boardIds,
  ])) as Array<{ boardId: string; packId: string; organizationId: string }>;
  if (attached.length === 0) return 0;

  const versions = await latestVersions(m, [...new Set(attached.map((one) => one.packId))]);
  // Only what the packs' rules read: a portfolio's votes, attendance and minutes are most of its rows.
  const needs = factsNeededBy([...versions.values()].flatMap((version) => version.rules));
  const facts = await loadBoardFacts(m, [...new Set(attached.map((one) => one.boardId))], now, needs);
  const today = dayOf(now);
  const rows: ResultRow[] = [];
  const evaluated: EvaluatedPeriod[] = [];
  for (const { boardId, packId, organizationId } of attached) {
    const version = versions.get(packId);
    const board = facts.get(boardId);
    if (!version || !board) continue;
    const periods = reportingYears(firstDay(board, today), today, version.yearStartMonth);
    for (const { period, rules } of evaluatePack(version.rules, board, periods)) {
      evaluated.push({ boardId, organizationId, packVersionId: version.id, rules: version.rules, period, evaluations: rules });
      for (const rule of rules) {
        rows.push({
          board_id: boardId,
          pack_version_id: version.id,
          rule_key: rule.ruleKey,
          period_from: period.from,
          organization_id: organizationId,
          period_to: period.to,
          result: rule.result,
          measured: rule.measured,
          threshold: rule.threshold,
          unit: rule.unit,
          evidence: rule.evidence,
        });
      }
    }
  }
  // Labelled now, in the board's organisation: a funder reads results, never the rows behind them.
  const label = await labelEvidence(m, rows.flatMap((row) => row.evidence));
  for (const row of rows) row.evidence = row.evidence.map(label);
  for (let start = 0; start < rows.length; start += CHUNK) await storeResults(m, rows.slice(start, start + CHUNK), now);
  // Funders read no board row: the grants covering these boards keep their names, refreshed here.
  await m.query(`UPDATE grant_board gb SET board_name = b.name FROM board b, "grant" g
      WHERE b.id = gb.board_id AND g.id = gb.grant_id AND g.status = 'accepted' AND gb.board_id = ANY($1::uuid[]) AND gb.board_name <> b.name`, [boardIds]);
  if (warnings) await warnManagers(m, dueWarnings(evaluated, today), warnings.appUrl);
  return rows.length;
}

/** The first day the board's history shows anything: reporting years before it would judge a board that did not exist yet. */
function firstDay(facts: BoardFacts, today: Day): Day {
  const days = [
    ...facts.meetings.map((meeting) => dayOf(meeting.startsAt)),
    ...facts.members.flatMap((member) => [...member.spells.map((spell) => spell.from), ...member.terms.map((term) => term.startsOn)]),
    ...facts.recommendations.map((recommendation) => dayOf(recommendation.sentAt)),
  ];
  return days.reduce((earliest, day) => (day < earliest ? day : earliest), today);
}

async function storeResults(m: EntityManager, rows: ResultRow[], now: Date): Promise<void> {
  await m.query(
    `INSERT INTO compliance_result (board_id, pack_version_id, rule_key, period_from, organization_id, period_to, as_of, result, measured, threshold, unit, evidence, evaluated_at)
     SELECT r.board_id, r.pack_version_id, r.rule_key, r.period_from, r.organization_id, r.period_to, $2, r.result, r.measured, r.threshold, r.unit, r.evidence, now()
       FROM jsonb_to_recordset($1::jsonb) AS r(board_id uuid, pack_version_id uuid, rule_key varchar, period_from date, organization_id uuid, period_to date,
                                                result varchar, measured numeric, threshold numeric, unit varchar, evidence jsonb)
     ON CONFLICT (board_id, pack_version_id, rule_key, period_from) DO UPDATE SET
       period_to = EXCLUDED.period_to, as_of = EXCLUDED.as_of, result = EXCLUDED.result, measured = EXCLUDED.measured,
       threshold = EXCLUDED.threshold, unit = EXCLUDED.unit, evidence = EXCLUDED.evidence, evaluated_at = EXCLUDED.evaluated_at`,
    [JSON.stringify(rows), now],
  );
}
