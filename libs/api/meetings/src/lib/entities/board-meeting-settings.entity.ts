import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';

/** A board's meeting settings; a board without a row uses DEFAULT_MEETING_SETTINGS. Reminder days largest first. */
@Entity('board_meeting_settings')
@Check(
  'CHK_board_meeting_settings_reminder_days',
  `cardinality("reminder_days") <= 4 AND array_position("reminder_days", NULL) IS NULL AND 0 <= ALL("reminder_days") AND 60 >= ALL("reminder_days")` +
    ` AND coalesce("reminder_days"[1] > "reminder_days"[2], true) AND coalesce("reminder_days"[2] > "reminder_days"[3], true) AND coalesce("reminder_days"[3] > "reminder_days"[4], true)`,
)
@Check('CHK_board_meeting_settings_agenda_publish_days', `"agenda_publish_days" BETWEEN 0 AND 30`)
@Check('CHK_board_meeting_settings_comment_days', `"comment_days" BETWEEN 1 AND 60`)
@Index('IDX_board_meeting_settings_organization', ['organizationId', 'boardId'])
export class BoardMeetingSettings {
  @PrimaryColumn({ name: 'board_id', type: 'uuid', primaryKeyConstraintName: 'PK_board_meeting_settings' })
  boardId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'reminder_days', type: 'integer', array: true, default: () => "'{7,1}'" })
  reminderDays!: number[];

  @Column({ name: 'agenda_publish_days', type: 'integer', default: 7 })
  agendaPublishDays!: number;

  @Column({ name: 'comment_days', type: 'integer', default: 7 })
  commentDays!: number;

  @Column({ name: 'chair_approves_minutes', type: 'boolean', default: false })
  chairApprovesMinutes!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_meeting_settings_board' })
  board?: Board;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_meeting_settings_organization' })
  organization?: Organization;
}
