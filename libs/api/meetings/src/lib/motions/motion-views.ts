import { In, type EntityManager } from 'typeorm';
import { type BoardAccess, BoardMember } from '@cabinet/api/boards';
import type { DecisionItemView, MeetingMotionsView, MotionView, MyVoteReason, MyVoteView } from '@cabinet/shared/contracts';
import { isOrganizer } from '../access/meeting-access';
import { agendaPublishesAt } from '../agenda/agenda-rules';
import { isAttending, loadMeetingRoom, type MeetingRoom, voterFacts } from '../attendance/meeting-room';
import { AgendaItem } from '../entities/agenda-item.entity';
import { AgendaItemConflict } from '../entities/agenda-item-conflict.entity';
import type { Meeting } from '../entities/meeting.entity';
import { MotionBallot } from '../entities/motion-ballot.entity';
import { MotionVote } from '../entities/motion-vote.entity';
import { Motion } from '../entities/motion.entity';
import { voteBlocker } from '../rules/voting-eligibility';
import { meetingSettings } from '../settings/meeting-settings';

/** Conflicts declared on these agenda items: item id → member ids. */
export async function loadConflicts(m: EntityManager, itemIds: string[]): Promise<Map<string, Set<string>>> {
  const rows = itemIds.length ? await m.find(AgendaItemConflict, { where: { agendaItemId: In(itemIds) } }) : [];
  const byItem = new Map<string, Set<string>>();
  for (const row of rows) byItem.set(row.agendaItemId, (byItem.get(row.agendaItemId) ?? new Set()).add(row.memberId));
  return byItem;
}

/** Members who may vote on a motion of this item now: the board's rule, in the room, without a conflict. */
export function eligibleVoters(room: MeetingRoom, conflicted: ReadonlySet<string>): number {
  return room.members.filter((f) => voteBlocker(voterFacts(room, f.member.id, conflicted)) === null).length;
}

/** A meeting's motions as the viewer may see them, with the decision items and (for organisers) the people to choose from. */
export async function loadMotionsView(m: EntityManager, access: BoardAccess, meeting: Meeting, now = new Date()): Promise<MeetingMotionsView> {
  const organizer = isOrganizer(access);
  const motions = await m.find(Motion, { where: { meetingId: meeting.id }, order: { openedAt: 'ASC' } });
  // Members see the decision items once the agenda is published to them (as the agenda itself shows them).
  const agendaVisible = organizer || agendaPublishesAt(meeting, (await meetingSettings(m, meeting.boardId)).agendaPublishDays) <= now;
  const items = agendaVisible ? await m.find(AgendaItem, { where: { meetingId: meeting.id, kind: 'decision', status: 'accepted' }, order: { position: 'ASC' } }) : [];
  const itemIds = [...new Set([...items.map((i) => i.id), ...motions.map((x) => x.agendaItemId)])];
  const titles = new Map((itemIds.length ? await m.find(AgendaItem, { where: { id: In(itemIds) } }) : []).map((i) => [i.id, i.title]));
  const conflicts = await loadConflicts(m, itemIds);
  const room = await loadMeetingRoom(m, access.board, meeting);
  const motionIds = motions.map((x) => x.id);
  const votes = motionIds.length ? await m.find(MotionVote, { where: { motionId: In(motionIds) } }) : [];
  const ballots = motionIds.length ? await m.find(MotionBallot, { where: { motionId: In(motionIds) } }) : [];
  const peopleIds = [...new Set([...motions.flatMap((x) => [x.moverMemberId, x.seconderMemberId]), ...votes.map((v) => v.memberId)])];
  const people = new Map((peopleIds.length ? await m.find(BoardMember, { where: { id: In(peopleIds) } }) : []).map((p) => [p.id, p]));
  // Members see each other's display names, except those who asked to be listed by role only.
  const nameOf = (id: string): string | null => {
    const person = people.get(id);
    if (!person) return null;
    return person.listedByRoleOnly && !organizer && person.id !== access.me?.id ? null : person.displayName;
  };
  const decisionItems: DecisionItemView[] = items.map((item) => ({ id: item.id, title: item.title, conflictMemberIds: [...(conflicts.get(item.id) ?? [])] }));
  return {
    meetingId: meeting.id,
    canOrganize: organizer,
    decisionItems,
    members: organizer
      ? room.members.map((f) => ({ memberId: f.member.id, displayName: f.member.displayName, attending: isAttending(room.attendance.get(f.member.id)), canVote: f.canVote && isAttending(room.attendance.get(f.member.id)) }))
      : [],
    motions: motions.map((motion) => {
      const motionVotes = votes.filter((v) => v.motionId === motion.id);
      const motionBallots = ballots.filter((b) => b.motionId === motion.id);
      const secretAndUncounted = motion.method === 'secret' && (motion.status === 'open' || motion.status === 'withdrawn');
      const sum = motion.votesFor + motion.votesAgainst + motion.votesAbstain;
      return {
        id: motion.id,
        meetingId: motion.meetingId,
        agendaItemId: motion.agendaItemId,
        agendaItemTitle: titles.get(motion.agendaItemId) ?? '',
        text: motion.text,
        moverMemberId: motion.moverMemberId,
        moverName: nameOf(motion.moverMemberId),
        seconderMemberId: motion.seconderMemberId,
        seconderName: nameOf(motion.seconderMemberId),
        method: motion.method,
        status: motion.status,
        totals: secretAndUncounted ? null : { for: motion.votesFor, against: motion.votesAgainst, abstain: motion.votesAbstain },
        votesCast: motion.method === 'secret' ? motionBallots.length : sum,
        eligible: motion.eligible,
        quorumPresent: motion.quorumPresent,
        openedAt: motion.openedAt.toISOString(),
        closedAt: motion.closedAt?.toISOString() ?? null,
        rollCall: motionVotes.map((v) => ({ memberId: v.memberId, displayName: nameOf(v.memberId), choice: v.choice })),
        me: myVote(access, room, motion, conflicts.get(motion.agendaItemId) ?? new Set(), motionVotes, motionBallots),
      } satisfies MotionView;
    }),
  };
}

function myVote(access: BoardAccess, room: MeetingRoom, motion: Motion, conflicted: ReadonlySet<string>, votes: MotionVote[], ballots: MotionBallot[]): MyVoteView {
  const me = access.me?.id;
  const mine = me ? votes.find((v) => v.memberId === me) : undefined;
  const voted = !!mine || (!!me && ballots.some((b) => b.memberId === me));
  const refuse = (reason: MyVoteReason): MyVoteView => ({ canVote: false, reason, voted, choice: mine?.choice ?? null });
  if (!me) return refuse('not_on_board');
  if (motion.status !== 'open') return refuse('closed');
  if (motion.method === 'count') return refuse('counted');
  if (voted) return refuse('voted');
  const blocker = voteBlocker(voterFacts(room, me, conflicted));
  if (blocker) return refuse(blocker);
  if (!room.quorum.quorate) return refuse('no_quorum');
  return { canVote: true, reason: null, voted: false, choice: null };
}
