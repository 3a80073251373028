import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { AgendaItem } from './agenda-item.entity';

/** A member's conflict of interest on one decision item: they cannot vote on its motions. */
@Entity('agenda_item_conflict')
@Index('IDX_agenda_item_conflict_organization', ['organizationId', 'boardId', 'agendaItemId'])
export class AgendaItemConflict {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid', primaryKeyConstraintName: 'PK_agenda_item_conflict' })
  agendaItemId!: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'PK_agenda_item_conflict' })
  memberId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'declared_at', type: 'timestamptz', default: () => 'now()' })
  declaredAt!: Date;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'FK_agenda_item_conflict_agenda_item' })
  agendaItem?: AgendaItem;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_agenda_item_conflict_member' })
  member?: BoardMember;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_agenda_item_conflict_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_agenda_item_conflict_board' })
  board?: Board;
}
