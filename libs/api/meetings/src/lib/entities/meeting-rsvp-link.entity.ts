import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { Meeting } from './meeting.entity';

/** An answer link from a meeting email: one member, one meeting; only the hash of its secret is kept. */
@Entity('meeting_rsvp_link')
@Index('IDX_meeting_rsvp_link_organization', ['organizationId', 'boardId'])
export class MeetingRsvpLink {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64, primaryKeyConstraintName: 'PK_meeting_rsvp_link' })
  tokenHash!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_meeting_rsvp_link_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_meeting_rsvp_link_member' })
  member?: BoardMember;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_meeting_rsvp_link_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_meeting_rsvp_link_board' })
  board?: Board;
}
