import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import type { SeatKind } from '@cabinet/shared/contracts';
import { Board } from './board.entity';

/** A kind of seat on a board, voting or not, with an optional number of seats. */
@Entity('seat_type')
@Unique('UQ_seat_type_name', ['boardId', 'name'])
@Check('CHK_seat_type_kind', `"kind" IN ('peer', 'community', 'staff', 'funder_observer', 'ex_officio', 'custom')`)
@Check('CHK_seat_type_count', `"seat_count" IS NULL OR "seat_count" > 0`)
@Index('IDX_seat_type_organization', ['organizationId', 'boardId'])
export class SeatType {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_seat_type' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: SeatKind;

  @Column({ type: 'boolean' })
  voting!: boolean;

  @Column({ name: 'seat_count', type: 'integer', nullable: true })
  seatCount!: number | null;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_seat_type_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_seat_type_board' })
  board?: Board;
}
