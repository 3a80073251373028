import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import { Board } from './board.entity';
import { BoardTerm } from './board-term.entity';

/** A term-ending notice that went out: its primary key makes each notice happen once. */
@Entity('board_term_notice')
@Index('IDX_board_term_notice_organization', ['organizationId', 'boardId'])
export class BoardTermNotice {
  @PrimaryColumn({ name: 'term_id', type: 'uuid', primaryKeyConstraintName: 'PK_board_term_notice' })
  termId!: string;

  @PrimaryColumn({ name: 'days_before', type: 'integer', primaryKeyConstraintName: 'PK_board_term_notice' })
  daysBefore!: number;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_term_notice_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_term_notice_board' })
  board?: Board;

  @ManyToOne(() => BoardTerm, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'term_id', foreignKeyConstraintName: 'FK_board_term_notice_term' })
  term?: BoardTerm;
}
