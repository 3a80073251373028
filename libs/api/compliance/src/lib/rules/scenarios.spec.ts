import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateRule } from './evaluate-rule';

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', '..', 'tests', 'fixtures', 'compliance');

interface Scenario {
  name: string;
  rule: Parameters<typeof evaluateRule>[0];
  period: Parameters<typeof evaluateRule>[2];
  facts: Parameters<typeof evaluateRule>[1];
  expected: { result: string; measured?: number | null; fallsOn?: string };
}

function load(folder: 'ok' | 'not-ok'): Array<[string, Scenario]> {
  return readdirSync(join(FIXTURES, folder))
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { scenario } = require(join(FIXTURES, folder, file)) as { scenario: Scenario };
      return [`${file}: ${scenario.name}`, scenario];
    });
}

/** The measured value, when the scenario states one: null stays null, numbers to one decimal. */
function expectMeasured(measured: number | null, expected: number | null | undefined): void {
  if (expected === undefined) return;
  if (expected === null) expect(measured).toBeNull();
  else expect(measured).toBeCloseTo(expected, 1);
}

/** An at_risk scenario must name the day the board falls out of compliance; any other result names none. */
function expectFallsOn(fallsOn: string | undefined, expected: Scenario['expected']): void {
  if (expected.result === 'at_risk') expect(expected.fallsOn).toBeDefined();
  expect(fallsOn).toBe(expected.fallsOn);
}

describe('compliance scenarios that comply', () => {
  it.each(load('ok'))('%s', (_name, scenario) => {
    const evaluation = evaluateRule(scenario.rule, scenario.facts, scenario.period);
    expect(['pass', 'at_risk']).toContain(scenario.expected.result);
    expect(evaluation.result).toBe(scenario.expected.result);
    expectMeasured(evaluation.measured, scenario.expected.measured);
    expectFallsOn(evaluation.fallsOn, scenario.expected);
  });
});

describe('compliance scenarios that do not', () => {
  it.each(load('not-ok'))('%s', (_name, scenario) => {
    const evaluation = evaluateRule(scenario.rule, scenario.facts, scenario.period);
    expect(['fail', 'not_enough_data']).toContain(scenario.expected.result);
    expect(evaluation.result).toBe(scenario.expected.result);
    expectMeasured(evaluation.measured, scenario.expected.measured);
    expectFallsOn(evaluation.fallsOn, scenario.expected);
  });
});
