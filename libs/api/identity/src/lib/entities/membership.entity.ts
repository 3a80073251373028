import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { OrganizationRole } from '@cabinet/shared/contracts';
import { AppUser } from './app-user.entity';
import { Organization } from './organization.entity';

/** A person's role in an organisation. A person can belong to several organisations. */
@Entity('membership')
@Check('CHK_membership_role', `"role" IN ('admin', 'service_manager', 'staff', 'member', 'agency_liaison', 'funder_auditor')`)
@Index('IDX_membership_user', ['userId'])
export class Membership {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_membership' })
  organizationId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_membership' })
  userId!: string;

  @Column({ type: 'varchar', length: 30 })
  role!: OrganizationRole;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_membership_organization' })
  organization?: Organization;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_membership_user' })
  user?: AppUser;
}
