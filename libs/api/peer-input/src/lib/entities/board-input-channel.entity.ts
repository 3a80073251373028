import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';

/**
 * A board's input settings: days to acknowledge input, and its public anonymous channel (a secret
 * link, of which only the hash is kept; kiosk mode runs on the same link). A board without a row
 * takes DEFAULT_ACK_DAYS and has no public channel.
 */
@Entity('board_input_channel')
@Check('CHK_board_input_channel_ack_days', `"ack_days" BETWEEN 1 AND 90`)
@Check('CHK_board_input_channel_open', `NOT "public_enabled" OR "channel_token_hash" IS NOT NULL`)
@Check('CHK_board_input_channel_kiosk', `NOT "kiosk_enabled" OR "public_enabled"`)
@Index('IDX_board_input_channel_organization', ['organizationId', 'boardId'])
@Unique('UQ_board_input_channel_token_hash', ['channelTokenHash'])
export class BoardInputChannel {
  @PrimaryColumn({ name: 'board_id', type: 'uuid', primaryKeyConstraintName: 'PK_board_input_channel' })
  boardId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'public_enabled', type: 'boolean', default: false })
  publicEnabled!: boolean;

  @Column({ name: 'kiosk_enabled', type: 'boolean', default: false })
  kioskEnabled!: boolean;

  @Column({ name: 'channel_token_hash', type: 'char', length: 64, nullable: true })
  channelTokenHash!: string | null;

  @Column({ name: 'ack_days', type: 'integer', default: 14 })
  ackDays!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_input_channel_board' })
  board?: Board;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_input_channel_organization' })
  organization?: Organization;
}
