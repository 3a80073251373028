import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';
import { Board } from './board.entity';
import { BoardMember } from './board-member.entity';
import { OnboardingStep } from './onboarding-step.entity';

/** A member has completed an onboarding step. */
@Entity('onboarding_completion')
@Index('IDX_onboarding_completion_organization', ['organizationId', 'boardId'])
export class OnboardingCompletion {
  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'PK_onboarding_completion' })
  memberId!: string;

  @PrimaryColumn({ name: 'step_id', type: 'uuid', primaryKeyConstraintName: 'PK_onboarding_completion' })
  stepId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'completed_at', type: 'timestamptz', default: () => 'now()' })
  completedAt!: Date;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_onboarding_completion_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_onboarding_completion_board' })
  board?: Board;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_onboarding_completion_member' })
  member?: BoardMember;

  @ManyToOne(() => OnboardingStep, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id', foreignKeyConstraintName: 'FK_onboarding_completion_step' })
  step?: OnboardingStep;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'FK_onboarding_completion_recorded_by' })
  recorder?: AppUser;
}
