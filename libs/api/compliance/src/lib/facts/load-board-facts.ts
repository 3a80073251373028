import type { EntityManager } from 'typeorm';
import type { BoardFacts } from './board-facts';
import { ALL_FACTS, type FactNeeds } from './fact-needs';
import { loadMeetings } from './load-meeting-facts';
import { loadMembers } from './load-member-facts';
import { loadRecommendations } from './load-recommendation-facts';
import { loadReports } from './load-report-facts';

/**
 * The facts of each board, as of a moment, for the rule evaluators. Runs inside the caller's
 * transaction, whose tenant context decides what row-level security shows: a board the
 * organisation cannot see comes back with empty facts. A fixed number of queries (each for all the
 * boards at once), however many boards and years: a funder's whole portfolio loads in one go.
 * Everything is loaded, later rows too; evaluators leave out what happened after `asOf`. `needs`
 * leaves out the parts no rule to be judged reads (see FactNeeds): all of them by default.
 */
export async function loadBoardFacts(m: EntityManager, boardIds: readonly string[], asOf: Date, needs: FactNeeds = ALL_FACTS): Promise<Map<string, BoardFacts>> {
  const ids = [...new Set(boardIds)];
  if (ids.length === 0) return new Map();
  const members = await loadMembers(m, ids, needs);
  const meetings = await loadMeetings(m, ids, members, needs);
  const recommendations = await loadRecommendations(m, ids, asOf, needs.answers);
  const reports = needs.reports ? await loadReports(m, ids) : new Map<string, BoardFacts['reports']>();
  return new Map(
    ids.map((boardId) => [
      boardId,
      {
        boardId,
        asOf: asOf.toISOString(),
        members: members.get(boardId) ?? [],
        meetings: meetings.get(boardId) ?? [],
        recommendations: recommendations.get(boardId) ?? [],
        reports: reports.get(boardId) ?? [],
      },
    ]),
  );
}
