import { Injectable } from '@nestjs/common';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { PublicBoardView } from '@cabinet/shared/contracts';
import { Board } from '../entities/board.entity';
import { SeatType } from '../entities/seat-type.entity';

/**
 * A board's public page, reached by its web address only (no tenant): its name, purpose and the
 * seats people can apply for. Boards without public pages or a join form do not exist here.
 */
@Injectable()
export class GetPublicBoardUseCase {
  constructor(private readonly db: Db) {}

  execute(slug: string): Promise<PublicBoardView> {
    return this.db.transaction({ boardSlug: slug }, async (m) => {
      const board = await m.findOneBy(Board, { slug });
      if (!board || !(board.publicPages || board.acceptsApplications)) throw DomainError.notFound('This board');
      const seats = board.acceptsApplications ? await m.find(SeatType, { where: { boardId: board.id }, order: { position: 'ASC', name: 'ASC' } }) : [];
      return { name: board.name, slug: board.slug, purpose: board.purpose, acceptsApplications: board.acceptsApplications, seatTypes: seats.map((s) => ({ id: s.id, name: s.name, kind: s.kind })) };
    });
  }
}
