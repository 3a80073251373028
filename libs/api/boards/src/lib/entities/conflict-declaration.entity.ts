import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';
import { Board } from './board.entity';
import { BoardMember } from './board-member.entity';

/** A conflict-of-interest declaration, kept as written with its date. */
@Entity('conflict_declaration')
@Index('IDX_conflict_declaration_organization', ['organizationId', 'memberId', 'declaredAt'])
export class ConflictDeclaration {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_conflict_declaration' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'declared_at', type: 'timestamptz', default: () => 'now()' })
  declaredAt!: Date;

  @Column({ type: 'varchar', length: 4000 })
  text!: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_conflict_declaration_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_conflict_declaration_board' })
  board?: Board;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_conflict_declaration_member' })
  member?: BoardMember;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'FK_conflict_declaration_recorded_by' })
  recorder?: AppUser;
}
