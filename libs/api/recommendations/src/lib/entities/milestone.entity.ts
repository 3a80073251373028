import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { AppUser, Organization } from '@cabinet/api/identity';
import { Recommendation } from './recommendation.entity';

/** A step of the agency's implementation plan; `owner` is a name or a role, as the agency writes it. */
@Entity('milestone')
@Index('IDX_milestone_organization', ['organizationId', 'boardId', 'recommendationId', 'position'])
@Index('IDX_milestone_due', ['dueOn'], { where: '"done_at" IS NULL' })
export class Milestone {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_milestone' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 120 })
  owner!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_milestone_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_milestone_board' })
  board?: Board;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_milestone_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_milestone_created_by' })
  creator?: AppUser;
}
