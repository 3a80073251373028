import type { EntityManager } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import type { ComplianceEvidenceView, Locale, PackRule, RuleResult } from '@cabinet/shared/contracts';
import { BoardCompliancePack } from '../entities/board-compliance-pack.entity';
import { CompliancePack } from '../entities/compliance-pack.entity';
import { ComplianceResult } from '../entities/compliance-result.entity';
import { latestVersions } from '../evaluate-board/stored-versions';
import { coveredBoards, fundedBoards } from '../get-portfolio/get-portfolio.use-case';
import { labelEvidence } from '../views/evidence-labels';

/** One rule's stored verdict as the export prints it. */
export interface ExportRule {
  ruleKey: string;
  title: string;
  source: PackRule['source'];
  result: RuleResult;
  measured: number | null;
  threshold: number;
  unit: 'percent' | 'count' | 'days' | 'members';
  /** The share was withheld from a funder: it would single people out (see singlesPeopleOut). */
  withheld: boolean;
  evidence: ComplianceEvidenceView[];
}

export interface ExportPack {
  name: string;
  version: number;
  /** The moment the verdicts judge (null where the funder's view does not carry it). */
  asOf: string | null;
  evaluatedAt: string | null;
  rules: ExportRule[];
}

/** What the asking organisation may read of the board's results for the year, before the board's organisation is named. */
export interface ExportResults {
  boardName: string;
  /** The board's host organisation, whose audit chain the packet cites. */
  hostOrganizationId: string;
  packs: ExportPack[];
}

/** Everything a CSV or evidence packet prints. */
export interface ExportContent extends ExportResults {
  organizationName: string;
  periodFrom: string;
  periodTo: string;
  locale: Locale;
  auditHeadHash: string;
  generatedAt: Date;
}

/**
 * The board's stored results for the reporting year starting on `periodFrom`, as its host or a
 * partner sees them on the board's compliance page: every pack attached, judged by its latest
 * version, rules in the pack's order, evidence as stored. Null when the board is not visible.
 */
export async function hostResults(m: EntityManager, boardId: string, periodFrom: string): Promise<ExportResults | null> {
  const board = await m.findOne(Board, { where: { id: boardId }, select: { id: true, name: true, organizationId: true } });
  if (!board) return null;
  const attached = await m.find(BoardCompliancePack, { where: { boardId }, order: { addedAt: 'ASC' } });
  const packIds = attached.map((one) => one.packId);
  const packs = packIds.length ? await m.find(CompliancePack, { where: packIds.map((id) => ({ id })) }) : [];
  const versions = await latestVersions(m, packIds);
  const versionIds = [...versions.values()].map((version) => version.id);
  const rows = versionIds.length ? await m.find(ComplianceResult, { where: versionIds.map((packVersionId) => ({ boardId, packVersionId, periodFrom })) }) : [];
  const label = await labelEvidence(m, rows.flatMap((row) => row.evidence));

  const shown = attached.flatMap((one): ExportPack[] => {
    const pack = packs.find((candidate) => candidate.id === one.packId);
    const version = versions.get(one.packId);
    const mine = rows.filter((row) => row.packVersionId === version?.id);
    const first = mine[0];
    if (!pack || !version || !first) return [];
    const rules = version.rules.flatMap((rule): ExportRule[] => {
      const row = mine.find((candidate) => candidate.ruleKey === rule.key);
      if (!row) return [];
      const { result, measured, threshold, unit } = row;
      return [{ ruleKey: rule.key, title: rule.title, source: rule.source, result, measured, threshold, unit, withheld: false, evidence: row.evidence.map(label) }];
    });
    return [{ name: pack.name, version: version.version, asOf: first.asOf.toISOString(), evaluatedAt: first.evaluatedAt.toISOString(), rules }];
  });
  return { boardName: board.name, hostOrganizationId: board.organizationId, packs: shown };
}

/**
 * The same year as the funder's drill-down shows it: only its grants' packs, each rule through
 * funderRuleView (a small share withheld, nobody listed by an attribute). A board covered by
 * several of the funder's grants lists each pack once. Null when no accepted grant covers it.
 */
export async function funderResults(m: EntityManager, funderId: string, boardId: string, periodFrom: string): Promise<ExportResults | null> {
  const [covered] = await coveredBoards(m, funderId, boardId);
  if (!covered) return null;
  const views = await fundedBoards(m, funderId, boardId, { from: periodFrom });
  const packs: ExportPack[] = [];
  const seen = new Set<string>();
  for (const pack of views.flatMap((view) => view.packs)) {
    if (seen.has(pack.packId) || !pack.period) continue;
    seen.add(pack.packId);
    const rules = pack.rules.map(({ ruleKey, title, source, result, measured, threshold, unit, withheld, evidence }): ExportRule => ({ ruleKey, title, source, result, measured, threshold, unit, withheld, evidence }));
    packs.push({ name: pack.packName, version: pack.version, asOf: null, evaluatedAt: pack.period.evaluatedAt, rules });
  }
  return { boardName: covered.boardName, hostOrganizationId: covered.granteeId, packs };
}
