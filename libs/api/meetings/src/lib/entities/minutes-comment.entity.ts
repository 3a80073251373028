import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { Minutes } from './minutes.entity';

/** A member's comment on one section of circulated minutes. */
@Entity('minutes_comment')
@Index('IDX_minutes_comment_organization', ['organizationId', 'minutesId', 'createdAt'])
export class MinutesComment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_minutes_comment' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'minutes_id', type: 'uuid' })
  minutesId!: string;

  /** The section's slug, or `_general` for the minutes as a whole. */
  @Column({ type: 'varchar', length: 120 })
  section!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'varchar', length: 2000 })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_minutes_comment_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_minutes_comment_board' })
  board?: Board;

  @ManyToOne(() => Minutes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'minutes_id', foreignKeyConstraintName: 'FK_minutes_comment_minutes' })
  minutes?: Minutes;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_minutes_comment_member' })
  member?: BoardMember;
}
