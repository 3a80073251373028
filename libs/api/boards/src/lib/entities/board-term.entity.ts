import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import type { EndReason } from '@cabinet/shared/contracts';
import { Board } from './board.entity';
import { BoardMember } from './board-member.entity';

/** One term of office of an active member. Terms of one member never overlap. */
@Entity('board_term')
@Check('CHK_board_term_dates', `"ends_on" >= "starts_on" AND ("ended_on" IS NULL OR "ended_on" >= "starts_on")`)
@Check('CHK_board_term_end_reason', `"end_reason" IS NULL OR "end_reason" IN ('term_expired', 'resigned', 'removed', 'declined')`)
@Index('IDX_board_term_organization', ['organizationId', 'boardId', 'endsOn'])
@Index('IDX_board_term_member', ['memberId', 'startsOn'])
@Index('IDX_board_term_open', { synchronize: false })
export class BoardTerm {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_board_term' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 20, nullable: true })
  endReason!: EndReason | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_term_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_term_board' })
  board?: Board;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_board_term_member' })
  member?: BoardMember;
}
