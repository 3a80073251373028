import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Board } from '@cabinet/api/boards';
import { Organization } from '@cabinet/api/identity';
import { Grant } from './grant.entity';

/** A board the grantee named as covered by the grant when it accepted: the funder reads its results. */
@Entity('grant_board')
@Index('IDX_grant_board_organization', ['organizationId', 'grantId'])
@Index('IDX_grant_board_grantee', ['granteeOrganizationId'])
@Index('IDX_grant_board_board', ['boardId'])
export class GrantBoard {
  @PrimaryColumn({ name: 'grant_id', type: 'uuid', primaryKeyConstraintName: 'PK_grant_board' })
  grantId!: string;

  @PrimaryColumn({ name: 'board_id', type: 'uuid', primaryKeyConstraintName: 'PK_grant_board' })
  boardId!: string;

  /** The funder. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  /** The service organisation hosting the board. */
  @Column({ name: 'grantee_organization_id', type: 'uuid' })
  granteeOrganizationId!: string;

  /** The board's name, for the funder (who reads no board row): kept fresh whenever the board is evaluated. */
  @Column({ name: 'board_name', type: 'varchar', length: 120 })
  boardName!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_grant_board_organization' })
  organization?: Organization;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grantee_organization_id', foreignKeyConstraintName: 'FK_grant_board_grantee' })
  grantee?: Organization;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id', foreignKeyConstraintName: 'FK_grant_board_grant' })
  grant?: Grant;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_grant_board_board' })
  board?: Board;
}
