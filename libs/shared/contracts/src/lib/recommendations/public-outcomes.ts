import { z } from 'zod';
import type { RecommendationStatus, ResponseDecision } from './recommendations';

/** Organisers put a sent recommendation on the board's public page, or take it off. */
export const publicationSchema = z.strictObject({ published: z.boolean({ error: 'must be true or false' }) });
export type PublicationInput = z.infer<typeof publicationSchema>;

/** The agency's decision on a public page: a question back to the board is not an answer. */
export type PublicDecision = Exclude<ResponseDecision, 'info_needed'>;

/**
 * A recommendation as the public and an anonymous submitter see it: the board's words, the
 * agency's latest answer and the plan's steps. No people: no names, no liaisons, no owners of
 * steps, no input text, no progress notes.
 */
export interface PublicRecommendationView {
  id: string;
  title: string;
  body: string;
  /** Never draft or adopted: only sent recommendations are shown. */
  status: RecommendationStatus;
  /** Where it stands, in plain English (the web app shows its own translation of `status`). */
  statusText: string;
  sentAt: string;
  /** The agency's latest decision and its reasons; null while it has not answered yet. */
  answer: { decision: PublicDecision; text: string | null; answeredAt: string } | null;
  milestones: Array<{ title: string; dueOn: string; done: boolean }>;
}

/** A board's "you said, we did" page: its published recommendations, most recently sent first. */
export interface PublicRecommendationsView {
  boardName: string;
  recommendations: PublicRecommendationView[];
}

/** What became of a claimed input: the recommendation the board made from it, once sent. */
export interface ClaimOutcomeView {
  recommendation: PublicRecommendationView | null;
}
