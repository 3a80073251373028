import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { MinutesStatus } from '@cabinet/shared/contracts';
import { Minutes } from './minutes.entity';

/** The minutes as they were after one save or state change; never changed afterwards. */
@Entity('minutes_version')
@Check('CHK_minutes_version_status', `"status" IN ('draft', 'circulated', 'approved', 'published')`)
@Index('IDX_minutes_version_organization', ['organizationId', 'boardId'])
export class MinutesVersion {
  @PrimaryColumn({ name: 'minutes_id', type: 'uuid', primaryKeyConstraintName: 'PK_minutes_version' })
  minutesId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_minutes_version' })
  version!: number;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 1500, nullable: true })
  summary!: string | null;

  @Column({ name: 'private_sections', type: 'text', array: true, default: () => "'{}'" })
  privateSections!: string[];

  /** The minutes' status once this version was saved. */
  @Column({ type: 'varchar', length: 10 })
  status!: MinutesStatus;

  @Column({ name: 'saved_by', type: 'uuid', nullable: true })
  savedBy!: string | null;

  @Column({ name: 'saved_at', type: 'timestamptz', default: () => 'now()' })
  savedAt!: Date;

  @ManyToOne(() => Minutes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'minutes_id', foreignKeyConstraintName: 'FK_minutes_version_minutes' })
  minutes?: Minutes;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_minutes_version_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_minutes_version_board' })
  board?: Board;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'saved_by', foreignKeyConstraintName: 'FK_minutes_version_saved_by' })
  savedByUser?: AppUser;
}
