import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppUser } from './app-user.entity';
import { Organization } from './organization.entity';

/** A signed-in browser. The cookie holds a random token; only its hash is stored. */
@Entity('user_session')
@Unique('UQ_user_session_token_hash', ['tokenHash'])
@Index('IDX_user_session_user', ['userId'])
@Index('IDX_user_session_organization', ['organizationId'])
export class UserSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_user_session' })
  id!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The organisation the person is working in now. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @Column({ name: 'idle_timeout_seconds', type: 'integer' })
  idleTimeoutSeconds!: number;

  /** Password checked, authenticator code still to come. */
  @Column({ name: 'second_factor_pending', type: 'boolean', default: false })
  secondFactorPending!: boolean;

  /** A short description of the browser ("Firefox on Android") for the sessions list. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  device!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: AppUser;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_user_session_organization' })
  organization?: Organization;
}
