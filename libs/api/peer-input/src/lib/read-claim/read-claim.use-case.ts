import { Injectable } from '@nestjs/common';
import { Board } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { AgendaItem, Meeting } from '@cabinet/api/meetings';
import type { ClaimView, PeerInputStatus } from '@cabinet/shared/contracts';
import { claimCodeHash } from '../claim-codes/claim-code';
import { PeerInput } from '../entities/peer-input.entity';
import { InputThrottle } from '../throttle/input-throttle';
import { dayOf } from '../views/input-days';

/** Where input stands, in words for the person who sent it. */
export const CLAIM_STATUS_TEXT: Record<PeerInputStatus, string> = {
  new: 'The board has received it and will look at it soon.',
  acknowledged: 'The board has read it and is deciding what to do.',
  on_agenda: 'The board will discuss it at a meeting.',
  recommendation: 'The board made it into a recommendation to the service.',
  answered: 'The board has answered it.',
  declined: 'The board decided not to take it further, and says why.',
};

/**
 * Reads input by its claim code, without an account: the code's hash opens that one input and what
 * it names, nothing else. Unknown codes and malformed ones are the same 404.
 */
@Injectable()
export class ReadClaimUseCase {
  constructor(
    private readonly db: Db,
    private readonly throttle: InputThrottle,
  ) {}

  async execute(code: string, ip: string): Promise<ClaimView> {
    await this.throttle.claim(ip);
    const hash = claimCodeHash(code);
    if (!hash) throw DomainError.notFound('This claim code');
    return this.db.transaction({ claimCodeHash: hash }, async (m) => {
      const input = await m.findOneBy(PeerInput, { claimCodeHash: hash });
      const board = input ? await m.findOneBy(Board, { id: input.boardId }) : null;
      if (!input || !board) throw DomainError.notFound('This claim code');
      const item = input.status === 'on_agenda' && input.agendaItemId ? await m.findOneBy(AgendaItem, { id: input.agendaItemId }) : null;
      const meeting = item ? await m.findOneBy(Meeting, { id: item.meetingId }) : null;
      return {
        boardName: board.name,
        kind: input.kind,
        submittedOn: dayOf(input.createdAt),
        status: input.status,
        statusText: CLAIM_STATUS_TEXT[input.status],
        answer: input.answer,
        declineReason: input.declineReason,
        meetingStartsAt: meeting && meeting.status !== 'cancelled' ? meeting.startsAt.toISOString() : null,
      };
    });
  }
}
