import type { LiaisonInboxItem, RecommendationDetail, RecommendationSummary } from '@cabinet/shared/contracts';

const NO_ACTIONS: RecommendationDetail['can'] = { edit: false, adopt: false, send: false, respond: false, answerInfo: false, plan: false, report: false, review: false, publish: false };

/** A recommendation as the board's list shows it: sent, answer due in 10 days. */
export function testRecommendationSummary(overrides: Partial<RecommendationSummary> = {}): RecommendationSummary {
  return {
    id: 'r1',
    boardId: 'b1',
    title: 'Open the clinic on Saturdays',
    status: 'sent',
    source: 'direct',
    addressedOrganizationId: 'o1',
    sentAt: '2027-03-01T10:00:00.000Z',
    responseDueOn: '2027-03-31',
    awaitingResponse: true,
    overdue: false,
    dueInDays: 10,
    percentComplete: null,
    updatedAt: '2027-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** One recommendation in full; `can` lists only the actions given (all others false). */
export function testRecommendationDetail(overrides: Partial<Omit<RecommendationDetail, 'can'>> & { can?: Partial<RecommendationDetail['can']> } = {}): RecommendationDetail {
  const { can, ...rest } = overrides;
  return {
    ...testRecommendationSummary(),
    body: 'Many people work on weekdays. A Saturday morning would let them come.',
    sourceInputId: null,
    sourceInputReceivedOn: null,
    sourceAgendaItemId: null,
    adoptedMotionId: null,
    addressedOrganizationName: 'Harbour Outreach',
    liaisonUserIds: [],
    pausedAt: null,
    pausedDays: 0,
    publishedAt: null,
    responses: [],
    milestones: [],
    progress: [],
    reviews: [],
    timeline: [],
    ...rest,
    can: { ...NO_ACTIONS, ...can },
  };
}

export function testInboxItem(overrides: Partial<LiaisonInboxItem> = {}): LiaisonInboxItem {
  return { ...testRecommendationSummary(), boardName: 'Harbour Community Board', ...overrides };
}
