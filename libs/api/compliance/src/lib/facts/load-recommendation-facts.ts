import type { EntityManager } from 'typeorm';
import { firstDueOn, type ReviewFacts, type RoundFacts } from '@cabinet/api/recommendations';
import type { Day, RecommendationFact } from './board-facts';
import { groupBy, latest } from './load-rows';

interface RecommendationRow {
  id: string;
  boardId: string;
  sentAt: Date;
  responseDueOn: Day;
}
type ResponseRow = RoundFacts & { recommendationId: string };
interface ReportRow {
  recommendationId: string;
  at: Date;
}

type Answer = NonNullable<RecommendationFact['decision']>;
const ANSWERS: ReadonlyArray<RoundFacts['decision']> = ['accepted', 'partly_accepted', 'declined'] satisfies Answer[];
/** A real answer: a question back to the board (info_needed) is not one. */
const isAnswer = <T extends RoundFacts>(round: T): round is T & { decision: Answer } => ANSWERS.includes(round.decision);

/**
 * Every recommendation the boards sent, with its first due day, first answer, latest decision and
 * implementation report, by board: four queries whatever the number of boards. Dates and decisions
 * only, never the words of answers or reviews. `asOf` is needed where a fact has no date of its
 * own: the due day (a question still open stops the clock until then) and the latest decision.
 * Without `answers` (no rule to be judged reads them) only the first query runs: each recommendation
 * reads as never answered, due on its first due day (see FactNeeds).
 */
export async function loadRecommendations(m: EntityManager, boardIds: readonly string[], asOf: Date, answers = true): Promise<Map<string, RecommendationFact[]>> {
  const ids = [...boardIds];
  const recommendations: RecommendationRow[] = await m.query(
    `SELECT id, board_id AS "boardId", sent_at AS "sentAt", response_due_on::text AS "responseDueOn" FROM recommendation
      WHERE board_id = ANY($1::uuid[]) AND sent_at IS NOT NULL ORDER BY sent_at, id`,
    [ids],
  );
  const responses: ResponseRow[] = !answers ? [] : await m.query(
    `SELECT recommendation_id AS "recommendationId", round, decision, responded_at AS "respondedAt", answered_at AS "answeredAt"
       FROM recommendation_response WHERE board_id = ANY($1::uuid[]) ORDER BY round`,
    [ids],
  );
  const reviews: ReviewFacts[] = !answers ? [] : await m.query(
    `SELECT recommendation_id AS "recommendationId", satisfied, recorded_at AS "recordedAt" FROM recommendation_review WHERE board_id = ANY($1::uuid[]) ORDER BY recorded_at`,
    [ids],
  );
  const reports: ReportRow[] = !answers ? [] : await m.query(
    `SELECT recommendation_id AS "recommendationId", at FROM recommendation_event WHERE board_id = ANY($1::uuid[]) AND kind = 'reported_implemented' ORDER BY at, seq`,
    [ids],
  );

  const responsesOf = groupBy(responses, (row) => row.recommendationId);
  const reviewsOf = groupBy(reviews, (row) => row.recommendationId);
  const reportsOf = groupBy(reports, (row) => row.recommendationId);
  const toFact = (row: RecommendationRow): RecommendationFact => {
    const all = responsesOf.get(row.id) ?? [];
    const rounds = all.filter((round) => round.respondedAt <= asOf);
    const sentBack = (reviewsOf.get(row.id) ?? []).filter((review) => !review.satisfied).map((review) => review.recordedAt);
    const first = all.find(isAnswer);
    return {
      id: row.id,
      sentAt: row.sentAt.toISOString(),
      firstDueOn: firstDueOn(row, all, rounds, sentBack, asOf),
      firstAnsweredAt: first?.respondedAt.toISOString() ?? null,
      // A decision has no date of its own: the one standing at the as-of moment.
      decision: rounds.filter(isAnswer).at(-1)?.decision ?? null,
      implementedAt: implementedAt((reportsOf.get(row.id) ?? []).map((report) => report.at), sentBack, asOf)?.toISOString() ?? null,
    };
  };
  return new Map([...groupBy(recommendations, (row) => row.boardId)].map(([boardId, rows]) => [boardId, rows.map(toFact)]));
}

/**
 * When the agency reported it implemented: its latest report by `asOf`, unless the board has sent
 * the recommendation back since (then it is not implemented as things stand, as the accountability
 * measures count it); otherwise the first report after `asOf`, which evaluators treat as not yet made.
 */
function implementedAt(reports: readonly Date[], sentBack: readonly Date[], asOf: Date): Date | null {
  const lastSentBack = latest(sentBack.filter((at) => at <= asOf));
  const standing = latest(reports.filter((at) => at <= asOf && (!lastSentBack || at > lastSentBack)));
  return standing ?? reports.find((at) => at > asOf) ?? null;
}
