import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import type { AgendaItemKind, AgendaItemStatus } from '@cabinet/shared/contracts';
import { Meeting } from './meeting.entity';

/**
 * One item on a meeting's agenda, added by an organiser or proposed by a member. Only accepted
 * items take a place in the running order; a declined one keeps the reason its proposer sees.
 */
@Entity('agenda_item')
@Check('CHK_agenda_item_kind', `"kind" IN ('information', 'discussion', 'decision')`)
@Check('CHK_agenda_item_status', `"status" IN ('proposed', 'accepted', 'declined')`)
@Check('CHK_agenda_item_duration', `"duration_minutes" BETWEEN 1 AND 240`)
@Index('IDX_agenda_item_organization', ['organizationId', 'meetingId', 'position'])
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agenda_item' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: AgendaItemKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  details!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  presenter!: string | null;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: AgendaItemStatus;

  @Column({ name: 'decline_reason', type: 'varchar', length: 500, nullable: true })
  declineReason!: string | null;

  @Column({ name: 'proposed_by_member_id', type: 'uuid', nullable: true })
  proposedByMemberId!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_agenda_item_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_agenda_item_board' })
  board?: Board;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_agenda_item_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => BoardMember, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'proposed_by_member_id', foreignKeyConstraintName: 'FK_agenda_item_proposed_by' })
  proposedBy?: BoardMember;
}
