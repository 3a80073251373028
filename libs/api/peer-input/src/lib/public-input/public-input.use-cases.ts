import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { Board } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig, DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, webLink } from '@cabinet/api/identity';
import { PEER_INPUT_KINDS, type PublicInputChannelView, type PublicInputInput, type PublicInputReceipt } from '@cabinet/shared/contracts';
import { claimCodeHash, newClaimCode } from '../claim-codes/claim-code';
import { BoardInputChannel } from '../entities/board-input-channel.entity';
import { qrSvg } from '../input-channel/qr-code';
import { inputReceived } from '../notify/input-received';
import { insertInput } from '../submit-input/insert-input';
import { InputThrottle } from '../throttle/input-throttle';

/** A board's open channel, found by its link's hash alone (a switched-off link is the same 404 as a wrong one). */
async function openChannel(m: EntityManager, tokenHash: string): Promise<{ channel: BoardInputChannel; board: Board }> {
  const channel = await m.findOneBy(BoardInputChannel, { channelTokenHash: tokenHash });
  const board = channel?.publicEnabled ? await m.findOneBy(Board, { id: channel.boardId }) : null;
  if (!channel || !board) throw DomainError.notFound('This page');
  return { channel, board };
}

/**
 * The public anonymous channel: a link (and its QR code on a poster) or a kiosk tablet, without an
 * account. Everything runs under the link's hash alone, which row-level security lets read its
 * channel and board name and add input, never read any. Nothing about the sender is kept: no
 * address (the rate limit counts hashed addresses in Redis), no session, the day only.
 */
@Injectable()
export class PublicInputUseCases {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly throttle: InputThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  view(token: string): Promise<PublicInputChannelView> {
    const tokenHash = hashToken(token);
    return this.db.transaction({ inputChannelTokenHash: tokenHash }, async (m) => {
      const { channel, board } = await openChannel(m, tokenHash);
      return { boardName: board.name, kinds: PEER_INPUT_KINDS, kiosk: channel.kioskEnabled };
    });
  }

  /** The link's QR code, for whoever holds the link (a poster is made from it). */
  qr(token: string): Promise<string> {
    const tokenHash = hashToken(token);
    return this.db.transaction({ inputChannelTokenHash: tokenHash }, async (m) => {
      await openChannel(m, tokenHash);
      return qrSvg(webLink(this.config.APP_URL, `/say/${token}`));
    });
  }

  /** A filled honeypot gets the same kind of answer (a code that opens nothing) and is dropped. */
  async submit(token: string, input: PublicInputInput, ip: string): Promise<PublicInputReceipt> {
    const tokenHash = hashToken(token);
    await this.throttle.submission(tokenHash, ip, input.kiosk);
    return this.db.transaction({ inputChannelTokenHash: tokenHash }, async (m) => {
      const { channel, board } = await openChannel(m, tokenHash);
      if (input.kiosk && !channel.kioskEnabled) throw DomainError.invalid('kiosk', 'is not switched on for this board');
      const claimCode = newClaimCode();
      if (input.website) return { claimCode };
      const channelKind = input.kiosk ? 'kiosk' : 'public';
      const id = await insertInput(m, { organizationId: board.organizationId, boardId: board.id, kind: input.kind, body: input.body, channel: channelKind, authorMemberId: null, claimCodeHash: claimCodeHash(claimCode) });
      await inputReceived(m, this.audit, this.config.APP_URL, { id, organizationId: board.organizationId, boardId: board.id, boardName: board.name, channel: channelKind, authorUserId: null });
      return { claimCode };
    });
  }
}
