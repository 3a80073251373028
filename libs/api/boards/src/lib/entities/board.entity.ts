import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import type { QuorumKind, VoteThreshold } from '@cabinet/shared/contracts';

/** A community advisory board, owned by its host organisation and shared with any partners. */
@Entity('board')
@Unique('UQ_board_slug', ['slug'])
@Check('CHK_board_quorum', `"quorum_kind" IN ('majority', 'fixed') AND ("quorum_kind" = 'majority' OR "quorum_count" > 0)`)
@Check('CHK_board_terms', `"term_months" > 0 AND ("term_limit" IS NULL OR "term_limit" > 0)`)
@Check('CHK_board_vote_threshold', `"vote_threshold" IN ('simple_majority', 'two_thirds')`)
@Index('IDX_board_organization', ['organizationId', 'name'])
export class Board {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_board' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 60 })
  slug!: string;

  @Column({ type: 'varchar', length: 4000, default: '' })
  purpose!: string;

  @Column({ name: 'public_pages', type: 'boolean', default: false })
  publicPages!: boolean;

  @Column({ name: 'accepts_applications', type: 'boolean', default: false })
  acceptsApplications!: boolean;

  @Column({ name: 'quorum_kind', type: 'varchar', length: 10, default: 'majority' })
  quorumKind!: QuorumKind;

  @Column({ name: 'quorum_count', type: 'integer', nullable: true })
  quorumCount!: number | null;

  @Column({ name: 'term_months', type: 'integer', default: 24 })
  termMonths!: number;

  @Column({ name: 'term_limit', type: 'integer', nullable: true })
  termLimit!: number | null;

  @Column({ name: 'standing_absences', type: 'integer', nullable: true })
  standingAbsences!: number | null;

  @Column({ name: 'standing_months', type: 'integer', nullable: true })
  standingMonths!: number | null;

  @Column({ name: 'vote_threshold', type: 'varchar', length: 20, default: 'simple_majority' })
  voteThreshold!: VoteThreshold;

  @Column({ name: 'onboarding_gates_voting', type: 'boolean', default: true })
  onboardingGatesVoting!: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_organization' })
  organization?: Organization;
}
