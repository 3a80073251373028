import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { BoardDetail } from '@cabinet/shared/contracts';
import { accessBoard, boardDb } from '../access/board-access';
import { todayIso } from '../rules/dates';
import { loadBoardDetail } from '../views/board-detail';

/** The board page: purpose, roster, composition meter and (for managers) terms ending soon. */
@Injectable()
export class GetBoardUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string): Promise<BoardDetail> {
    return this.db.transaction(boardDb(auth), async (m) => loadBoardDetail(m, await accessBoard(m, auth, boardId), todayIso()));
  }
}
