import { DomainError } from '@cabinet/api/core';
import { RECOMMENDATION_STATUSES, RESPONSE_DECISIONS, type RecommendationStatus, type ResponseDecision } from '@cabinet/shared/contracts';
import { assertCan, canDo, type RecommendationAction, statusAfterResponse, statusAfterReview } from './recommendation-lifecycle';

type Decision = ResponseDecision | null;

const ACTIONS: readonly RecommendationAction[] = ['edit', 'adopt', 'send', 'respond', 'answer_info', 'plan', 'report', 'review'];
/** The agency's latest answer, or none yet: plans, reports and reviews depend on it. */
const DECISIONS: readonly Decision[] = [null, ...RESPONSE_DECISIONS];
const ANY = DECISIONS;
const ACCEPTING: readonly Decision[] = ['accepted', 'partly_accepted'];

/**
 * The whole table, written out by hand: per status, the actions allowed and after which of the
 * agency's answers. Every other (status, action, answer) is refused. The status each action
 * leads to is the use case's business; those are driven through HTTP in the integration specs.
 */
const ALLOWED: Record<RecommendationStatus, Partial<Record<RecommendationAction, readonly Decision[]>>> = {
  draft: { edit: ANY, adopt: ANY },
  adopted: { send: ANY },
  sent: { respond: ANY },
  info_requested: { answer_info: ANY },
  responded: { plan: ACCEPTING, report: ACCEPTING, review: ['declined'] },
  in_progress: { plan: ACCEPTING, report: ACCEPTING },
  reported: { review: ANY },
  closed: {},
  reopened: { respond: ANY },
};

/** One status's row as the lifecycle answers it: for each action, the answers after which it is allowed. */
const rowOf = (status: RecommendationStatus) =>
  Object.fromEntries(ACTIONS.map((action) => [action, DECISIONS.filter((decision) => canDo(action, status, decision))]).filter(([, decisions]) => decisions!.length));

describe('the recommendation lifecycle', () => {
  it('has a row for every status a recommendation can be in', () => {
    expect(Object.keys(ALLOWED)).toEqual([...RECOMMENDATION_STATUSES]);
  });

  it.each(RECOMMENDATION_STATUSES)('when %s, allows exactly the actions of the table', (status) => {
    expect(rowOf(status)).toEqual(ALLOWED[status]);
  });

  it.each(RECOMMENDATION_STATUSES)('when %s, refuses every other action with 422 on status, saying why', (status) => {
    for (const action of ACTIONS) {
      for (const decision of DECISIONS.filter((one) => !ALLOWED[status][action]?.includes(one))) {
        let refused: unknown = null;
        try {
          assertCan(action, status, decision);
        } catch (error) {
          refused = error;
        }
        expect({ action, decision, refused }).toEqual({ action, decision, refused: expect.any(DomainError) });
        expect((refused as DomainError).status).toBe(422);
        expect((refused as DomainError).fieldErrors).toEqual([{ field: 'status', message: expect.stringMatching(new RegExp(`^is ${status}: .+`)) }]);
      }
    }
  });

  it('lets the allowed ones through without a word', () => {
    for (const status of RECOMMENDATION_STATUSES) {
      for (const [action, decisions] of Object.entries(ALLOWED[status]) as Array<[RecommendationAction, Decision[]]>) {
        for (const decision of decisions) expect(() => assertCan(action, status, decision)).not.toThrow();
      }
    }
  });

  it('pauses for a question and takes any other answer as an answer', () => {
    expect(RESPONSE_DECISIONS.map((decision) => [decision, statusAfterResponse(decision)])).toEqual([
      ['accepted', 'responded'],
      ['partly_accepted', 'responded'],
      ['declined', 'responded'],
      ['info_needed', 'info_requested'],
    ]);
  });

  it('closes when the board is satisfied and reopens when it is not', () => {
    expect(statusAfterReview(true)).toBe('closed');
    expect(statusAfterReview(false)).toBe('reopened');
  });

  it('refuses in plain words on the status field', () => {
    expect(() => assertCan('send', 'draft', null)).toThrow(expect.objectContaining({ fieldErrors: [{ field: 'status', message: 'is draft: only an adopted recommendation can be sent' }] }));
    expect(() => assertCan('review', 'in_progress', 'accepted')).toThrow(expect.objectContaining({ fieldErrors: [{ field: 'status', message: 'is in_progress: the board reviews a recommendation reported implemented, or declined' }] }));
  });
});
