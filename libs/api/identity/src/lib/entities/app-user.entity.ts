import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Locale } from '@cabinet/shared/contracts';

/**
 * A person. The display name (or pseudonym) is what others see; the legal name and contact
 * details are for managers who need them. A peer may have a username instead of an email.
 */
@Entity('app_user')
@Unique('UQ_app_user_email', ['email'])
@Unique('UQ_app_user_username', ['username'])
export class AppUser {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_app_user' })
  id!: string;

  /** Stored lower-case. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  username!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName!: string;

  @Column({ name: 'legal_name', type: 'varchar', length: 160, nullable: true })
  legalName!: string | null;

  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale!: Locale;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  @Column({ name: 'setup_code_hash', type: 'varchar', length: 64, nullable: true })
  setupCodeHash!: string | null;

  @Column({ name: 'setup_code_expires_at', type: 'timestamptz', nullable: true })
  setupCodeExpiresAt!: Date | null;

  @Column({ name: 'totp_secret', type: 'varchar', length: 64, nullable: true })
  totpSecret!: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
