import { Entity, Column, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import { Recommendation } from './recommendation.entity';

/** A person of the addressed organisation who answers a recommendation for it. */
@Entity('recommendation_liaison')
@Index('IDX_recommendation_liaison_organization', ['organizationId', 'boardId'])
@Index('IDX_recommendation_liaison_user', ['userId'])
export class RecommendationLiaison {
  @PrimaryColumn({ name: 'recommendation_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_liaison' })
  recommendationId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_liaison' })
  userId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_recommendation_liaison_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_recommendation_liaison_board' })
  board?: Board;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_liaison_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => AppUser, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_recommendation_liaison_user' })
  user?: AppUser;
}
