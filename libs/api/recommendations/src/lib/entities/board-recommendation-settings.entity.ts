import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';

/** A board's recommendation settings; a board without a row uses DEFAULT_RESPONSE_DAYS. */
@Entity('board_recommendation_settings')
@Check('CHK_board_recommendation_settings_response_days', `"response_days" BETWEEN 1 AND 180`)
@Index('IDX_board_recommendation_settings_organization', ['organizationId', 'boardId'])
export class BoardRecommendationSettings {
  @PrimaryColumn({ name: 'board_id', type: 'uuid', primaryKeyConstraintName: 'PK_board_recommendation_settings' })
  boardId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** Days the agency has to answer a recommendation, counted from the day it is sent. */
  @Column({ name: 'response_days', type: 'integer', default: 30 })
  responseDays!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_recommendation_settings_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_recommendation_settings_board' })
  board?: Board;
}
