import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@cabinet/shared/contracts';
import { assertCan, canDo, type RecommendationAction, statusAfterResponse, statusAfterReview } from './recommendation-lifecycle';

const allowedFrom = (action: RecommendationAction, decision: Parameters<typeof canDo>[2] = null): RecommendationStatus[] =>
  RECOMMENDATION_STATUSES.filter((status) => canDo(action, status, decision));

describe('the recommendation lifecycle', () => {
  it('lets organisers edit and adopt drafts only, and send only what the board adopted', () => {
    expect(allowedFrom('edit')).toEqual(['draft']);
    expect(allowedFrom('adopt')).toEqual(['draft']);
    expect(allowedFrom('send')).toEqual(['adopted']);
  });

  it('lets the agency answer a sent or reopened recommendation, and nothing closed', () => {
    expect(allowedFrom('respond')).toEqual(['sent', 'reopened']);
    expect(() => assertCan('respond', 'closed', 'accepted')).toThrow('is closed');
  });

  it('plans and reports implementation only after an answer that accepts all or part of it', () => {
    expect(allowedFrom('plan', 'partly_accepted')).toEqual(['responded', 'in_progress']);
    expect(allowedFrom('plan', 'accepted')).toEqual(['responded', 'in_progress']);
    expect(allowedFrom('plan', 'declined')).toEqual([]);
    expect(allowedFrom('report', 'declined')).toEqual([]);
  });

  it('reviews what was reported implemented, or a plain decline, never an accepted answer still to be carried out', () => {
    expect(allowedFrom('review', 'accepted')).toEqual(['reported']);
    expect(allowedFrom('review', 'declined')).toEqual(['responded', 'reported']);
  });

  it('answers the agency’s question only while the clock is paused for it', () => {
    expect(allowedFrom('answer_info')).toEqual(['info_requested']);
  });

  it('pauses for a question, closes when satisfied and reopens when not', () => {
    expect(statusAfterResponse('info_needed')).toBe('info_requested');
    expect(statusAfterResponse('partly_accepted')).toBe('responded');
    expect(statusAfterResponse('declined')).toBe('responded');
    expect(statusAfterReview(true)).toBe('closed');
    expect(statusAfterReview(false)).toBe('reopened');
  });

  it('refuses on the status field with a reason', () => {
    try {
      assertCan('send', 'draft', null);
      throw new Error('not refused');
    } catch (error) {
      expect((error as { fieldErrors: unknown }).fieldErrors).toEqual([{ field: 'status', message: 'is draft: only an adopted recommendation can be sent' }]);
    }
  });
});
