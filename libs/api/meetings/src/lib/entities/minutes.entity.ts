import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import type { MinutesApprover, MinutesStatus } from '@cabinet/shared/contracts';
import { Meeting } from './meeting.entity';

/** A meeting's minutes in Markdown, as they stand now; every save and state change also keeps a version. */
@Entity('minutes')
@Unique('UQ_minutes_meeting', ['meetingId'])
@Check('CHK_minutes_status', `"status" IN ('draft', 'circulated', 'approved', 'published')`)
@Check('CHK_minutes_approved_by', `"approved_by" IN ('chair', 'motion')`)
@Check('CHK_minutes_body_length', `char_length("body") <= 50000`)
@Index('IDX_minutes_organization', ['organizationId', 'boardId', 'status'])
export class Minutes {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_minutes' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: MinutesStatus;

  @Column({ type: 'text', default: '' })
  body!: string;

  /** The plain-language summary, required to publish. */
  @Column({ type: 'varchar', length: 1500, nullable: true })
  summary!: string | null;

  /** Slugs of the `## ` sections left out of the public version. */
  @Column({ name: 'private_sections', type: 'text', array: true, default: () => "'{}'" })
  privateSections!: string[];

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'comment_until', type: 'timestamptz', nullable: true })
  commentUntil!: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'approved_by', type: 'varchar', length: 6, nullable: true })
  approvedBy!: MinutesApprover | null;

  /** The motion that approved them; no foreign key until motions have their table. */
  @Column({ name: 'approved_motion_id', type: 'uuid', nullable: true })
  approvedMotionId!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'sent_to_governing_body_at', type: 'date', nullable: true })
  sentToGoverningBodyAt!: string | null;

  @Column({ name: 'sent_to_governing_body_note', type: 'varchar', length: 500, nullable: true })
  sentToGoverningBodyNote!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_minutes_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_minutes_board' })
  board?: Board;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_minutes_meeting' })
  meeting?: Meeting;
}
