import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import { Milestone } from './milestone.entity';
import { Recommendation } from './recommendation.entity';

/** The agency's report on its progress, with a link as evidence. */
@Entity('progress_update')
@Check('CHK_progress_update_percent', `"percent_complete" BETWEEN 0 AND 100`)
@Index('IDX_progress_update_organization', ['organizationId', 'boardId', 'recommendationId', 'createdAt'])
export class ProgressUpdate {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_progress_update' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ name: 'milestone_id', type: 'uuid', nullable: true })
  milestoneId!: string | null;

  @Column({ type: 'varchar', length: 4000 })
  text!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @Column({ name: 'percent_complete', type: 'integer' })
  percentComplete!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_progress_update_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_progress_update_board' })
  board?: Board;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_progress_update_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => Milestone, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'FK_progress_update_milestone' })
  milestone?: Milestone;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_progress_update_created_by' })
  creator?: AppUser;
}
