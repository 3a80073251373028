import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { isUniqueViolation } from '@cabinet/api/database';
import { SeatType } from '../entities/seat-type.entity';

/** One of this board's seat types, or a 422 on the field that named it. */
export async function boardSeat(m: EntityManager, boardId: string, seatTypeId: string): Promise<SeatType> {
  const seat = await m.findOneBy(SeatType, { id: seatTypeId, boardId });
  if (!seat) throw DomainError.invalid('seatTypeId', 'must be one of this board\'s seat types');
  return seat;
}

/** Turns a lost race on the board's one-seat-per-person and one-chair rules into the refusal people understand. */
export function membershipConflict(error: unknown): unknown {
  if (isUniqueViolation(error, 'UQ_board_member_user')) {
    return DomainError.invalid('userId', 'is already on this board (or waiting to join it): open their profile instead of adding them again');
  }
  if (isUniqueViolation(error, 'UQ_board_member_email')) {
    return DomainError.invalid('email', 'belongs to someone already on this board (or waiting to join it): open their profile instead of adding them again');
  }
  if (isUniqueViolation(error, 'UQ_board_member_chair')) return DomainError.invalid('boardRole', 'is taken: the board already has a chair. Make the current chair a co-chair first, or choose co-chair');
  return error;
}
