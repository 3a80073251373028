import type { PublicRecommendationView } from '@cabinet/shared/contracts';

/** A published recommendation, partly accepted, with a two-step plan half done. */
export function testPublicRecommendation(overrides: Partial<PublicRecommendationView> = {}): PublicRecommendationView {
  return {
    id: 'r1',
    title: 'Hot water in the morning',
    body: 'Fix the boiler timer so the showers are warm from 8 am.',
    status: 'in_progress',
    statusText: 'The service is working on it.',
    sentAt: '2027-03-01T10:00:00.000Z',
    answer: { decision: 'partly_accepted', text: 'We will fix the timer; a new boiler is not in this year’s budget.', answeredAt: '2027-03-10T10:00:00.000Z' },
    milestones: [
      { title: 'Change the boiler timer', dueOn: '2027-03-20', done: true },
      { title: 'Check the water temperature weekly', dueOn: '2027-04-30', done: false },
    ],
    ...overrides,
  };
}
