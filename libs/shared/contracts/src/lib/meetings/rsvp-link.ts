import { z } from 'zod';
import { RSVP_RESPONSES, type RsvpResponse } from './meetings';

/** Answering an invitation from the email link, without signing in. */
export const rsvpByLinkSchema = z.strictObject({
  response: z.enum(RSVP_RESPONSES, { error: 'must be yes, no or maybe' }),
});
export type RsvpByLinkInput = z.infer<typeof rsvpByLinkSchema>;

/**
 * What the email link's page shows: enough to recognise the meeting, nothing more (the link may
 * be forwarded). `open` is false for a cancelled, held or past meeting, with `status` saying which.
 */
export interface RsvpLinkView {
  boardName: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: 'scheduled' | 'held' | 'cancelled' | 'past';
  open: boolean;
  /** The answer already given, if any. */
  response: RsvpResponse | null;
}
