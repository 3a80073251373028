import { Inject, Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { boardDb, manageBoard } from '@cabinet/api/boards';
import { APP_CONFIG, type AppConfig } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { hashToken, type InOrganization, newToken, webLink } from '@cabinet/api/identity';
import { DEFAULT_ACK_DAYS, type InputChannelChange, type InputChannelInput, type InputChannelLink, type InputChannelView } from '@cabinet/shared/contracts';
import { BoardInputChannel } from '../entities/board-input-channel.entity';
import { qrSvg } from './qr-code';

function channelView(channel: BoardInputChannel | null): InputChannelView {
  return { publicEnabled: channel?.publicEnabled ?? false, kioskEnabled: channel?.kioskEnabled ?? false, ackDays: channel?.ackDays ?? DEFAULT_ACK_DAYS, hasLink: !!channel?.channelTokenHash };
}

/**
 * A board's input settings, for its managers: the days to acknowledge input, and the public
 * anonymous link (with kiosk mode on the same link). Only the link's hash is kept, so the link and
 * its QR code are shown once, when made or replaced; replacing it stops the old one (and its posters).
 */
@Injectable()
export class InputChannelUseCases {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get(auth: InOrganization, boardId: string): Promise<InputChannelView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      await manageBoard(m, auth, boardId);
      return channelView(await m.findOneBy(BoardInputChannel, { boardId }));
    });
  }

  /** Switching the link on the first time makes it; switching it off keeps it for when it is switched on again. */
  set(auth: InOrganization, boardId: string, input: InputChannelInput): Promise<InputChannelChange> {
    return this.change(auth, boardId, 'input_channel.changed', (current) => ({
      settings: { publicEnabled: input.publicEnabled, kioskEnabled: input.kioskEnabled, ackDays: input.ackDays },
      newLink: input.publicEnabled && !current?.channelTokenHash,
    }));
  }

  /** A new link in place of the old one, which stops working at once (a leaked link, a poster taken down). */
  rotate(auth: InOrganization, boardId: string): Promise<InputChannelChange> {
    return this.change(auth, boardId, 'input_channel.link_replaced', () => ({ settings: {}, newLink: true }));
  }

  private change(
    auth: InOrganization,
    boardId: string,
    action: string,
    decide: (current: BoardInputChannel | null) => { settings: Partial<Pick<BoardInputChannel, 'publicEnabled' | 'kioskEnabled' | 'ackDays'>>; newLink: boolean },
  ): Promise<InputChannelChange> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await manageBoard(m, auth, boardId);
      const current = await m.findOne(BoardInputChannel, { where: { boardId }, lock: { mode: 'pessimistic_write' } });
      const { settings, newLink } = decide(current);
      const token = newLink ? newToken() : null;
      const change = { ...settings, ...(token ? { channelTokenHash: hashToken(token) } : {}), updatedAt: new Date() };
      if (current) await m.update(BoardInputChannel, { boardId }, change);
      else await m.insert(BoardInputChannel, { boardId, organizationId: access.board.organizationId, ...change });
      const saved = await m.findOneByOrFail(BoardInputChannel, { boardId });
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action,
        entityType: 'board',
        entityId: boardId,
        details: { publicEnabled: saved.publicEnabled, kioskEnabled: saved.kioskEnabled, ackDays: saved.ackDays, newLink },
      });
      return { ...channelView(saved), link: token ? await this.link(token) : null };
    });
  }

  private async link(token: string): Promise<InputChannelLink> {
    const url = webLink(this.config.APP_URL, `/say/${token}`);
    return { url, qrSvg: await qrSvg(url) };
  }
}
