import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppUser } from './app-user.entity';

export type UserTokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

/** A single-use, expiring secret sent by email (verification, password reset, change of email). */
@Entity('user_token')
@Unique('UQ_user_token_token_hash', ['tokenHash'])
@Check('CHK_user_token_purpose', `"purpose" IN ('verify_email', 'reset_password', 'change_email')`)
@Index('IDX_user_token_user', ['userId'])
export class UserToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_user_token' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 20 })
  purpose!: UserTokenPurpose;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'new_email', type: 'varchar', length: 254, nullable: true })
  newEmail!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_token_user' })
  user?: AppUser;
}
