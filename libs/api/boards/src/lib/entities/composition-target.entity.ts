import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import type { CompositionTag } from '@cabinet/shared/contracts';
import { Board } from './board.entity';
import { SeatType } from './seat-type.entity';

/** A minimum share of active voting members in a seat type or with a consented attribute. */
@Entity('composition_target')
@Check('CHK_composition_target_basis', `("seat_type_id" IS NULL) <> ("tag" IS NULL)`)
@Check('CHK_composition_target_percent', `"min_percent" BETWEEN 1 AND 100`)
@Index('IDX_composition_target_organization', ['organizationId', 'boardId'])
export class CompositionTarget {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_composition_target' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'varchar', length: 80 })
  label!: string;

  @Column({ name: 'seat_type_id', type: 'uuid', nullable: true })
  seatTypeId!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  tag!: CompositionTag | null;

  @Column({ name: 'min_percent', type: 'integer' })
  minPercent!: number;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_composition_target_organization' })
  organization?: Organization;

  @ManyToOne(() => Board, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'FK_composition_target_board' })
  board?: Board;

  @ManyToOne(() => SeatType, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seat_type_id', foreignKeyConstraintName: 'FK_composition_target_seat_type' })
  seatType?: SeatType;
}
