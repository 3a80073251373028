import type { EntityManager } from 'typeorm';
import { BoardInputChannel, PeerInput } from '@cabinet/api/peer-input';
import { Milestone, ProgressUpdate, Recommendation, RecommendationEvent, RecommendationLiaison, RecommendationResponse } from '@cabinet/api/recommendations';
import type { RecommendationActorRole, RecommendationEventKind } from '@cabinet/shared/contracts';

const HOST = '0000000a-0000-4000-8000-000000000001';
const BOARD = '0000000c-0000-4000-8000-000000000001';
const MANAGER = '0000000b-0000-4000-8000-000000000001';
const id = (group: string, n: number) => `0000000${group}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const scoped = { organizationId: HOST, boardId: BOARD };
const DAY = 86_400_000;
const MINUTE = 60_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const DEMO_RECOMMENDATION = id('4', 1);

/**
 * The accountability loop under way: Sam's idea became the recommendation the board adopted at last
 * month's meeting; the agency partly accepted it with a two-step plan, one step done. An anonymous
 * concern from the drop-in centre waits to be acknowledged. Written once (fixed ids).
 */
export async function seedDemoAccountability(m: EntityManager, pastMeetingStartsAt: Date): Promise<void> {
  if (await m.findOneBy(Recommendation, { id: DEMO_RECOMMENDATION })) return;
  await m.save(m.create(BoardInputChannel, { ...scoped, publicEnabled: false, kioskEnabled: false, channelTokenHash: null, ackDays: 14 }));
  const ideaDay = new Date(pastMeetingStartsAt.getTime() - 12 * DAY);
  await m.insert(PeerInput, [
    {
      ...scoped,
      id: id('3', 1),
      kind: 'idea',
      body: 'Many of us work during the day. Could the needle exchange stay open in the evening?',
      channel: 'member',
      authorMemberId: id('9', 1),
      status: 'recommendation',
      acknowledgedAt: new Date(ideaDay.getTime() + 2 * DAY),
      decidedAt: pastMeetingStartsAt,
      createdAt: ideaDay,
      updatedAt: pastMeetingStartsAt,
    },
    {
      ...scoped,
      id: id('3', 2),
      kind: 'concern',
      body: 'The waiting room is very cold in the morning. People leave before they are seen.',
      channel: 'public',
      authorMemberId: null,
      status: 'new',
      createdAt: new Date(isoDay(daysAgo(3))),
      updatedAt: new Date(isoDay(daysAgo(3))),
    },
  ]);

  const sentAt = new Date(pastMeetingStartsAt.getTime() + 2 * DAY);
  // Last month's meeting was at least 28 days ago, so every step below is in the past.
  const respondedAt = new Date(sentAt.getTime() + 5 * DAY);
  await m.insert(Recommendation, {
    ...scoped,
    id: DEMO_RECOMMENDATION,
    title: 'Keep the needle exchange open until 20:00 on weekdays',
    body: 'The exchange closes at 17:00, before many people finish work or wake up after a night shift. The board recommends opening until 20:00 on weekdays.',
    status: 'in_progress',
    source: 'input',
    sourceInputId: id('3', 1),
    adoptedMotionId: id('5', 1),
    addressedOrganizationId: HOST,
    draftedBy: MANAGER,
    adoptedAt: pastMeetingStartsAt,
    sentAt,
    responseDueOn: isoDay(new Date(sentAt.getTime() + 30 * DAY)),
    pausedDays: 0,
    // On the board's public "You said, we did" page, as the manager would put it once answered.
    publishedAt: new Date(sentAt.getTime() + 6 * DAY),
  });
  await m.insert(RecommendationLiaison, { ...scoped, recommendationId: DEMO_RECOMMENDATION, userId: MANAGER });
  await m.insert(RecommendationResponse, {
    ...scoped,
    id: id('4', 10),
    recommendationId: DEMO_RECOMMENDATION,
    round: 1,
    decision: 'partly_accepted',
    reasons: 'We can open until 19:00 on Tuesdays and Thursdays now. Every weekday until 20:00 needs two more evening staff, which we have asked the funder for.',
    respondedBy: MANAGER,
    respondedAt,
  });
  const steps = [
    { id: id('4', 20), title: 'Open until 19:00 on Tuesdays and Thursdays', owner: 'Service manager', dueOn: isoDay(new Date(respondedAt.getTime() + 10 * DAY)), doneAt: new Date(respondedAt.getTime() + 3 * DAY) },
    { id: id('4', 21), title: 'Ask the funder for two evening staff', owner: 'Director', dueOn: isoDay(new Date(Date.now() + 45 * DAY)), doneAt: null },
  ];
  await m.insert(Milestone, steps.map((step, position) => ({ ...scoped, recommendationId: DEMO_RECOMMENDATION, ...step, position: position + 1, createdBy: MANAGER, createdAt: respondedAt })));
  await m.insert(ProgressUpdate, {
    ...scoped,
    id: id('4', 30),
    recommendationId: DEMO_RECOMMENDATION,
    milestoneId: steps[0]!.id,
    text: 'Tuesday and Thursday evenings started. 23 people came in the first two weeks.',
    link: null,
    percentComplete: 50,
    createdBy: MANAGER,
    createdAt: steps[0]!.doneAt!,
  });

  const events: Array<[RecommendationEventKind, Date, RecommendationActorRole | null, string | null]> = [
    ['drafted', new Date(pastMeetingStartsAt.getTime() - DAY), 'board_manager', id('3', 1)],
    ['adopted', pastMeetingStartsAt, 'chair', id('5', 1)],
    ['sent', sentAt, 'board_manager', null],
    ['responded', respondedAt, 'liaison', id('4', 10)],
    // A minute apart: the timeline orders by time, and equal times would fall back to random ids.
    ['milestone_added', new Date(respondedAt.getTime() + MINUTE), 'liaison', steps[0]!.id],
    ['milestone_added', new Date(respondedAt.getTime() + 2 * MINUTE), 'liaison', steps[1]!.id],
    ['milestone_done', steps[0]!.doneAt!, 'liaison', steps[0]!.id],
    ['progress_reported', new Date(steps[0]!.doneAt!.getTime() + MINUTE), 'liaison', id('4', 30)],
  ];
  await m.insert(RecommendationEvent, events.map(([kind, at, actorRole, refId]) => ({ ...scoped, recommendationId: DEMO_RECOMMENDATION, kind, at, actorRole, refId })));
}

