import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { Meeting } from './meeting.entity';

/**
 * A meeting reminder that went out, for the meeting as it was (its sequence): the primary key
 * makes each reminder happen once, whatever the number of jobs, retries or workers.
 */
@Entity('meeting_reminder')
@Index('IDX_meeting_reminder_organization', ['organizationId', 'boardId'])
export class MeetingReminder {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'PK_meeting_reminder' })
  meetingId!: string;

  @PrimaryColumn({ name: 'days_before', type: 'integer', primaryKeyConstraintName: 'PK_meeting_reminder' })
  daysBefore!: number;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_meeting_reminder' })
  sequence!: number;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_meeting_reminder_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_meeting_reminder_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_meeting_reminder_board' })
  board?: Board;
}
