import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import { Meeting, Motion } from '@cabinet/api/meetings';
import { Recommendation } from './recommendation.entity';

/** The board's verdict, recorded at one of its meetings: satisfied closes, not satisfied reopens. */
@Entity('recommendation_review')
@Check('CHK_recommendation_review_reasons', `"satisfied" OR "reasons" IS NOT NULL`)
@Index('IDX_recommendation_review_organization', ['organizationId', 'boardId', 'recommendationId'])
export class RecommendationReview {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation_review' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'boolean' })
  satisfied!: boolean;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  reasons!: string | null;

  @Column({ name: 'motion_id', type: 'uuid', nullable: true })
  motionId!: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_recommendation_review_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_recommendation_review_board' })
  board?: Board;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_review_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_recommendation_review_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => Motion, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'motion_id', foreignKeyConstraintName: 'FK_recommendation_review_motion' })
  motion?: Motion;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'FK_recommendation_review_recorded_by' })
  recorder?: AppUser;
}
