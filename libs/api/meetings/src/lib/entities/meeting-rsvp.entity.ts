import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import type { AccessNeed, RsvpResponse } from '@cabinet/shared/contracts';
import { Meeting } from './meeting.entity';

/** A member's answer to a meeting invitation, with what they need to take part (for organisers only). */
@Entity('meeting_rsvp')
@Check('CHK_meeting_rsvp_response', `"response" IN ('yes', 'no', 'maybe')`)
@Index('IDX_meeting_rsvp_organization', ['organizationId', 'boardId'])
export class MeetingRsvp {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'PK_meeting_rsvp' })
  meetingId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'PK_meeting_rsvp' })
  memberId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 5 })
  response!: RsvpResponse;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  needs!: AccessNeed[];

  @Column({ name: 'needs_note', type: 'varchar', length: 500, nullable: true })
  needsNote!: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', default: () => 'now()' })
  respondedAt!: Date;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_meeting_rsvp_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_meeting_rsvp_member' })
  member?: BoardMember;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_meeting_rsvp_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_meeting_rsvp_board' })
  board?: Board;
}
