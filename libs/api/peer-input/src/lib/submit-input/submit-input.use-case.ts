import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { SEATED_STATUSES, type SubmitInputInput, type SubmittedInput } from '@cabinet/shared/contracts';
import { claimCodeHash, newClaimCode } from '../claim-codes/claim-code';
import { inputReceived } from '../notify/input-received';
import { insertInput } from './insert-input';

/**
 * A member sends input to a board they sit on, named or anonymous. Anonymous input is stored
 * without any link to them; they follow it with the claim code they get back (shown once).
 */
@Injectable()
export class SubmitInputUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute(auth: InOrganization, boardId: string, input: SubmitInputInput): Promise<SubmittedInput> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const me = access.me;
      // Peer input is from the people on the board; a manager without a seat gets the outsiders' 404.
      if (!me || !SEATED_STATUSES.includes(me.status)) throw DomainError.notFound('This board');
      const claimCode = input.anonymous ? newClaimCode() : null;
      const id = await insertInput(m, {
        organizationId: access.board.organizationId,
        boardId,
        kind: input.kind,
        body: input.body,
        channel: 'member',
        authorMemberId: input.anonymous ? null : me.id,
        claimCodeHash: claimCode ? claimCodeHash(claimCode) : null,
      });
      await inputReceived(m, this.audit, this.config.APP_URL, {
        id,
        organizationId: access.board.organizationId,
        boardId,
        boardName: access.board.name,
        channel: 'member',
        authorUserId: input.anonymous ? null : auth.userId,
      });
      return { id, claimCode };
    });
  }
}
