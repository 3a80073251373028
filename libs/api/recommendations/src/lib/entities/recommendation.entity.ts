import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import { AgendaItem, Motion } from '@cabinet/api/meetings';
import { PeerInput } from '@cabinet/api/peer-input';
import type { RecommendationSource, RecommendationStatus } from '@cabinet/shared/contracts';

/**
 * A board's recommendation to the organisation it is addressed to (the board's host or a
 * partner). `responseDueOn` is the day the answer is due; while the agency waits for the board's
 * answer to a question (`pausedAt`), the clock stands still, and the days it stood still are
 * added to the due date (and counted in `pausedDays`) when the board answers.
 */
@Entity('recommendation')
@Check('CHK_recommendation_status', `"status" IN ('draft', 'adopted', 'sent', 'info_requested', 'responded', 'in_progress', 'reported', 'closed', 'reopened')`)
@Check('CHK_recommendation_source', `"source" IN ('input', 'agenda_item', 'direct')`)
@Check('CHK_recommendation_source_links', `("source_input_id" IS NULL OR "source" = 'input') AND ("source_agenda_item_id" IS NULL OR "source" = 'agenda_item')`)
@Check('CHK_recommendation_paused_days', `"paused_days" >= 0`)
@Check('CHK_recommendation_paused', `("status" = 'info_requested') = ("paused_at" IS NOT NULL)`)
@Check('CHK_recommendation_sent', `"status" IN ('draft', 'adopted') OR ("sent_at" IS NOT NULL AND "response_due_on" IS NOT NULL AND "addressed_organization_id" IS NOT NULL)`)
@Check('CHK_recommendation_published', `"published_at" IS NULL OR "status" NOT IN ('draft', 'adopted')`)
@Index('IDX_recommendation_organization', ['organizationId', 'boardId', 'status'])
@Index('IDX_recommendation_addressed', ['addressedOrganizationId', 'status'])
@Index('IDX_recommendation_response_due', ['responseDueOn'], { where: `"status" IN ('sent', 'reopened')` })
export class Recommendation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 4000 })
  body!: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: RecommendationStatus;

  @Column({ type: 'varchar', length: 12 })
  source!: RecommendationSource;

  @Column({ name: 'source_input_id', type: 'uuid', nullable: true })
  sourceInputId!: string | null;

  @Column({ name: 'source_agenda_item_id', type: 'uuid', nullable: true })
  sourceAgendaItemId!: string | null;

  @Column({ name: 'adopted_motion_id', type: 'uuid', nullable: true })
  adoptedMotionId!: string | null;

  @Column({ name: 'addressed_organization_id', type: 'uuid', nullable: true })
  addressedOrganizationId!: string | null;

  @Column({ name: 'drafted_by', type: 'uuid', nullable: true })
  draftedBy!: string | null;

  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** A calendar date, as 'YYYY-MM-DD'. */
  @Column({ name: 'response_due_on', type: 'date', nullable: true })
  responseDueOn!: string | null;

  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  @Column({ name: 'paused_days', type: 'integer', default: 0 })
  pausedDays!: number;

  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true })
  reportedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** When organisers put it on the board's public "you said, we did" page; null when not there. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_recommendation_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_recommendation_board' })
  board?: Board;

  @ManyToOne(() => PeerInput, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_input_id', foreignKeyConstraintName: 'FK_recommendation_source_input' })
  sourceInput?: PeerInput;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_agenda_item_id', foreignKeyConstraintName: 'FK_recommendation_source_agenda_item' })
  sourceAgendaItem?: AgendaItem;

  @ManyToOne(() => Motion, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adopted_motion_id', foreignKeyConstraintName: 'FK_recommendation_adopted_motion' })
  adoptedMotion?: Motion;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'addressed_organization_id', foreignKeyConstraintName: 'FK_recommendation_addressed_organization' })
  addressedOrganization?: Organization;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'drafted_by', foreignKeyConstraintName: 'FK_recommendation_drafted_by' })
  drafter?: AppUser;
}
