import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { MemberStatus } from '@cabinet/shared/contracts';
import { Board } from './board.entity';
import { BoardMember } from './board-member.entity';

/** A step in a membership's history: who moved it from which status to which, and why. */
@Entity('board_member_event')
@Index('IDX_board_member_event_organization', ['organizationId', 'memberId', 'at'])
export class BoardMemberEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_board_member_event' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'from_status', type: 'varchar', length: 12, nullable: true })
  fromStatus!: MemberStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 12 })
  toStatus!: MemberStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_member_event_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_member_event_board' })
  board?: Board;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_board_member_event_member' })
  member?: BoardMember;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'FK_board_member_event_actor' })
  actor?: AppUser;
}
