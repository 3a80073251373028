import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import type { MeetingFormat, MeetingStatus } from '@cabinet/shared/contracts';
import { MeetingSeries } from './meeting-series.entity';

/** One board meeting, one-off or from a series; moving it raises its sequence so calendars update. */
@Entity('meeting')
@Check('CHK_meeting_times', `"ends_at" > "starts_at"`)
@Check('CHK_meeting_format', `"format" IN ('in_person', 'online', 'hybrid')`)
@Check('CHK_meeting_status', `"status" IN ('scheduled', 'held', 'cancelled')`)
@Index('IDX_meeting_organization', ['organizationId', 'boardId', 'startsAt'])
@Index('IDX_meeting_series', ['seriesId', 'startsAt'])
export class Meeting {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId!: string | null;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'varchar', length: 10 })
  format!: MeetingFormat;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location!: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ type: 'varchar', length: 10, default: 'scheduled' })
  status!: MeetingStatus;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  /** Set when an organiser publishes the agenda before the board's usual notice. */
  @Column({ name: 'agenda_published_at', type: 'timestamptz', nullable: true })
  agendaPublishedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_meeting_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_meeting_board' })
  board?: Board;

  @ManyToOne(() => MeetingSeries, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'FK_meeting_series' })
  series?: MeetingSeries;
}
