import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { ResponseDecision } from '@cabinet/shared/contracts';
import { Recommendation } from './recommendation.entity';

/**
 * The agency's answer in one round. An info_needed round carries the agency's question in
 * `reasons` and, once given, the board's answer.
 */
@Entity('recommendation_response')
@Unique('UQ_recommendation_response_round', ['recommendationId', 'round'])
@Check('CHK_recommendation_response_decision', `"decision" IN ('accepted', 'partly_accepted', 'declined', 'info_needed')`)
@Check('CHK_recommendation_response_reasons', `"decision" = 'accepted' OR "reasons" IS NOT NULL`)
@Check('CHK_recommendation_response_answer', `"board_answer" IS NULL OR "decision" = 'info_needed'`)
@Index('IDX_recommendation_response_organization', ['organizationId', 'boardId', 'recommendationId'])
export class RecommendationResponse {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation_response' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ type: 'integer' })
  round!: number;

  @Column({ type: 'varchar', length: 16 })
  decision!: ResponseDecision;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  reasons!: string | null;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy!: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', default: () => 'now()' })
  respondedAt!: Date;

  @Column({ name: 'board_answer', type: 'varchar', length: 4000, nullable: true })
  boardAnswer!: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_recommendation_response_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_recommendation_response_board' })
  board?: Board;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_response_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responded_by', foreignKeyConstraintName: 'FK_recommendation_response_responded_by' })
  responder?: AppUser;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by', foreignKeyConstraintName: 'FK_recommendation_response_answered_by' })
  answerer?: AppUser;
}
