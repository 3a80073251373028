import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import type { VoteChoice } from '@cabinet/shared/contracts';
import { Motion } from './motion.entity';

/** A member's vote on a roll call, on record by name. Secret ballots never come here. */
@Entity('motion_vote')
@Check('CHK_motion_vote_choice', `"choice" IN ('for', 'against', 'abstain')`)
@Index('IDX_motion_vote_organization', ['organizationId', 'motionId'])
export class MotionVote {
  @PrimaryColumn({ name: 'motion_id', type: 'uuid', primaryKeyConstraintName: 'PK_motion_vote' })
  motionId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'PK_motion_vote' })
  memberId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 7 })
  choice!: VoteChoice;

  @ManyToOne(() => Motion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'motion_id', foreignKeyConstraintName: 'FK_motion_vote_motion' })
  motion?: Motion;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_motion_vote_member' })
  member?: BoardMember;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_motion_vote_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_motion_vote_board' })
  board?: Board;
}
