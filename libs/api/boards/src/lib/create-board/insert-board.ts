import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import { isUniqueViolation } from '@cabinet/api/database';
import { Board } from '../entities/board.entity';

/**
 * Inserts a board, finding a free web address: slugs are unique across every organisation, which
 * row-level security hides, so the insert itself is the check (inside a savepoint, so a clash
 * does not spoil the transaction). A chosen slug that is taken is refused; a derived one gets a suffix.
 */
export async function insertBoard(m: EntityManager, values: Partial<Board> & { slug: string }, chosen: boolean): Promise<Board> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = attempt === 0 ? values.slug : `${values.slug.slice(0, 53)}-${randomBytes(3).toString('hex')}`;
    await m.query('SAVEPOINT insert_board');
    try {
      const board = await m.save(m.create(Board, { ...values, slug }));
      await m.query('RELEASE SAVEPOINT insert_board');
      return board;
    } catch (error) {
      await m.query('ROLLBACK TO SAVEPOINT insert_board');
      if (!isUniqueViolation(error, 'UQ_board_slug')) throw error;
      if (chosen) throw DomainError.invalid('slug', 'is already used by another board: choose another web address');
    }
  }
  throw DomainError.invalid('slug', 'could not be made unique: choose a web address');
}
