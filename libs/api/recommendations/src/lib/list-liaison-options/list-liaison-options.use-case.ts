import { Injectable } from '@nestjs/common';
import { boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { LiaisonOption } from '@cabinet/shared/contracts';
import { assertAddressable, liaisonOptions } from '../access/agency-people';
import { assertBoardOrganizer, reachBoard } from '../access/recommendation-access';

/** For organisers choosing who answers: the people of the host or a partner who may answer for it. */
@Injectable()
export class ListLiaisonOptionsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, organizationId?: string): Promise<LiaisonOption[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const board = await reachBoard(m, auth, boardId);
      assertBoardOrganizer(board);
      const addressed = organizationId ?? board.board.organizationId;
      await assertAddressable(m, board.board, addressed);
      return liaisonOptions(m, auth, addressed);
    });
  }
}
