import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { PortfolioBoardView, PortfolioPackView, PortfolioView } from '@cabinet/shared/contracts';
import { ComplianceResult } from '../entities/compliance-result.entity';
import { reportingYearOf } from '../evaluate-board/reporting-years';
import { latestVersions, type StoredVersion } from '../evaluate-board/stored-versions';
import { dayOf } from '../facts/calendar';
import { trendOf } from '../get-board-compliance/compliance-view';
import { funderRuleView } from './funder-view';

/** A board an accepted grant of the funder covers, through that grant. */
export interface Covered {
  boardId: string;
  boardName: string;
  grantId: string;
  grantTitle: string;
  granteeId: string;
}

/** Which reporting year to show: the one running on a day (the screens), or the one starting on a given day (an export). */
export type ShownPeriod = { on: Date } | { from: string };

/**
 * A funder's portfolio: every board its accepted grants cover, with the stored verdict of each
 * rule of the grant's packs for the running reporting year and the earlier years' counts. Read
 * through the grant's own doors (row-level security opens the covered boards' results and the
 * grantee's name, nothing else; the grant keeps the boards' names), in a fixed number of queries whatever the number of boards.
 */
@Injectable()
export class GetPortfolioUseCase {
  constructor(private readonly db: Db) {}

  list(auth: InOrganization, now = new Date()): Promise<PortfolioView> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => ({ boards: await fundedBoards(m, auth.organizationId, null, { on: now }) }));
  }

  /** One covered board, with the rows each verdict rests on. */
  board(auth: InOrganization, boardId: string, now = new Date()): Promise<PortfolioBoardView> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const [view] = await fundedBoards(m, auth.organizationId, boardId, { on: now });
      if (!view) throw DomainError.notFound('This board');
      return view;
    });
  }
}

/** The boards the funder's accepted grants cover (or that one board, when covered), once per grant. */
export async function coveredBoards(m: EntityManager, funderId: string, boardId: string | null): Promise<Covered[]> {
  return (await m.query(
    `SELECT gb.board_id AS "boardId", gb.board_name AS "boardName", g.id AS "grantId", g.title AS "grantTitle", g.grantee_organization_id AS "granteeId"
       FROM grant_board gb JOIN "grant" g ON g.id = gb.grant_id
      WHERE g.organization_id = $1 AND g.status = 'accepted' AND ($2::uuid IS NULL OR gb.board_id = $2::uuid)`,
    [funderId, boardId],
  )) as Covered[];
}

/**
 * The covered boards as the funder sees them, for one reporting year per pack. With a board id,
 * the drill-down (evidence listed, within what funderRuleView allows); the portfolio otherwise.
 */
export async function fundedBoards(m: EntityManager, funderId: string, boardId: string | null, shown: ShownPeriod): Promise<PortfolioBoardView[]> {
  const covered = await coveredBoards(m, funderId, boardId);
  if (covered.length === 0) return [];
  const boardIds = [...new Set(covered.map((one) => one.boardId))];
  const grantIds = [...new Set(covered.map((one) => one.grantId))];
  const organizations = (await m.query(`SELECT id, name FROM organization WHERE id = ANY($1::uuid[])`, [[...new Set(covered.map((one) => one.granteeId))]])) as Array<{ id: string; name: string }>;
  const grantPacks = (await m.query(
    `SELECT gp.grant_id AS "grantId", p.id AS "packId", p.name FROM grant_pack gp JOIN compliance_pack p ON p.id = gp.pack_id WHERE gp.grant_id = ANY($1::uuid[]) ORDER BY p.name`,
    [grantIds],
  )) as Array<{ grantId: string; packId: string; name: string }>;
  const versions = await latestVersions(m, [...new Set(grantPacks.map((one) => one.packId))]);
  const running = new Map([...versions.values()].map((version) => [version.id, runningFrom(version, shown)]));
  const results = running.size ? await storedResults(m, boardIds, running, !!boardId) : [];
  const byBoardAndVersion = new Map<string, ComplianceResult[]>();
  for (const row of results) {
    const key = `${row.boardId}|${row.packVersionId}`;
    byBoardAndVersion.set(key, [...(byBoardAndVersion.get(key) ?? []), row]);
  }

  const views = covered.map((one): PortfolioBoardView => {
    const packs = grantPacks
      .filter((pack) => pack.grantId === one.grantId)
      .flatMap((pack) => {
        const version = versions.get(pack.packId);
        return version ? [packView(pack.packId, pack.name, version, byBoardAndVersion.get(`${one.boardId}|${version.id}`) ?? [], !!boardId, shown)] : [];
      });
    const rules = packs.flatMap((pack) => pack.rules);
    return {
      boardId: one.boardId,
      boardName: one.boardName,
      organizationName: organizations.find((organization) => organization.id === one.granteeId)?.name ?? '',
      grantId: one.grantId,
      grantTitle: one.grantTitle,
      packs,
      counts: {
        pass: rules.filter((rule) => rule.result === 'pass').length,
        fail: rules.filter((rule) => rule.result === 'fail').length,
        atRisk: rules.filter((rule) => rule.result === 'at_risk').length,
        notEnoughData: rules.filter((rule) => rule.result === 'not_enough_data').length,
      },
    };
  });
  return views.sort((a, b) => a.boardName.localeCompare(b.boardName) || a.grantTitle.localeCompare(b.grantTitle));
}

