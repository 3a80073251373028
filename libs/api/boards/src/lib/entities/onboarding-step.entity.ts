import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import type { OnboardingKind } from '@cabinet/shared/contracts';
import { Board } from './board.entity';

/** A step every new member goes through (e.g. a confidentiality agreement); archived, never deleted. */
@Entity('onboarding_step')
@Check('CHK_onboarding_step_kind', `"kind" IN ('confidentiality', 'conflict_of_interest', 'orientation', 'custom')`)
@Index('IDX_onboarding_step_organization', ['organizationId', 'boardId'])
export class OnboardingStep {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_onboarding_step' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: OnboardingKind;

  @Column({ type: 'boolean', default: true })
  required!: boolean;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_onboarding_step_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_onboarding_step_board' })
  board?: Board;
}
