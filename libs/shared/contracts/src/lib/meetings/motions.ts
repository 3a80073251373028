import { z } from 'zod';

/**
 * How a motion is voted on: the organiser enters totals (count), each member's vote is on record
 * (roll_call), or each member casts a ballot in the app that records only that they voted (secret).
 */
export const MOTION_METHODS = ['count', 'roll_call', 'secret'] as const;
export type MotionMethod = (typeof MOTION_METHODS)[number];

export const MOTION_STATUSES = ['open', 'carried', 'failed', 'withdrawn'] as const;
export type MotionStatus = (typeof MOTION_STATUSES)[number];

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface VoteTotals {
  for: number;
  against: number;
  abstain: number;
}

export interface RollCallVote {
  memberId: string;
  displayName: string | null;
  choice: VoteChoice;
}

/** Why someone cannot vote on a motion (the first reason that applies). */
export const VOTE_BLOCKS = ['not_on_board', 'not_active', 'seat_not_voting', 'not_in_term', 'onboarding', 'conflict', 'not_attending'] as const;
export type VoteBlock = (typeof VOTE_BLOCKS)[number];
export type MyVoteReason = VoteBlock | 'closed' | 'counted' | 'voted' | 'no_quorum';

/** The signed-in person's part in a motion. */
export interface MyVoteView {
  /** Whether they may vote now; `reason` says why not. */
  canVote: boolean;
  reason: MyVoteReason | null;
  voted: boolean;
  /** Their own choice on a roll call; never for a secret ballot (it is not stored). */
  choice: VoteChoice | null;
}

export interface MotionView {
  id: string;
  meetingId: string;
  agendaItemId: string;
  agendaItemTitle: string;
  text: string;
  moverMemberId: string;
  moverName: string | null;
  seconderMemberId: string;
  seconderName: string | null;
  method: MotionMethod;
  status: MotionStatus;
  /**
   * The counts so far. For a secret ballot they stay null until the motion closes; only the
   * number of ballots cast is shown while it is open.
   */
  totals: VoteTotals | null;
  /** Votes or ballots recorded so far (for a count, the entered totals added up). */
  votesCast: number;
  /** At close: members who could vote on it, and voting members present. */
  eligible: number | null;
  quorumPresent: number | null;
  openedAt: string;
  closedAt: string | null;
  /** Roll call only: who voted how. */
  rollCall: RollCallVote[];
  me: MyVoteView;
}

export interface MotionMemberOption {
  memberId: string;
  displayName: string;
  /** Recorded present or remote: may move or second a motion. */
  attending: boolean;
  /** The board's voting rule and attending: may vote (unless conflicted on the item). */
  canVote: boolean;
}

export interface DecisionItemView {
  id: string;
  title: string;
  /** Members who declared a conflict of interest on this item (they do not vote on it). */
  conflictMemberIds: string[];
}

/** A meeting's motions, with what the organiser needs to open one. */
export interface MeetingMotionsView {
  meetingId: string;
  canOrganize: boolean;
  motions: MotionView[];
  /** Decision items of the meeting's agenda that can carry a motion. */
  decisionItems: DecisionItemView[];
  /** Organisers only: the members who can move, second, or be recorded on a roll call. */
  members: MotionMemberOption[];
}

const uuid = (what: string) => z.uuid(`must be ${what}`);

export const openMotionSchema = z
  .strictObject({
    agendaItemId: uuid('a decision item of this meeting'),
    text: z.string().trim().min(1, 'is required').max(1000, 'must be at most 1000 characters'),
    moverMemberId: uuid('a member of this board'),
    seconderMemberId: uuid('a member of this board'),
    method: z.enum(MOTION_METHODS, { error: 'must be count, roll_call or secret' }),
  })
  .refine((motion) => motion.moverMemberId !== motion.seconderMemberId, { path: ['seconderMemberId'], message: 'must be someone other than the mover' });
export type OpenMotionInput = z.infer<typeof openMotionSchema>;

/** A vote on a roll call or a secret ballot; an organiser names the member on a roll call. */
export const castVoteSchema = z.strictObject({
  choice: z.enum(VOTE_CHOICES, { error: 'must be for, against or abstain' }),
  memberId: uuid('a member of this board').optional(),
});
export type CastVoteInput = z.infer<typeof castVoteSchema>;

const total = z.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'cannot be negative').max(10_000, 'is too large');
export const recordVoteCountSchema = z.strictObject({ for: total, against: total, abstain: total });
export type RecordVoteCountInput = z.infer<typeof recordVoteCountSchema>;
