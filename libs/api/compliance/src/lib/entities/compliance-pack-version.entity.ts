import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { PackRule } from '@cabinet/shared/contracts';
import { CompliancePack } from './compliance-pack.entity';

/** One version of a pack's rules. Never changed once written: editing a pack adds a version. */
@Entity('compliance_pack_version')
@Unique('UQ_compliance_pack_version', ['packId', 'version'])
@Check('CHK_compliance_pack_version_number', `"version" >= 1`)
@Check('CHK_compliance_pack_version_year', `"year_start_month" BETWEEN 1 AND 12`)
@Index('IDX_compliance_pack_version_organization', ['organizationId', 'packId'])
@Index('IDX_compliance_pack_version_created_by', ['createdBy'])
export class CompliancePackVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_compliance_pack_version' })
  id!: string;

  /** The pack's organisation, copied so row-level security reads it without a join. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'pack_id', type: 'uuid' })
  packId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  rules!: PackRule[];

  @Column({ name: 'year_start_month', type: 'integer' })
  yearStartMonth!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_compliance_pack_version_organization' })
  organization?: Organization;

  @ManyToOne(() => CompliancePack, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pack_id', foreignKeyConstraintName: 'FK_compliance_pack_version_pack' })
  pack?: CompliancePack;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_compliance_pack_version_created_by' })
  creator?: AppUser;
}
