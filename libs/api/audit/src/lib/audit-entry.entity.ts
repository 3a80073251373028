import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One thing that happened in an organisation. Append-only (the database refuses changes) and
 * chained: each entry's HMAC covers the previous entry's, so an edited row breaks the chain there.
 * Holds ids, never names, contact details or health data: erasing a person leaves it intact.
 */
@Entity('audit_entry')
// Finds a board's entries for a funder whose grant covers it (an expression index, kept by its migration).
@Index('IDX_audit_entry_board', { synchronize: false })
export class AuditEntry {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_audit_entry' })
  organizationId!: string;

  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_audit_entry' })
  seq!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40, nullable: true })
  entityType!: string | null;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, string | number | boolean | null>;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
