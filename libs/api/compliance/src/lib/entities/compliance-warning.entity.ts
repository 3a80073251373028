import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { CompliancePackVersion } from './compliance-pack-version.entity';

/**
 * A forecast warning sent to a board's managers: a rule of a pack version the board meets today
 * but, as things stand, will not after `fallsOn`. Inserted in the transaction that queues the
 * emails: the primary key makes each go out once, and a new day is a new warning.
 */
@Entity('compliance_warning')
@Index('IDX_compliance_warning_organization', ['organizationId', 'boardId'])
@Index('IDX_compliance_warning_pack_version', ['packVersionId'])
export class ComplianceWarning {
  @PrimaryColumn({ name: 'board_id', type: 'uuid', primaryKeyConstraintName: 'PK_compliance_warning' })
  boardId!: string;

  @PrimaryColumn({ name: 'pack_version_id', type: 'uuid', primaryKeyConstraintName: 'PK_compliance_warning' })
  packVersionId!: string;

  @PrimaryColumn({ name: 'rule_key', type: 'varchar', length: 60, primaryKeyConstraintName: 'PK_compliance_warning' })
  ruleKey!: string;

  @PrimaryColumn({ name: 'falls_on', type: 'date', primaryKeyConstraintName: 'PK_compliance_warning' })
  fallsOn!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_compliance_warning_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_compliance_warning_board' })
  board?: Board;

  @ManyToOne(() => CompliancePackVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pack_version_id', foreignKeyConstraintName: 'FK_compliance_warning_pack_version' })
  packVersion?: CompliancePackVersion;
}
