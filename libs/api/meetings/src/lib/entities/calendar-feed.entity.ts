import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';

/** A private calendar address (one board's meetings, or all of a person's): only its hash is kept. */
@Entity('calendar_feed')
@Unique('UQ_calendar_feed_token_hash', ['tokenHash'])
@Check('CHK_calendar_feed_scope', `("scope" = 'board') = ("board_id" IS NOT NULL) AND "scope" IN ('board', 'member')`)
@Index('IDX_calendar_feed_organization', ['organizationId', 'userId'])
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_calendar_feed' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'board_id', type: 'uuid', nullable: true })
  boardId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  scope!: 'board' | 'member';

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_calendar_feed_organization' })
  organization?: Organization;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_calendar_feed_user' })
  user?: AppUser;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_calendar_feed_board' })
  board?: Board;
}
