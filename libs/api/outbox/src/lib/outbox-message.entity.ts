import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboxKind } from '@cabinet/shared/contracts';

/**
 * A message to deliver after the transaction that wrote it commits. Its payload may hold personal
 * data (an email address): it stays here, under the database's access control; jobs carry the id.
 */
@Entity('outbox_message')
// The relay looks only at what is still waiting; delivered messages stay out of its index.
@Index('IDX_outbox_message_pending', ['availableAt'], { where: '"enqueued_at" IS NULL' })
@Index('IDX_outbox_message_organization', ['organizationId', 'createdAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  kind!: OutboxKind;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'available_at', type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt!: Date | null;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;
}
