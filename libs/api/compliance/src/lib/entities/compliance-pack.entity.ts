import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';

/** A compliance pack: Cabinet's (no organisation, a stable key) or an organisation's own. Its rules live in versions. */
@Entity('compliance_pack')
@Check('CHK_compliance_pack_key', `("organization_id" IS NULL) = ("key" IS NOT NULL)`)
@Index('UQ_compliance_pack_key', { synchronize: false })
@Index('IDX_compliance_pack_organization', ['organizationId', 'createdAt'])
@Index('IDX_compliance_pack_created_by', ['createdBy'])
export class CompliancePack {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_compliance_pack' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  key!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 2000 })
  description!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  jurisdiction!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_compliance_pack_organization' })
  organization?: Organization;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_compliance_pack_created_by' })
  creator?: AppUser;
}
