import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { EvidenceContentType } from '@cabinet/shared/contracts';
import { ProgressUpdate } from './progress-update.entity';
import { Recommendation } from './recommendation.entity';

/**
 * A file attached to a progress update as evidence, kept in the database (see the migration for
 * why). The content is left out of ordinary reads: only the download asks for it.
 */
@Entity('evidence_file')
@Check('CHK_evidence_file_size', `"size_bytes" BETWEEN 1 AND 5242880 AND octet_length("content") = "size_bytes"`)
@Index('IDX_evidence_file_organization', ['organizationId', 'boardId', 'recommendationId', 'progressUpdateId'])
@Index('IDX_evidence_file_uploaded_by', ['uploadedBy'])
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_evidence_file' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ name: 'progress_update_id', type: 'uuid' })
  progressUpdateId!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: EvidenceContentType;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_evidence_file_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_evidence_file_board' })
  board?: Board;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_evidence_file_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => ProgressUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'progress_update_id', foreignKeyConstraintName: 'FK_evidence_file_progress_update' })
  progressUpdate?: ProgressUpdate;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'FK_evidence_file_uploaded_by' })
  uploader?: AppUser;
}
