import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { boardDb, manageBoard } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { BoardComplianceQuery, BoardComplianceView, BoardPackComplianceView, PackRule } from '@cabinet/shared/contracts';
import { BoardCompliancePack } from '../entities/board-compliance-pack.entity';
import { CompliancePack } from '../entities/compliance-pack.entity';
import { ComplianceResult } from '../entities/compliance-result.entity';
import { evaluatePack } from '../evaluate-board/evaluate-pack';
import { reportingYearOf } from '../evaluate-board/reporting-years';
import { latestVersions, type StoredVersion, versionsInForce } from '../evaluate-board/stored-versions';
import { dayOf } from '../facts/calendar';
import type { RuleEvaluation } from '../facts/evaluation';
import { loadBoardFacts } from '../facts/load-board-facts';
import { labelEvidence } from '../views/evidence-labels';
import { periodView, trendOf } from './compliance-view';

/**
 * How a board stands against each pack it is held to. Without a day: the stored verdicts of the
 * running reporting year (evaluated on every change and nightly) and the earlier years' counts.
 * With `asOf`: the board re-judged as it stood at the end of that day, by the pack version in
 * force then, over the reporting year holding it; computed on request and not stored. Facts are
 * dated, so asking again later gives the same answer. For the board's managers.
 */
@Injectable()
export class GetBoardComplianceUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, query: BoardComplianceQuery, now = new Date()): Promise<BoardComplianceView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await manageBoard(m, auth, boardId);
      const attached = await m.find(BoardCompliancePack, { where: { boardId }, order: { addedAt: 'ASC' } });
      const packIds = attached.map((one) => one.packId);
      const packs = packIds.length ? await m.find(CompliancePack, { where: packIds.map((id) => ({ id })) }) : [];
      const asOf = query.asOf ? new Date(`${query.asOf}T23:59:59.999Z`) : null;
      const versions = asOf ? await versionsInForce(m, packIds, asOf) : await latestVersions(m, packIds);
      const judged = asOf ? await judgeAsOf(m, boardId, versions, asOf) : await storedResults(m, boardId, versions, now);

      const label = await labelEvidence(m, [...judged.values()].flatMap((one) => one.current?.rules.flatMap((rule) => rule.evidence) ?? []));
      const views: BoardPackComplianceView[] = attached.flatMap((one) => {
        const pack = packs.find((candidate) => candidate.id === one.packId);
        const version = versions.get(one.packId);
        if (!pack || !version) return [];
        const found = judged.get(one.packId);
        return [
          {
            pack: { id: pack.id, name: pack.name, seeded: pack.organizationId === null, version: version.version, versionId: version.id, description: pack.description },
            addedAt: one.addedAt.toISOString(),
            current: found?.current ? periodView(found.current, version.rules, label) : null,
            trend: found?.trend ?? [],
          },
        ];
      });
      return { boardId, asOf: query.asOf ?? null, packs: views };
    });
  }
}

/** A pack's verdicts for one period before labelling, and the earlier years' counts. */
export interface Judged {
  current: { from: string; to: string; asOf: Date; evaluatedAt: Date | null; rules: RuleEvaluation[] } | null;
  trend: BoardPackComplianceView['trend'];
}

async function judgeAsOf(m: EntityManager, boardId: string, versions: Map<string, StoredVersion>, asOf: Date): Promise<Map<string, Judged>> {
  const facts = (await loadBoardFacts(m, [boardId], asOf)).get(boardId);
  const judged = new Map<string, Judged>();
  if (!facts) return judged;
  for (const [packId, version] of versions) {
    const period = reportingYearOf(dayOf(asOf), version.yearStartMonth);
    const [evaluated] = evaluatePack(version.rules, facts, [period]);
    judged.set(packId, { current: { ...period, asOf, evaluatedAt: null, rules: evaluated?.rules ?? [] }, trend: [] });
  }
  return judged;
}

async function storedResults(m: EntityManager, boardId: string, versions: Map<string, StoredVersion>, now: Date): Promise<Map<string, Judged>> {
  const versionIds = [...versions.values()].map((version) => version.id);
  const rows = versionIds.length ? await m.find(ComplianceResult, { where: versionIds.map((packVersionId) => ({ boardId, packVersionId })), order: { periodFrom: 'DESC' } }) : [];
  const judged = new Map<string, Judged>();
  const today = dayOf(now);
  for (const [packId, version] of versions) {
    const mine = rows.filter((row) => row.packVersionId === version.id);
    const running = reportingYearOf(today, version.yearStartMonth).from;
    const current = mine.filter((row) => row.periodFrom === running);
    const byRule = new Map(current.map((row) => [row.ruleKey, row]));
    // In the pack's order, and only rules the version still has.
    const rules = version.rules.flatMap((rule: PackRule) => {
      const row = byRule.get(rule.key);
      return row ? [{ ruleKey: row.ruleKey, result: row.result, measured: row.measured, threshold: row.threshold, unit: row.unit, evidence: row.evidence }] : [];
    });
    const first = current[0];
    judged.set(packId, {
      current: first ? { from: first.periodFrom, to: first.periodTo, asOf: first.asOf, evaluatedAt: first.evaluatedAt, rules } : null,
      trend: trendOf(mine.filter((row) => row.periodFrom < running)),
    });
  }
  return judged;
}
