import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import { CompliancePack } from './compliance-pack.entity';

/** A pack a board is held to: evaluated by the pack's latest version, and kept until the board's organisers remove it. */
@Entity('board_compliance_pack')
@Index('IDX_board_compliance_pack_organization', ['organizationId', 'boardId'])
@Index('IDX_board_compliance_pack_pack', ['packId'])
@Index('IDX_board_compliance_pack_added_by', ['addedBy'])
export class BoardCompliancePack {
  @PrimaryColumn({ name: 'board_id', type: 'uuid', primaryKeyConstraintName: 'PK_board_compliance_pack' })
  boardId!: string;

  @PrimaryColumn({ name: 'pack_id', type: 'uuid', primaryKeyConstraintName: 'PK_board_compliance_pack' })
  packId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'added_by', type: 'uuid', nullable: true })
  addedBy!: string | null;

  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'now()' })
  addedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_compliance_pack_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_compliance_pack_board' })
  board?: Board;

  @ManyToOne(() => CompliancePack, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pack_id', foreignKeyConstraintName: 'FK_board_compliance_pack_pack' })
  pack?: CompliancePack;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by', foreignKeyConstraintName: 'FK_board_compliance_pack_added_by' })
  adder?: AppUser;
}
