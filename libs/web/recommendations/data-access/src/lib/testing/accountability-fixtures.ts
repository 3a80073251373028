import type { AccountabilityMeasuresView } from '@cabinet/shared/contracts';

/** Measures of board b1 over the first quarter of 2027: some of everything. */
export function testAccountabilityMeasures(overrides: Partial<AccountabilityMeasuresView> = {}): AccountabilityMeasuresView {
  return {
    boardId: 'b1',
    from: '2027-01-01',
    to: '2027-03-31',
    asOf: '2027-04-02',
    input: { ackDays: 14, received: 20, acknowledged: 18, medianDaysToAcknowledge: 3, acknowledgedOnTime: { numerator: 15, denominator: 18 } },
    recommendations: {
      sent: 15,
      medianDaysToAnswer: 21.5,
      answeredOnTime: { numerator: 12, denominator: 15 },
      implemented: { numerator: 4, denominator: 9 },
      satisfied: { numerator: 3, denominator: 4 },
    },
    ...overrides,
  };
}
