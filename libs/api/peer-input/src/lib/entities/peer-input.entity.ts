import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Board, BoardMember } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { AgendaItem } from '@cabinet/api/meetings';
import type { PeerInputChannel, PeerInputKind, PeerInputStatus } from '@cabinet/shared/contracts';

/**
 * Input to a board. Anonymous input has no author and nothing else that leads back to one; its
 * received time is kept to the day (see receivedDay). Only the hash of a claim code is kept.
 */
@Entity('peer_input')
@Check('CHK_peer_input_kind', `"kind" IN ('idea', 'concern', 'complaint', 'question')`)
@Check('CHK_peer_input_channel', `"channel" IN ('member', 'public', 'kiosk')`)
@Check('CHK_peer_input_status', `"status" IN ('new', 'acknowledged', 'on_agenda', 'recommendation', 'answered', 'declined')`)
@Check('CHK_peer_input_author', `"author_member_id" IS NULL OR "channel" = 'member'`)
@Check('CHK_peer_input_answered', `"status" <> 'answered' OR "answer" IS NOT NULL`)
@Check('CHK_peer_input_declined', `"status" <> 'declined' OR "decline_reason" IS NOT NULL`)
@Index('IDX_peer_input_organization', ['organizationId', 'boardId', 'status'])
@Index('IDX_peer_input_author', ['authorMemberId'])
@Unique('UQ_peer_input_claim_code_hash', ['claimCodeHash'])
export class PeerInput {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_peer_input' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: PeerInputKind;

  @Column({ type: 'varchar', length: 4000 })
  body!: string;

  @Column({ type: 'varchar', length: 6 })
  channel!: PeerInputChannel;

  @Column({ name: 'author_member_id', type: 'uuid', nullable: true })
  authorMemberId!: string | null;

  @Column({ type: 'varchar', length: 14, default: 'new' })
  status!: PeerInputStatus;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId!: string | null;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  answer!: string | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 1000, nullable: true })
  declineReason!: string | null;

  @Column({ name: 'claim_code_hash', type: 'char', length: 64, nullable: true })
  claimCodeHash!: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_peer_input_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_peer_input_board' })
  board?: Board;

  @ManyToOne(() => BoardMember, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_member_id', foreignKeyConstraintName: 'FK_peer_input_author' })
  author?: BoardMember;

  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'FK_peer_input_agenda_item' })
  agendaItem?: AgendaItem;
}
