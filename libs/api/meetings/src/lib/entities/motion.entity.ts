import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import type { MotionMethod, MotionStatus } from '@cabinet/shared/contracts';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';

/**
 * A motion on a decision item. The counters hold the votes so far (for a secret ballot, the
 * only place a choice is kept); `eligible` and `quorumPresent` are fixed when it closes.
 */
@Entity('motion')
@Check('CHK_motion_method', `"method" IN ('count', 'roll_call', 'secret')`)
@Check('CHK_motion_status', `"status" IN ('open', 'carried', 'failed', 'withdrawn')`)
@Check('CHK_motion_people', `"mover_member_id" <> "seconder_member_id"`)
@Check('CHK_motion_votes', `"votes_for" >= 0 AND "votes_against" >= 0 AND "votes_abstain" >= 0`)
@Check('CHK_motion_closed', `("status" = 'open') = ("closed_at" IS NULL)`)
@Index('IDX_motion_organization', ['organizationId', 'meetingId', 'openedAt'])
export class Motion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_motion' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @Column({ type: 'varchar', length: 1000 })
  text!: string;

  @Column({ name: 'mover_member_id', type: 'uuid' })
  moverMemberId!: string;

  @Column({ name: 'seconder_member_id', type: 'uuid' })
  seconderMemberId!: string;

  @Column({ type: 'varchar', length: 10 })
  method!: MotionMethod;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: MotionStatus;

  @Column({ name: 'votes_for', type: 'integer', default: 0 })
  votesFor!: number;

  @Column({ name: 'votes_against', type: 'integer', default: 0 })
  votesAgainst!: number;

  @Column({ name: 'votes_abstain', type: 'integer', default: 0 })
  votesAbstain!: number;

  @Column({ type: 'integer', nullable: true })
  eligible!: number | null;

  @Column({ name: 'quorum_present', type: 'integer', nullable: true })
  quorumPresent!: number | null;

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_motion_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'FK_motion_agenda_item' })
  agendaItem?: AgendaItem;

  @ManyToOne(() => BoardMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mover_member_id', foreignKeyConstraintName: 'FK_motion_mover' })
  mover?: BoardMember;

  @ManyToOne(() => BoardMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seconder_member_id', foreignKeyConstraintName: 'FK_motion_seconder' })
  seconder?: BoardMember;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_motion_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_motion_board' })
  board?: Board;
}
