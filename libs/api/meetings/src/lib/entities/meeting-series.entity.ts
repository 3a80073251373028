import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';

/** A recurring meeting: its RFC 5545 rule from a wall-clock start in the board's time zone. Its meetings are stored one by one. */
@Entity('meeting_series')
@Index('IDX_meeting_series_organization', ['organizationId', 'boardId'])
export class MeetingSeries {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_series' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 300 })
  rrule!: string;

  @Column({ name: 'starts_local', type: 'timestamp' })
  startsLocal!: Date;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_meeting_series_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_meeting_series_board' })
  board?: Board;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_meeting_series_created_by' })
  creator?: AppUser;
}
