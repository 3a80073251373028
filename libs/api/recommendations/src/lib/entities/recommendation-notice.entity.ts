import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { AgendaItem } from '@cabinet/api/meetings';
import type { RecommendationNoticeKind } from '@cabinet/shared/contracts';
import { Recommendation } from './recommendation.entity';

/**
 * A reminder, escalation or agenda proposal the accountability sweep sent, about a
 * recommendation's answer or one milestone (the subject), counted from one due day. Inserted in
 * the transaction that queues the emails: the primary key makes each go out once.
 */
@Entity('recommendation_notice')
@Check('CHK_recommendation_notice_kind', `"kind" IN ('response_due_soon', 'response_due', 'response_escalated', 'response_agenda', 'milestone_due_soon', 'milestone_due', 'milestone_escalated', 'milestone_agenda')`)
@Index('IDX_recommendation_notice_organization', ['organizationId', 'boardId', 'recommendationId'])
export class RecommendationNotice {
  /** The recommendation (for its answer) or the milestone. */
  @PrimaryColumn({ name: 'subject_id', type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_notice' })
  subjectId!: string;

  @PrimaryColumn({ type: 'varchar', length: 30, primaryKeyConstraintName: 'PK_recommendation_notice' })
  kind!: RecommendationNoticeKind;

  @PrimaryColumn({ name: 'due_on', type: 'date', primaryKeyConstraintName: 'PK_recommendation_notice' })
  dueOn!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_recommendation_notice_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_recommendation_notice_board' })
  board?: Board;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_notice_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'FK_recommendation_notice_agenda_item' })
  agendaItem?: AgendaItem;
}
