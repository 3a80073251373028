import type { ComplianceEvidenceView, CompliancePeriodView, ComplianceTrendPoint, PackRule } from '@cabinet/shared/contracts';
import type { ComplianceResult } from '../entities/compliance-result.entity';
import type { EvidenceLink, RuleEvaluation } from '../facts/evaluation';

/** A period's verdicts with each rule's title and source from the version that judged it, and labelled evidence. */
export function periodView(
  judged: { from: string; to: string; asOf: Date; evaluatedAt: Date | null; rules: RuleEvaluation[] },
  rules: readonly PackRule[],
  label: (link: EvidenceLink) => ComplianceEvidenceView,
): CompliancePeriodView {
  return {
    from: judged.from,
    to: judged.to,
    asOf: judged.asOf.toISOString(),
    evaluatedAt: judged.evaluatedAt?.toISOString() ?? null,
    rules: judged.rules.flatMap((evaluation) => {
      const rule = rules.find((candidate) => candidate.key === evaluation.ruleKey);
      if (!rule) return [];
      return [
        {
          ruleKey: rule.key,
          kind: rule.kind,
          title: rule.title,
          source: rule.source,
          result: evaluation.result,
          measured: evaluation.measured,
          threshold: evaluation.threshold,
          unit: evaluation.unit,
          evidence: evaluation.evidence.map(label),
        },
      ];
    }),
  };
}

/** Earlier reporting years, newest first: how many rules passed, failed, were at risk or lacked data. */
export function trendOf(rows: readonly ComplianceResult[]): ComplianceTrendPoint[] {
  const points = new Map<string, ComplianceTrendPoint>();
  for (const row of rows) {
    const point = points.get(row.periodFrom) ?? { from: row.periodFrom, to: row.periodTo, pass: 0, fail: 0, atRisk: 0, notEnoughData: 0 };
    if (row.result === 'pass') point.pass += 1;
    else if (row.result === 'fail') point.fail += 1;
    else if (row.result === 'at_risk') point.atRisk += 1;
    else point.notEnoughData += 1;
    points.set(row.periodFrom, point);
  }
  return [...points.values()].sort((a, b) => b.from.localeCompare(a.from));
}
