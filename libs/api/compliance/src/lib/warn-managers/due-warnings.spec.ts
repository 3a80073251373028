import type { PackRule } from '@cabinet/shared/contracts';
import type { RuleEvaluation } from '../facts/evaluation';
import { dueWarnings, type EvaluatedPeriod } from './due-warnings';

const rule = (key: string, kind: PackRule['kind']): PackRule => ({ key, kind, title: key, params: {}, source: { citation: 'Spec', url: null } });
const atRisk = (ruleKey: string, fallsOn: string): RuleEvaluation => ({ ruleKey, result: 'at_risk', measured: 1, threshold: 2, unit: 'count', evidence: [], fallsOn });

function evaluated(period: EvaluatedPeriod['period'], evaluations: RuleEvaluation[], rules = [rule('meetings', 'meetings_held'), rule('quorum', 'quorum_reached')]): EvaluatedPeriod {
  return { boardId: 'board-1', organizationId: 'org-1', packVersionId: 'version-1', rules, period, evaluations };
}

const THIS_YEAR = { from: '2026-01-01', to: '2026-12-31' };
const LAST_YEAR = { from: '2025-01-01', to: '2025-12-31' };

describe('dueWarnings', () => {
  it('warns about an at-risk rule of the running year, naming the reason for its kind', () => {
    expect(dueWarnings([evaluated(THIS_YEAR, [atRisk('meetings', '2026-06-30')])], '2026-05-20')).toEqual([
      { boardId: 'board-1', organizationId: 'org-1', packVersionId: 'version-1', ruleKey: 'meetings', fallsOn: '2026-06-30', reason: 'meetings' },
    ]);
  });

  it('never warns about a past reporting year', () => {
    expect(dueWarnings([evaluated(LAST_YEAR, [atRisk('meetings', '2025-12-31')])], '2026-01-05')).toEqual([]);
  });

  it('never warns about a day already past, and still warns on the day itself', () => {
    expect(dueWarnings([evaluated(THIS_YEAR, [atRisk('meetings', '2026-03-31')])], '2026-04-01')).toEqual([]);
    expect(dueWarnings([evaluated(THIS_YEAR, [atRisk('meetings', '2026-03-31')])], '2026-03-31')).toHaveLength(1);
  });

  it('leaves out passes, failures and at-risk verdicts without a day', () => {
    const { fallsOn: _none, ...noDay } = atRisk('meetings', '2026-06-30');
    const verdicts: RuleEvaluation[] = [{ ...noDay, result: 'pass' }, { ...noDay, result: 'fail' }, noDay];
    expect(dueWarnings([evaluated(THIS_YEAR, verdicts)], '2026-05-20')).toEqual([]);
  });

  it('leaves out a rule of a kind that is never at risk, or one its pack does not hold', () => {
    expect(dueWarnings([evaluated(THIS_YEAR, [atRisk('gone', '2026-06-30'), atRisk('quorum', '2026-06-30')])], '2026-05-20')).toEqual([]);
  });

  it('warns about a report only in the weeks before it is due', () => {
    const report = [rule('annual-report', 'report_due')];
    expect(dueWarnings([evaluated(THIS_YEAR, [atRisk('annual-report', '2026-10-01')], report)], '2026-01-05')).toEqual([]);
    expect(dueWarnings([evaluated(THIS_YEAR, [atRisk('annual-report', '2026-10-01')], report)], '2026-08-16')).toEqual([]);
    expect(dueWarnings([evaluated(THIS_YEAR, [atRisk('annual-report', '2026-10-01')], report)], '2026-08-17')).toEqual([expect.objectContaining({ reason: 'report', fallsOn: '2026-10-01' })]);
  });
});
