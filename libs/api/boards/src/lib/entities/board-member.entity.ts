import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUser, Organization } from '@cabinet/api/identity';
import type { BoardRole, EndReason, MemberStatus } from '@cabinet/shared/contracts';
import type { MemberSource } from '../members/member-source';
import { Board } from './board.entity';
import { SeatType } from './seat-type.entity';

/** A person on a board (or applying to it), with or without a Cabinet account. One row per stint; history in events and terms. */
@Entity('board_member')
@Check('CHK_board_member_status', `"status" IN ('applied', 'nominated', 'guest', 'active', 'on_leave', 'ended')`)
@Check('CHK_board_member_end_reason', `("status" = 'ended') = ("end_reason" IS NOT NULL) AND ("end_reason" IS NULL OR "end_reason" IN ('term_expired', 'resigned', 'removed', 'declined'))`)
@Check('CHK_board_member_board_role', `"board_role" IS NULL OR "board_role" IN ('chair', 'co_chair', 'secretary')`)
@Check('CHK_board_member_source', `"source" IN ('added', 'application', 'nomination')`)
@Index('IDX_board_member_organization', ['organizationId', 'boardId', 'status'])
@Index('IDX_board_member_user', ['userId'])
@Index('UQ_board_member_user', { synchronize: false })
@Index('UQ_board_member_email', { synchronize: false })
@Index('UQ_board_member_chair', { synchronize: false })
export class BoardMember {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_board_member' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'seat_type_id', type: 'uuid' })
  seatTypeId!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: MemberStatus;

  @Column({ name: 'end_reason', type: 'varchar', length: 20, nullable: true })
  endReason!: EndReason | null;

  @Column({ name: 'board_role', type: 'varchar', length: 12, nullable: true })
  boardRole!: BoardRole | null;

  @Column({ name: 'display_name', type: 'varchar', length: 80 })
  displayName!: string;

  @Column({ name: 'legal_name', type: 'varchar', length: 160, nullable: true })
  legalName!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ name: 'listed_by_role_only', type: 'boolean', default: false })
  listedByRoleOnly!: boolean;

  @Column({ type: 'varchar', length: 12 })
  source!: MemberSource;

  @Column({ name: 'application_note', type: 'varchar', length: 2000, nullable: true })
  applicationNote!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_board_member_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_board_member_board' })
  board?: Board;

  @ManyToOne(() => AppUser, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_board_member_user' })
  user?: AppUser;

  @ManyToOne(() => SeatType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seat_type_id', foreignKeyConstraintName: 'FK_board_member_seat_type' })
  seatType?: SeatType;
}
