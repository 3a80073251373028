import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { ComplianceExportKind, ComplianceExportStatus, Locale } from '@cabinet/shared/contracts';

/**
 * A board's results or evidence packet for one reporting year, asked for by an organisation (the
 * board's host or partner, or a funder whose grant covers it) and made by the worker. The file
 * lives in the row, readable only by that organisation; it is left out of ordinary reads.
 */
@Entity('compliance_export')
@Check('CHK_compliance_export_kind', `"kind" IN ('results_csv', 'evidence_pdf', 'annual_report_pdf')`)
@Check('CHK_compliance_export_status', `"status" IN ('queued', 'ready', 'failed')`)
@Check('CHK_compliance_export_period', `"period_to" >= "period_from"`)
@Check('CHK_compliance_export_file', `("status" = 'ready') = ("content" IS NOT NULL)`)
@Index('IDX_compliance_export_organization', ['organizationId', 'boardId', 'requestedAt'])
@Index('IDX_compliance_export_board', ['boardId'])
@Index('IDX_compliance_export_requested_by', ['requestedBy'])
export class ComplianceExport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_compliance_export' })
  id!: string;

  /** The organisation that asked: only it reads the row. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: ComplianceExportKind;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  /** The asking person's language when they asked: the packet's fixed words are in it. */
  @Column({ type: 'varchar', length: 5 })
  locale!: Locale;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status!: ComplianceExportStatus;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @Column({ name: 'content_type', type: 'varchar', length: 100, nullable: true })
  contentType!: string | null;

  @Column({ name: 'size_bytes', type: 'integer', nullable: true })
  sizeBytes!: number | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ name: 'audit_head_hash', type: 'char', length: 64, nullable: true })
  auditHeadHash!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  error!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_compliance_export_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_compliance_export_board' })
  board?: Board;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'FK_compliance_export_requested_by' })
  requester?: AppUser;
}
