import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';
import { Board } from './board.entity';

/** A partner organisation that co-owns a board with its host, on an equal footing. */
@Entity('board_partner')
@Check('CHK_board_partner_not_host', `"partner_organization_id" <> "organization_id"`)
@Index('IDX_board_partner_organization', ['organizationId'])
@Index('IDX_board_partner_partner', ['partnerOrganizationId', 'boardId'])
export class BoardPartner {
  @PrimaryColumn({ name: 'board_id', type: 'uuid', primaryKeyConstraintName: 'PK_board_partner' })
  boardId!: string;

  @PrimaryColumn({ name: 'partner_organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_board_partner' })
  partnerOrganizationId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_partner_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_partner_board' })
  board?: Board;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_organization_id', foreignKeyConstraintName: 'FK_board_partner_partner' })
  partner?: Organization;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by', foreignKeyConstraintName: 'FK_board_partner_accepted_by' })
  accepter?: AppUser;
}
