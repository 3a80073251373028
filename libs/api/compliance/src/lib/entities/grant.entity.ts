import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { GrantStatus } from '@cabinet/shared/contracts';

/** A funder's grant to a service organisation: invited by a link, then accepted (or declined) by that organisation. */
@Entity('grant')
@Check('CHK_grant_status', `"status" IN ('invited', 'accepted', 'declined', 'withdrawn')`)
@Check('CHK_grant_dates', `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check('CHK_grant_link', `("status" = 'invited') = ("token_hash" IS NOT NULL)`)
@Check('CHK_grant_grantee', `"status" <> 'accepted' OR "grantee_organization_id" IS NOT NULL`)
@Unique('UQ_grant_token_hash', ['tokenHash'])
@Index('IDX_grant_organization', ['organizationId', 'createdAt'])
@Index('IDX_grant_grantee', ['granteeOrganizationId'])
@Index('IDX_grant_created_by', ['createdBy'])
@Index('IDX_grant_decided_by', ['decidedBy'])
export class Grant {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_grant' })
  id!: string;

  /** The funder. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'varchar', length: 12, default: 'invited' })
  status!: GrantStatus;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ name: 'boards_note', type: 'varchar', length: 500, default: '' })
  boardsNote!: string;

  @Column({ name: 'invited_email', type: 'varchar', length: 254 })
  invitedEmail!: string;

  /** sha256 of the link's token while the grant waits for an answer. */
  @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true })
  tokenHash!: string | null;

  @Column({ name: 'token_expires_at', type: 'timestamptz', nullable: true })
  tokenExpiresAt!: Date | null;

  @Column({ name: 'grantee_organization_id', type: 'uuid', nullable: true })
  granteeOrganizationId!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_grant_organization' })
  organization?: Organization;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grantee_organization_id', foreignKeyConstraintName: 'FK_grant_grantee' })
  grantee?: Organization;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_grant_created_by' })
  creator?: AppUser;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_grant_decided_by' })
  decider?: AppUser;
}
