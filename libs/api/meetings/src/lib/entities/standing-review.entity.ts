import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { Meeting } from './meeting.entity';

/** A standing review raised for a member by the attendance of one held meeting; raised once. */
@Entity('standing_review')
@Unique('UQ_standing_review_member_meeting', ['memberId', 'meetingId'])
@Check('CHK_standing_review_absences', `"absences" > 0`)
@Index('IDX_standing_review_organization', ['organizationId', 'boardId', 'memberId'])
export class StandingReviewRaised {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_standing_review' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** Unexcused absences in the board's window when it was raised. */
  @Column({ type: 'integer' })
  absences!: number;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_standing_review_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_standing_review_board' })
  board?: Board;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_standing_review_member' })
  member?: BoardMember;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_standing_review_meeting' })
  meeting?: Meeting;
}
