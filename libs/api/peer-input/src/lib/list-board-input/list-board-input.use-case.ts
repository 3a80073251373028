import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { isOrganizer } from '@cabinet/api/meetings';
import type { ListInputQuery, PeerInputView } from '@cabinet/shared/contracts';
import { PeerInput } from '../entities/peer-input.entity';
import { inputViews } from '../views/input-views';

/**
 * The board's input for its organisers to triage, newest first. Other members do not see it: a
 * complaint may be about a person in the room, and what came of input reaches them through
 * agendas, recommendations and the board's answers.
 */
@Injectable()
export class ListBoardInputUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, query: ListInputQuery): Promise<PeerInputView[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      if (!isOrganizer(access)) throw DomainError.notFound('This board');
      const inputs = await m.find(PeerInput, { where: { boardId, ...(query.status ? { status: query.status } : {}) }, order: { createdAt: 'DESC', id: 'ASC' } });
      return inputViews(m, boardId, inputs);
    });
  }
}
