import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MyInputView } from '@cabinet/shared/contracts';
import { PeerInput } from '../entities/peer-input.entity';
import { ackDaysOf, myInputView } from '../views/input-views';

/** A member's own named input to a board, newest first. Anonymous input is theirs only through its claim code. */
@Injectable()
export class ListMyInputUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string): Promise<MyInputView[]> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      if (!access.me) return [];
      const inputs = await m.find(PeerInput, { where: { boardId, authorMemberId: access.me.id }, order: { createdAt: 'DESC', id: 'ASC' } });
      const ackDays = await ackDaysOf(m, boardId);
      return inputs.map((input) => myInputView(input, ackDays));
    });
  }
}
