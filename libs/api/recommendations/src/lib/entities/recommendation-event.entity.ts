import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import type { RecommendationActorRole, RecommendationEventKind } from '@cabinet/shared/contracts';
import { Recommendation } from './recommendation.entity';

/**
 * One step of a recommendation's timeline. Append-only (a trigger refuses updates). Who acted is
 * kept as a role only: the audit trail holds the account.
 */
@Entity('recommendation_event')
@Index('IDX_recommendation_event_organization', ['organizationId', 'boardId', 'recommendationId', 'at'])
export class RecommendationEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation_event' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: RecommendationEventKind;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** The order steps were written in, for steps of the same instant. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true })
  actorRole!: RecommendationActorRole | null;

  @Column({ name: 'ref_id', type: 'uuid', nullable: true })
  refId!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_recommendation_event_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_recommendation_event_board' })
  board?: Board;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_event_recommendation' })
  recommendation?: Recommendation;
}