/**
 * The stored verdicts of the boards under the packs' versions, newest year first. The drill-down
 * reads them whole; the portfolio lists no evidence, so of each row's evidence it reads only the
 * entries funderRuleView counts (members, and who is in the group), reduced to their type and
 * note: for 200 boards over 5 years that is a few thousand small objects instead of every
 * meeting and member behind every verdict, which the benchmark showed dominating the dashboard.
 * Only the shown year's verdicts are judged by funderRuleView (the earlier years count towards
 * the trend by their result alone), so only their evidence is read: a fifth of the rows' JSON.
 */
async function storedResults(m: EntityManager, boardIds: string[], running: Map<string, string>, withEvidence: boolean): Promise<ComplianceResult[]> {
  const versionIds = [...running.keys()];
  const query = m.createQueryBuilder(ComplianceResult, 'r').where('r.board_id = ANY(:boardIds) AND r.pack_version_id = ANY(:versionIds)', { boardIds, versionIds }).orderBy('r.period_from', 'DESC');
  if (withEvidence) return query.getMany();
  const rows = (await query
    .select(['r.board_id AS "boardId"', 'r.pack_version_id AS "packVersionId"', 'r.rule_key AS "ruleKey"', 'r.period_from::text AS "periodFrom"', 'r.period_to::text AS "periodTo"'])
    .addSelect(['r.result AS result', 'r.measured::float8 AS measured', 'r.threshold::float8 AS threshold', 'r.unit AS unit', 'r.evaluated_at AS "evaluatedAt"'])
    .addSelect(
      `CASE WHEN r.period_from = (CAST(:running AS date[]))[array_position(CAST(:versionIds AS uuid[]), r.pack_version_id)] THEN
         (SELECT coalesce(jsonb_agg(jsonb_build_object('type', e->>'type', 'note', e->>'note')), '[]'::jsonb)
            FROM jsonb_array_elements(r.evidence) e WHERE e->>'type' = 'member' OR e->>'note' IN ('counted', 'term_ending'))
       ELSE '[]'::jsonb END`,
      'evidence',
    )
    .setParameter('running', [...running.values()])
    .getRawMany()) as ComplianceResult[];
  return rows;
}

/** The first day of the reporting year shown for a pack version. */
function runningFrom(version: StoredVersion, shown: ShownPeriod): string {
  return 'from' in shown ? shown.from : reportingYearOf(dayOf(shown.on), version.yearStartMonth).from;
}

function packView(packId: string, packName: string, version: StoredVersion, rows: ComplianceResult[], withEvidence: boolean, shown: ShownPeriod): PortfolioPackView {
  const running = runningFrom(version, shown);
  const current = rows.filter((row) => row.periodFrom === running);
  const rules = version.rules.flatMap((rule) => {
    const row = current.find((one) => one.ruleKey === rule.key);
    return row ? [funderRuleView(rule, row, withEvidence)] : [];
  });
  const first = current[0];
  return {
    packId,
    packName,
    version: version.version,
    period: first ? { from: first.periodFrom, to: first.periodTo, evaluatedAt: first.evaluatedAt.toISOString() } : null,
    rules,
    trend: trendOf(rows.filter((row) => row.periodFrom < running)),
  };
}
