import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The newest entry of an organisation's chain: appends lock this row, so entries never race. */
@Entity('audit_chain_head')
export class AuditChainHead {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_audit_chain_head' })
  organizationId!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
