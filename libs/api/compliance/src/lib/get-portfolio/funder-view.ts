import { type ComplianceEvidenceView, type PackRule, type PortfolioRuleView, type RuleParams, singlesPeopleOut } from '@cabinet/shared/contracts';
import type { ComplianceResult } from '../entities/compliance-result.entity';

/** Whether a rule counts people by an attribute they attested (lived experience, say): who has it stays with the board. */
function countsByTag(rule: PackRule): boolean {
  if (rule.kind !== 'composition_share' && rule.kind !== 'composition_cap') return false;
  return (rule.params as RuleParams<'composition_share'>).group.by === 'tag';
}

/**
 * One stored verdict as a funder may see it. For a rule counting people by an attribute, the
 * members behind it are never listed, and the share is withheld when it would single people out
 * (fewer than 5 have the attribute, or fewer than 5 do not) (a small share of a known board would name them). Other evidence is
 * listed only on the drill-down, with members by their listed name (or seat).
 */
export function funderRuleView(rule: PackRule, row: ComplianceResult, withEvidence: boolean): PortfolioRuleView {
  const byTag = countsByTag(rule);
  const inGroup = row.evidence.filter((link) => link.note === 'counted' || link.note === 'term_ending').length;
  const counted = row.evidence.filter((link) => link.type === 'member').length;
  const withheld = byTag && row.measured !== null && singlesPeopleOut(inGroup, counted);
  const evidence: ComplianceEvidenceView[] = withEvidence && !byTag ? row.evidence : [];
  return {
    ruleKey: rule.key,
    kind: rule.kind,
    title: rule.title,
    source: rule.source,
    result: row.result,
    measured: withheld ? null : row.measured,
    threshold: row.threshold,
    unit: row.unit,
    evidence,
    withheld,
  };
}
