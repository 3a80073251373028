import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { Motion } from './motion.entity';

/**
 * That a member cast a secret ballot, so they cannot cast another. Deliberately without the
 * choice and without a time: nothing here can be matched to the motion's counters.
 */
@Entity('motion_ballot')
@Index('IDX_motion_ballot_organization', ['organizationId', 'motionId'])
export class MotionBallot {
  @PrimaryColumn({ name: 'motion_id', type: 'uuid', primaryKeyConstraintName: 'PK_motion_ballot' })
  motionId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'PK_motion_ballot' })
  memberId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => Motion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'motion_id', foreignKeyConstraintName: 'FK_motion_ballot_motion' })
  motion?: Motion;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_motion_ballot_member' })
  member?: BoardMember;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_motion_ballot_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_motion_ballot_board' })
  board?: Board;
}
