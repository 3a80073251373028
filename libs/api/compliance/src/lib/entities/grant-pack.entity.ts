import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import { CompliancePack } from './compliance-pack.entity';
import { Grant } from './grant.entity';

/** A pack a grant holds its boards to. */
@Entity('grant_pack')
@Index('IDX_grant_pack_organization', ['organizationId', 'grantId'])
@Index('IDX_grant_pack_pack', ['packId'])
export class GrantPack {
  @PrimaryColumn({ name: 'grant_id', type: 'uuid', primaryKeyConstraintName: 'PK_grant_pack' })
  grantId!: string;

  @PrimaryColumn({ name: 'pack_id', type: 'uuid', primaryKeyConstraintName: 'PK_grant_pack' })
  packId!: string;

  /** The funder. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_grant_pack_organization' })
  organization?: Organization;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id', foreignKeyConstraintName: 'FK_grant_pack_grant' })
  grant?: Grant;

  @ManyToOne(() => CompliancePack, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pack_id', foreignKeyConstraintName: 'FK_grant_pack_pack' })
  pack?: CompliancePack;
}
