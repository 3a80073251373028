import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationKind } from '@cabinet/shared/contracts';

/** A tenant: an agency, a funder or a community group. */
@Entity('organization')
@Check('CHK_organization_kind', `"kind" IN ('service', 'funder', 'community')`)
export class Organization {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_organization' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganizationKind;

  @Column({ name: 'require_two_factor', type: 'boolean', default: false })
  requireTwoFactor!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
