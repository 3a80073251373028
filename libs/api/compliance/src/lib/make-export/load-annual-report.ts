import type { EntityManager } from 'typeorm';
import { GENESIS_HASH } from '@cabinet/api/audit';
import { Board, CompositionTarget, SeatType } from '@cabinet/api/boards';
import type { BoardRole } from '@cabinet/shared/contracts';
import { BoardCompliancePack } from '../entities/board-compliance-pack.entity';
import { CompliancePack } from '../entities/compliance-pack.entity';
import { ComplianceResult } from '../entities/compliance-result.entity';
import { reportingYearOf } from '../evaluate-board/reporting-years';
import { latestVersions } from '../evaluate-board/stored-versions';
import { loadBoardFacts } from '../facts/load-board-facts';
import { funderRuleView } from '../get-portfolio/funder-view';
import type { AnnualPackResult, AnnualReportInput } from './annual-report';
import type { ReportPerson } from './annual-report-summary';

/** What the annual report prints, before the reader's language and the moment it is made. */
export type LoadedAnnualReport = Omit<AnnualReportInput, 'locale' | 'generatedAt'>;

interface PersonRow {
  id: string;
  seatTypeId: string;
  boardRole: BoardRole | null;
  displayName: string;
  byRole: boolean;
}

/**
 * Everything the board's annual report for `year` prints, read in its host organisation's context
 * (see annual-report-file.ts): the board's facts as of the year's last moment, or `now` while the
 * year runs; its organisations, seats, targets, members' seats and roles, the titles of the
 * recommendations sent in the year; each attached pack's stored results; the audit chain's head.
 * One query per table, whatever the board's size. Null when the board is not visible.
 */
export async function loadAnnualReport(m: EntityManager, boardId: string, year: number, now: Date): Promise<LoadedAnnualReport | null> {
  const board = await m.findOne(Board, { where: { id: boardId }, select: { id: true, name: true, purpose: true, organizationId: true } });
  if (!board) return null;
  const yearEnd = new Date(Date.UTC(year + 1, 0, 1) - 1);
  const asOf = yearEnd < now ? yearEnd : now;
  const facts = (await loadBoardFacts(m, [boardId], asOf)).get(boardId)!;

  const organizations = (await m.query(
    `SELECT o.id, o.name FROM organization o LEFT JOIN board_partner bp ON bp.partner_organization_id = o.id AND bp.board_id = $2
      WHERE o.id = $1 OR bp.board_id IS NOT NULL ORDER BY bp.created_at NULLS FIRST, o.name`,
    [board.organizationId, boardId],
  )) as Array<{ id: string; name: string }>;
  const seats = await m.find(SeatType, { where: { boardId }, order: { position: 'ASC', name: 'ASC' } });
  const targets = await m.find(CompositionTarget, { where: { boardId }, order: { position: 'ASC' } });
  // Names only for the chair and co-chairs the report lists; everyone else is counted, never named.
  const people = (await m.query(
    `SELECT id, seat_type_id AS "seatTypeId", board_role AS "boardRole", CASE WHEN board_role IN ('chair', 'co_chair') THEN display_name ELSE '' END AS "displayName",
            listed_by_role_only AS "byRole" FROM board_member WHERE board_id = $1`,
    [boardId],
  )) as PersonRow[];
  const titles = (await m.query(`SELECT id, title FROM recommendation WHERE board_id = $1 AND sent_at >= $2 AND sent_at < $3`, [
    boardId,
    `${year}-01-01T00:00:00Z`,
    `${year + 1}-01-01T00:00:00Z`,
  ])) as Array<{ id: string; title: string }>;
  const [head] = (await m.query(`SELECT hash FROM audit_chain_head WHERE organization_id = $1`, [board.organizationId])) as Array<{ hash: string }>;

  const seatName = new Map(seats.map((seat) => [seat.id, seat.name]));
  return {
    year,
    // An organisation that never recorded anything is at the chain's genesis.
    auditHeadHash: head?.hash ?? GENESIS_HASH,
    board: {
      name: board.name,
      purpose: board.purpose,
      hostName: organizations.find((one) => one.id === board.organizationId)?.name ?? '',
      partnerNames: organizations.filter((one) => one.id !== board.organizationId).map((one) => one.name),
    },
    seats: seats.map((seat) => ({ id: seat.id, name: seat.name, voting: seat.voting })),
    people: people.map(
      (row): ReportPerson => ({ id: row.id, seatTypeId: row.seatTypeId, boardRole: row.boardRole, listedAs: row.byRole ? (seatName.get(row.seatTypeId) ?? '') : row.displayName }),
    ),
    targets: targets.map((target) => ({ label: target.label, seatTypeId: target.seatTypeId, tag: target.tag, minPercent: target.minPercent })),
    recommendationTitles: new Map(titles.map((row) => [row.id, row.title])),
    facts,
    packs: await packResults(m, boardId, year),
  };
}

/**
 * Each pack the board is held to, judged by its latest version, with the stored results of its
 * reporting year holding 1 January of `year`: the calendar year itself, or the fiscal year that
 * ends in it (a funder's year the report can cover in full). A share of people with an attribute
 * is withheld below 5 people, as a funder sees it: the report is public.
 */
async function packResults(m: EntityManager, boardId: string, year: number): Promise<AnnualPackResult[]> {
  const attached = await m.find(BoardCompliancePack, { where: { boardId }, order: { addedAt: 'ASC' } });
  const packIds = attached.map((one) => one.packId);
  if (packIds.length === 0) return [];
  const packs = await m.find(CompliancePack, { where: packIds.map((id) => ({ id })) });
  const versions = await latestVersions(m, packIds);
  const periods = new Map([...versions.values()].map((version) => [version.id, reportingYearOf(`${year}-01-01`, version.yearStartMonth)]));
  const rows = periods.size ? await m.find(ComplianceResult, { where: [...periods].map(([packVersionId, period]) => ({ boardId, packVersionId, periodFrom: period.from })) }) : [];
  return attached.flatMap((one): AnnualPackResult[] => {
    const pack = packs.find((candidate) => candidate.id === one.packId);
    const version = versions.get(one.packId);
    const period = version && periods.get(version.id);
    const mine = rows.filter((row) => row.packVersionId === version?.id);
    if (!pack || !version || !period || mine.length === 0) return [];
    const rules = version.rules.flatMap((rule) => {
      const row = mine.find((candidate) => candidate.ruleKey === rule.key);
      if (!row) return [];
      const { title, result, measured, threshold, unit, withheld } = funderRuleView(rule, row, false);
      return [{ title, result, measured, threshold, unit, withheld }];
    });
    return [{ name: pack.name, version: version.version, from: period.from, to: period.to, rules }];
  });
}
