import type { PackRule, RuleKind } from '@cabinet/shared/contracts';
import type { BoardFacts, MeetingFact, RecommendationFact } from '../facts/board-facts';
import { evaluateRule } from './evaluate-rule';

// The scenario fixtures check results and measured values; these check the rows a result points at,
// and the corners the fixtures do not reach (windows cut by the period, leap years).

const rule = (kind: RuleKind, params: Record<string, unknown>): PackRule => ({ key: 'rule', kind, title: 'Rule', params, source: { citation: 'Spec', url: null } });
const facts = (asOfDay: string, parts: Partial<BoardFacts>): BoardFacts => ({ boardId: 'board', asOf: `${asOfDay}T23:59:59.000Z`, members: [], meetings: [], recommendations: [], reports: [], ...parts });
const meeting = (id: string, on: string, status: MeetingFact['status'] = 'held'): MeetingFact => ({ id, startsAt: `${on}T18:00:00.000Z`, status, quorumReached: true, attendance: [], minutes: null });
const recommendation = (id: string, sentOn: string, answeredOn: string | null): RecommendationFact => ({
  id,
  sentAt: `${sentOn}T12:00:00.000Z`,
  firstDueOn: sentOn,
  firstAnsweredAt: answeredOn === null ? null : `${answeredOn}T12:00:00.000Z`,
  decision: answeredOn === null ? null : 'accepted',
  implementedAt: null,
});

describe('meetings_held', () => {
  it('points at the meetings counted and at those still ahead in the running window', () => {
    const evaluation = evaluateRule(rule('meetings_held', { min: 2, period: { per: 'quarter' } }), facts('2026-05-01', {
      meetings: [meeting('m1', '2026-04-10'), meeting('m2', '2026-05-20', 'scheduled'), meeting('m3', '2026-05-25', 'cancelled'), meeting('m4', '2026-07-10', 'scheduled')],
    }), { from: '2026-04-01', to: '2026-09-30' });
    expect(evaluation.result).toBe('pass');
    expect(evaluation.evidence).toEqual([
      { type: 'meeting', id: 'm1', note: 'held' },
      { type: 'meeting', id: 'm2', note: 'scheduled' },
    ]);
  });

  it('judges a window cut short by the period on the part inside it', () => {
    const evaluation = evaluateRule(rule('meetings_held', { min: 1, period: { per: 'quarter' } }), facts('2026-07-01', {
      meetings: [meeting('m1', '2026-04-10')],
    }), { from: '2026-05-01', to: '2026-06-30' });
    expect(evaluation).toMatchObject({ result: 'fail', measured: 0 });
  });
});

describe('minutes_within and response_within', () => {
  it('marks each meeting on time, late, missing or pending', () => {
    const onTime = { ...meeting('m1', '2026-03-01'), minutes: { id: 'n1', createdAt: '2026-03-02T12:00:00.000Z', approvedAt: '2026-03-20T12:00:00.000Z', publishedAt: null, sentAt: null } };
    const late = { ...meeting('m2', '2026-03-02'), minutes: { id: 'n2', createdAt: '2026-03-03T12:00:00.000Z', approvedAt: '2026-04-20T12:00:00.000Z', publishedAt: null, sentAt: null } };
    const evaluation = evaluateRule(rule('minutes_within', { step: 'approved', withinDays: 30 }), facts('2026-05-01', {
      meetings: [onTime, late, meeting('m3', '2026-03-03'), meeting('m4', '2026-04-20')],
    }), { from: '2026-01-01', to: '2026-06-30' });
    expect(evaluation).toMatchObject({ result: 'fail', measured: 2, threshold: 0, unit: 'count' });
    expect(evaluation.evidence.map(({ id, note }) => [id, note])).toEqual([['m1', 'on_time'], ['m2', 'late'], ['m3', 'missing'], ['m4', 'pending']]);
  });

  it('marks each recommendation the same way', () => {
    const evaluation = evaluateRule(rule('response_within', { days: 30 }), facts('2026-05-01', {
      recommendations: [recommendation('r1', '2026-03-01', '2026-03-10'), recommendation('r2', '2026-03-02', '2026-04-10'), recommendation('r3', '2026-04-28', null)],
    }), { from: '2026-01-01', to: '2026-06-30' });
    expect(evaluation.evidence.map(({ type, id, note }) => [type, id, note])).toEqual([['recommendation', 'r1', 'on_time'], ['recommendation', 'r2', 'late'], ['recommendation', 'r3', 'pending']]);
  });
});

describe('report_due', () => {
  it('reads 29 February as 28 February outside leap years and points at the report judged', () => {
    const due = rule('report_due', { report: 'annual', month: 2, day: 29 });
    const reports = [{ id: 'p1', kind: 'annual' as const, year: 2026, publishedOn: '2027-02-28' }];
    const evaluation = evaluateRule(due, facts('2027-12-31', { reports }), { from: '2027-01-01', to: '2027-12-31' });
    expect(evaluation).toMatchObject({ result: 'pass', measured: 0, evidence: [{ type: 'report', id: 'p1', note: 'on_time' }] });
  });

  it('counts every due day missed over several years', () => {
    const evaluation = evaluateRule(rule('report_due', { report: 'annual', month: 10, day: 1 }), facts('2027-01-10', {
      reports: [{ id: 'p1', kind: 'annual', year: 2024, publishedOn: '2025-10-05' }],
    }), { from: '2025-01-01', to: '2026-12-31' });
    expect(evaluation).toMatchObject({ result: 'fail', measured: 2, evidence: [{ type: 'report', id: 'p1', note: 'late' }] });
  });
});
