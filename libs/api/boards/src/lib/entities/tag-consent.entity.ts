import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { CompositionTag } from '@cabinet/shared/contracts';
import { Board } from './board.entity';
import { BoardMember } from './board-member.entity';

/** A composition attribute a member attested, held while their consent stands; revoking keeps the record. */
@Entity('tag_consent')
@Check('CHK_tag_consent_tag', `"tag" IN ('lived_experience', 'consumer', 'unaligned_consumer', 'patient_family', 'youth', 'formerly_incarcerated')`)
@Index('IDX_tag_consent_organization', ['organizationId', 'boardId'])
@Index('UQ_tag_consent_current', { synchronize: false })
export class TagConsent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_tag_consent' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'varchar', length: 30 })
  tag!: CompositionTag;

  @Column({ name: 'consented_at', type: 'timestamptz', default: () => 'now()' })
  consentedAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_tag_consent_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_tag_consent_board' })
  board?: Board;

  @ManyToOne(() => BoardMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_tag_consent_member' })
  member?: BoardMember;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'FK_tag_consent_recorded_by' })
  recorder?: AppUser;
}
