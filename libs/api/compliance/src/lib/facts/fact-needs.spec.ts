import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PackRule } from '@cabinet/shared/contracts';
import { evaluateRule } from '../rules/evaluate-rule';
import type { BoardFacts } from './board-facts';
import type { EvaluationPeriod } from './evaluation';
import { factsNeededBy, type FactNeeds } from './fact-needs';

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', '..', 'tests', 'fixtures', 'compliance');

interface Scenario {
  name: string;
  rule: PackRule;
  period: EvaluationPeriod;
  facts: BoardFacts;
}

const scenarios = (['ok', 'not-ok'] as const).flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((file) => file.endsWith('.ts'))
    .sort()
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((file): [string, Scenario] => [`${folder}/${file}`, (require(join(FIXTURES, folder, file)) as { scenario: Scenario }).scenario]),
);

/** The facts as loadBoardFacts leaves them without the parts `needs` does not ask for (a due day no rule may read, to catch one that does). */
function without(facts: BoardFacts, needs: FactNeeds): BoardFacts {
  return {
    ...facts,
    members: facts.members.map((member) => ({ ...member, votedOn: needs.voting ? member.votedOn : [], onboardedOn: needs.voting || needs.attendance ? member.onboardedOn : null })),
    meetings: facts.meetings.map((meeting) => ({
      ...meeting,
      attendance: needs.attendance ? meeting.attendance : [],
      quorumReached: needs.attendance ? meeting.quorumReached : null,
      minutes: needs.minutes ? meeting.minutes : null,
    })),
    recommendations: needs.answers ? facts.recommendations : facts.recommendations.map((one) => ({ ...one, firstDueOn: '1900-01-01', firstAnsweredAt: null, decision: null, implementedAt: null })),
    reports: needs.reports ? facts.reports : [],
  };
}

describe('the facts each kind of rule needs', () => {
  it('covers every kind of rule in the scenarios', () => {
    expect(new Set(scenarios.map(([, scenario]) => scenario.rule.kind)).size).toBe(14);
  });

  it.each(scenarios)('%s: judged the same on only the facts its rule needs', (_, scenario) => {
    const needs = factsNeededBy([scenario.rule]);
    expect(evaluateRule(scenario.rule, without(scenario.facts, needs), scenario.period)).toEqual(evaluateRule(scenario.rule, scenario.facts, scenario.period));
  });

  it('asks for a part when any rule of the set reads it', () => {
    const rule = (kind: PackRule['kind']): PackRule => ({ key: kind, kind, title: kind, params: {}, source: { citation: 'test', url: null } });
    expect(factsNeededBy([rule('meetings_held'), rule('composition_share')])).toEqual({ attendance: false, voting: false, minutes: false, answers: false, reports: false });
    expect(factsNeededBy([rule('board_size'), rule('quorum_reached'), rule('report_due')])).toEqual({ attendance: true, voting: false, minutes: false, answers: false, reports: true });
  });
});
