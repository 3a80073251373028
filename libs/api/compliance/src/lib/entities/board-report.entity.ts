import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { BoardReportKind } from '@cabinet/shared/contracts';
import { ComplianceExport } from './compliance-export.entity';

/**
 * A board's report made public (its annual report), recorded by the board's managers: the day it
 * was made public, and the export it came from when Cabinet made it. "Report due" rules read these
 * rows. One per board, kind and year; the host organisation owns the row, as every board row.
 */
@Entity('board_report')
@Unique('UQ_board_report', ['boardId', 'kind', 'year'])
@Check('CHK_board_report_kind', `"kind" IN ('annual')`)
@Check('CHK_board_report_year', `"year" BETWEEN 2000 AND 2200`)
@Index('IDX_board_report_organization', ['organizationId', 'boardId', 'year'])
@Index('IDX_board_report_export', ['exportId'])
@Index('IDX_board_report_recorded_by', ['recordedBy'])
export class BoardReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_board_report' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: BoardReportKind;

  @Column({ type: 'integer' })
  year!: number;

  /** A calendar day (YYYY-MM-DD), read back as text so no time zone moves it. */
  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  @Column({ name: 'export_id', type: 'uuid', nullable: true })
  exportId!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_report_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_report_board' })
  board?: Board;

  @ManyToOne(() => ComplianceExport, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'export_id', foreignKeyConstraintName: 'FK_board_report_export' })
  export?: ComplianceExport;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'FK_board_report_recorded_by' })
  recorder?: AppUser;
}
